#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

class ClusterRepository;

// Create a cluster from a stored template: pick the template, name the cluster, adjust each
// node kind's count (never below its minimum). Every invalid field is named next to it and
// blocks Create; nothing is created until the caller acts on accepted().
class CreateClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateClusterDialog)

public:
    explicit CreateClusterDialog(ClusterRepository *repository, QWidget *parent = nullptr);
    ~CreateClusterDialog() override;

    QString templateName() const;
    QString clusterName() const;
    QMap<QString, int> counts() const;

    void setTemplate(const QString &name);
    void setClusterName(const QString &name);
    // The problem that blocks Create, or empty.
    QString problem() const { return m_problem; }

private:
    void templateChanged();
    void validate();

    ClusterRepository *m_repository;
    QComboBox *m_template = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_templateInfo = nullptr;
    QFormLayout *m_kindsForm = nullptr;
    QList<QPair<QString, QSpinBox *>> m_kindCounts;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
};

} // namespace cd
