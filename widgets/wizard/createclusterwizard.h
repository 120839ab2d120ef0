#pragma once

#include "model/lifecycle/clustercontroller.h"
#include "widgets/wizard/wizarddraft.h"

#include <QPointer>
#include <QWizard>

#include <functional>

namespace cd {

class ClusterRepository;
class WizardAccountPage;
class WizardCatalog;
class WizardCommit;
class WizardLoginPage;
class WizardNodesPage;
class WizardReviewPage;
class WizardTemplatePage;

// Create a cluster with the mouse: name and account → template or preset → node kinds →
// login → review → Create. Each page names its invalid fields and keeps Next disabled until
// they are fixed; the cloud is only asked (images, flavors, quota) asynchronously, and nothing
// is stored before Create. Create stores what is new (login, template, setup preset), creates
// the cluster and emits clusterCreated — the caller starts it.
class CreateClusterWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateClusterWizard)

public:
    enum PageId { AccountPageId, TemplatePageId, NodesPageId, LoginPageId, ReviewPageId };

    CreateClusterWizard(ClusterRepository *repository,
                        ClusterController *controller,
                        QWidget *parent = nullptr);
    ~CreateClusterWizard() override;

    ClusterRepository *repository() const { return m_repository; }
    ClusterController *controller() const { return m_controller; }
    WizardAccountPage *accountPage() const { return m_accountPage; }
    WizardTemplatePage *templatePage() const { return m_templatePage; }
    WizardNodesPage *nodesPage() const { return m_nodesPage; }
    WizardLoginPage *loginPage() const { return m_loginPage; }
    WizardReviewPage *reviewPage() const { return m_reviewPage; }
    WizardCatalog *catalog() const { return m_catalog; }
    QString keysDir() const;

    WizardDraft draft() const;
    // Calls `callback` (on `context`) with the provider of the chosen account, made once per
    // account and shared by the catalog and the quota check.
    void withProvider(QObject *context,
                      std::function<void(const ClusterController::ProviderResult &)> callback);
    // Loads images and flavors of `account` unless they are loaded (or loading) already.
    void ensureCatalog(const CloudAccount &account);
    bool isCreating() const { return m_commit != nullptr; }

    void accept() override;

signals:
    void clusterCreated(const QString &name);

private:
    void committed(const QString &cluster, const QString &error);

    QPointer<ClusterRepository> m_repository;
    QPointer<ClusterController> m_controller;
    WizardCatalog *m_catalog = nullptr;
    WizardAccountPage *m_accountPage = nullptr;
    WizardTemplatePage *m_templatePage = nullptr;
    WizardNodesPage *m_nodesPage = nullptr;
    WizardLoginPage *m_loginPage = nullptr;
    WizardReviewPage *m_reviewPage = nullptr;
    WizardCommit *m_commit = nullptr;

    // The provider of m_providerAccount: its result once made, callbacks waiting for it.
    QString m_providerAccount;
    std::optional<ClusterController::ProviderResult> m_provider;
    QList<QPair<QPointer<QObject>, std::function<void(const ClusterController::ProviderResult &)>>>
        m_waiting;
    quint64 m_providerGeneration = 0;
};

} // namespace cd
