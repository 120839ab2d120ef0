#pragma once

#include "model/domain/clustertemplate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;

namespace cd {

class WizardCatalog;

// One node kind on the wizard's nodes page: how many (and at least how many), which image
// (picked from the cloud's list, searchable, or typed), which flavor, spot/preemptible.
// Static accounts need none of image, flavor or spot: those parts are hidden then.
class WizardKindEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardKindEditor)

public:
    WizardKindEditor(const NodeKindSpec &kind,
                     CloudType cloud,
                     WizardCatalog *catalog,
                     QWidget *parent = nullptr);
    ~WizardKindEditor() override;

    NodeKindSpec spec() const;
    QString kindName() const { return m_kind.name; }
    // The first problem of this kind, or empty (each is shown next to its field).
    QString problem() const { return m_problem; }

    QSpinBox *countBox() const { return m_count; }
    QSpinBox *minCountBox() const { return m_minCount; }
    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *imageFilter() const { return m_filter; }
    QListView *imageList() const { return m_imageList; }
    QProgressBar *loadingIndicator() const { return m_loading; }
    QComboBox *flavorBox() const { return m_flavor; }
    QCheckBox *spotBox() const { return m_spot; }
    QLineEdit *spotPriceEdit() const { return m_spotPrice; }

signals:
    void changed();

private:
    void catalogChanged();
    void fillFlavors();
    void imagePicked();
    QString flavorName() const;
    void validate();

    NodeKindSpec m_kind;
    CloudType m_cloud;
    WizardCatalog *m_catalog;
    QSortFilterProxyModel *m_filtered = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_minCount = nullptr;
    QLabel *m_countError = nullptr;
    QLineEdit *m_image = nullptr;
    QLabel *m_imageError = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_search = nullptr;
    QListView *m_imageList = nullptr;
    QProgressBar *m_loading = nullptr;
    QLabel *m_imageStatus = nullptr;
    QComboBox *m_flavor = nullptr;
    QLabel *m_flavorError = nullptr;
    QCheckBox *m_spot = nullptr;
    QLineEdit *m_spotPrice = nullptr;
    QCheckBox *m_preemptible = nullptr;
    QLabel *m_spotError = nullptr;
    QString m_problem;
};

} // namespace cd
