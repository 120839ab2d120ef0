#include "widgets/wizard/createclusterwizard.h"

#include "model/repository/clusterrepository.h"
#include "widgets/wizard/guarded.h"
#include "widgets/wizard/wizardaccountpage.h"
#include "widgets/wizard/wizardcatalog.h"
#include "widgets/wizard/wizardcommit.h"
#include "widgets/wizard/wizardloginpage.h"
#include "widgets/wizard/wizardnodespage.h"
#include "widgets/wizard/wizardreviewpage.h"
#include "widgets/wizard/wizardtemplatepage.h"

#include <QAbstractButton>
#include <QDir>

using namespace Qt::StringLiterals;

namespace cd {

CreateClusterWizard::CreateClusterWizard(ClusterRepository *repository,
                                         ClusterController *controller,
                                         QWidget *parent)
    : QWizard(parent)
    , m_repository(repository)
    , m_controller(controller)
    , m_catalog(new WizardCatalog(this))
{
    setObjectName(u"createClusterWizard"_s);
    setWindowTitle(tr("Create cluster"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("C&reate"));
    button(QWizard::FinishButton)->setToolTip(tr("Store the cluster and start its nodes"));
    // Pages in order: later pages read the earlier ones.
    m_accountPage = new WizardAccountPage(this);
    m_templatePage = new WizardTemplatePage(this);
    m_nodesPage = new WizardNodesPage(this);
    m_loginPage = new WizardLoginPage(this);
    m_reviewPage = new WizardReviewPage(this);
    setPage(AccountPageId, m_accountPage);
    setPage(TemplatePageId, m_templatePage);
    setPage(NodesPageId, m_nodesPage);
    setPage(LoginPageId, m_loginPage);
    setPage(ReviewPageId, m_reviewPage);
    resize(760, 620);
}

CreateClusterWizard::~CreateClusterWizard() = default;

QString CreateClusterWizard::keysDir() const
{
    return m_controller ? m_controller->dataDir().keysDir() : QDir::homePath() + u"/.ssh"_s;
}

WizardDraft CreateClusterWizard::draft() const
{
    WizardDraft d;
    d.clusterName = m_accountPage->clusterName();
    d.account = m_accountPage->account().value_or(CloudAccount{});
    m_templatePage->fill(d);
    d.kinds = m_nodesPage->kinds();
    m_loginPage->fill(d);
    return d;
}

void CreateClusterWizard::withProvider(
    QObject *context, std::function<void(const ClusterController::ProviderResult &)> callback)
{
    const auto account = m_accountPage->account();
    if (!account || !m_controller) {
        const ClusterController::ProviderResult none(tr("No cloud account is chosen."));
        QMetaObject::invokeMethod(
            context, [callback, none] { callback(none); }, Qt::QueuedConnection);
        return;
    }
    if (account->name != m_providerAccount) {
        m_providerAccount = account->name;
        m_provider.reset();
        m_waiting.clear();
        const quint64 generation = ++m_providerGeneration;
        ClusterController *controller = m_controller;
        controller->providerForAccount(*account).then(
            controller,
            guarded(this, [this, generation](const ClusterController::ProviderResult &made) {
                if (generation != m_providerGeneration)
                    return;
                m_provider = made;
                const auto waiting = std::exchange(m_waiting, {});
                for (const auto &[who, call] : waiting)
                    if (who)
                        call(made);
            }));
    }
    if (m_provider) {
        const ClusterController::ProviderResult made = *m_provider;
        QMetaObject::invokeMethod(
            context, [callback, made] { callback(made); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append({context, std::move(callback)});
}

void CreateClusterWizard::ensureCatalog(const CloudAccount &account)
{
    if (m_catalog->account() == account.name)
        return;
    m_catalog->reset(account.name);
    withProvider(m_catalog, [catalog = m_catalog](const ClusterController::ProviderResult &made) {
        catalog->setProvider(made);
    });
}

void CreateClusterWizard::accept()
{
    // Create runs asynchronously (a key may be generated first); the wizard closes only once
    // the cluster exists, and stays open with the reason if it could not be made.
    if (m_commit || !m_controller || !m_reviewPage->isComplete())
        return;
    m_commit = new WizardCommit(m_repository, m_controller, draft(), this);
    connect(m_commit, &WizardCommit::finished, this, &CreateClusterWizard::committed);
    m_reviewPage->setCreating(true);
    button(QWizard::BackButton)->setEnabled(false);
    m_commit->start();
}

void CreateClusterWizard::committed(const QString &cluster, const QString &error)
{
    m_commit->deleteLater();
    m_commit = nullptr;
    button(QWizard::BackButton)->setEnabled(true);
    m_reviewPage->setCreating(false, error);
    if (!error.isEmpty())
        return;
    emit clusterCreated(cluster);
    QWizard::accept();
}

} // namespace cd
