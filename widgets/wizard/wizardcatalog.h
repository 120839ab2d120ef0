#pragma once

#include "model/lifecycle/clustercontroller.h"

#include <QObject>

class QStandardItemModel;

namespace cd {

// The images and flavors of the wizard's account, asked for once per account (and again per
// image search) and shared by every node-kind editor. Each list has a state, so editors show
// a loading indicator, the list, or a free-text field where the cloud cannot list.
class WizardCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardCatalog)

public:
    enum class State { Idle, Loading, Ready, Unsupported, Failed };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit WizardCatalog(QObject *parent = nullptr);
    ~WizardCatalog() override;

    // Forgets everything and waits for the provider of `account`.
    void reset(const QString &account);
    QString account() const { return m_account; }
    void setProvider(const ClusterController::ProviderResult &made);
    // Asks the cloud for images whose name contains `text` (empty: the account's own).
    void searchImages(const QString &text);

    State imageState() const { return m_imageState; }
    State flavorState() const { return m_flavorState; }
    QString imageMessage() const { return m_imageMessage; }
    QString flavorMessage() const { return m_flavorMessage; }
    QStandardItemModel *images() const { return m_images; }
    QStandardItemModel *flavors() const { return m_flavors; }
    // "m5.large — 2 vCPU, 8 GiB" for a flavor the cloud listed, else empty.
    QString flavorText(const QString &name) const;

signals:
    void changed();

private:
    void loadFlavors();

    QString m_account;
    std::shared_ptr<CloudProvider> m_provider;
    quint64 m_generation = 0;
    State m_imageState = State::Idle;
    State m_flavorState = State::Idle;
    QString m_imageMessage;
    QString m_flavorMessage;
    QStandardItemModel *m_images = nullptr;
    QStandardItemModel *m_flavors = nullptr;
};

} // namespace cd
