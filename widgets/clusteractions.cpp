#include "widgets/clusteractions.h"

#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"
#include "widgets/accounts/accountsdialog.h"
#include "widgets/destroyclusterdialog.h"
#include "widgets/wizard/createclusterwizard.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace cd {

ClusterActions::ClusterActions(ClusterRepository *repository,
                               ClusterController *controller,
                               QWidget *window)
    : QObject(window)
    , m_repository(repository)
    , m_controller(controller)
    , m_window(window)
{
    m_create
        = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Create cluster…"), this);
    m_create->setObjectName(QStringLiteral("actionCreateCluster"));
    m_create->setShortcut(QKeySequence::New);
    m_create->setToolTip(tr("Create a cluster from a template and start it"));
    connect(m_create, &QAction::triggered, this, &ClusterActions::openCreateWizard);

    m_accounts
        = new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("&Accounts…"), this);
    m_accounts->setObjectName(QStringLiteral("actionAccounts"));
    m_accounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_accounts->setToolTip(tr("Add, edit, test and remove cloud accounts"));
    connect(m_accounts, &QAction::triggered, this, &ClusterActions::openAccountsDialog);

    m_start
        = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("actionStart"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_start->setToolTip(tr("Start the nodes of the selected cluster that are not running"));
    connect(m_start, &QAction::triggered, this, [this] { startCluster(m_current); });

    m_destroy = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Destroy…"), this);
    m_destroy->setObjectName(QStringLiteral("actionDestroy"));
    m_destroy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_destroy->setToolTip(tr("Terminate every node of the selected cluster and forget it"));
    connect(m_destroy, &QAction::triggered, this, &ClusterActions::openDestroyDialog);

    m_cancel = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("C&ancel"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Cancel the running job; what it created is cleaned up"));
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    createLifecycleActions();
    updateEnabled();
}

ClusterActions::~ClusterActions() = default;

void ClusterActions::setCurrentCluster(const QString &name)
{
    m_current = name;
    updateEnabled();
}

void ClusterActions::reportInterrupted()
{
    if (!m_controller)
        return;
    // Each interrupted cluster is named in the log; the first few also get an offer to finish
    // the work (start again, or destroy), never acted on without the user's click.
    constexpr int MaxOffers = 3;
    int offers = 0;
    for (const auto &[cluster, advice] : m_controller->interruptedClusters()) {
        emit message(advice);
        if (offers++ < MaxOffers)
            offerToFinish(cluster, advice);
    }
}

void ClusterActions::offerToFinish(const QString &cluster, const QString &advice)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Interrupted work"), advice,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("interruptedDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const auto found = m_repository ? m_repository->cluster(cluster) : std::nullopt;
    if (found && found->state != ClusterState::Destroying) {
        QPushButton *again = box->addButton(tr("&Start Again"), QMessageBox::AcceptRole);
        again->setObjectName(QStringLiteral("startAgainButton"));
        connect(again, &QPushButton::clicked, this, [this, cluster] { startCluster(cluster); });
    }
    QPushButton *destroy = box->addButton(tr("&Destroy…"), QMessageBox::DestructiveRole);
    destroy->setObjectName(QStringLiteral("destroyButton"));
    connect(destroy, &QPushButton::clicked, this, [this, cluster] {
        setCurrentCluster(cluster);
        openDestroyDialog();
    });
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(later);
    box->open();
}

void ClusterActions::updateEnabled()
{
    const bool busy = !m_running.isNull();
    const bool selected = !m_current.isEmpty();
    m_create->setEnabled(m_controller && !busy);
    m_accounts->setEnabled(m_repository && m_controller);
    m_start->setEnabled(m_controller && selected && !busy);
    m_destroy->setEnabled(m_controller && selected && !busy);
    m_cancel->setEnabled(busy);
    updateLifecycleEnabled(m_controller && selected && !busy);
}

void ClusterActions::openCreateWizard()
{
    auto *wizard = new CreateClusterWizard(m_repository, m_controller, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateClusterWizard::clusterCreated, this, [this](const QString &name) {
        emit clusterCreated(name);
        startCluster(name);
    });
    wizard->open();
}

void ClusterActions::openAccountsDialog()
{
    auto *dialog = new AccountsDialog(
        m_repository, m_controller ? m_controller->secrets() : nullptr, m_controller, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClusterActions::openDestroyDialog()
{
    const auto cluster = m_repository->cluster(m_current);
    if (!cluster)
        return;
    auto *dialog = new DestroyClusterDialog(cluster->name, int(cluster->nodes.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, name = cluster->name] { destroyCluster(name); });
    dialog->open();
}

void ClusterActions::startCluster(const QString &name)
{
    QString error;
    StartOptions options;
    options.runSetup = true; // configure the nodes once they answer, as the CLI does
    Job *job = m_controller->startCluster(name, options, &error);
    if (!job)
        return emit message(error);
    watch(job, tr("Starting %1").arg(name), name);
}

void ClusterActions::destroyCluster(const QString &name)
{
    QString error;
    Job *job = m_controller->destroyCluster(name, DestroyOptions{}, &error);
    if (!job)
        return emit message(error);
    watch(job, tr("Destroying %1").arg(name), name);
}

void ClusterActions::watch(Job *job, const QString &what, const QString &cluster)
{
    m_running = job;
    emit busy(what, true);
    emit message(what);
    connect(job, &Job::progress, this, [this](int done, int total, const QString &text) {
        emit busy(text, true);
        emit progress(done, total);
    });
    connect(job, &Job::finished, this, [this, job, what, cluster](Job::Outcome outcome) {
        m_running = nullptr;
        emit busy(QString(), false);
        switch (outcome) {
        case Job::Outcome::Succeeded:
            emit message(tr("%1: done.").arg(what));
            break;
        case Job::Outcome::Cancelled:
            emit message(tr("%1: cancelled.").arg(what));
            break;
        default:
            emit message(tr("%1 failed: %2").arg(what, job->errorString()));
            break;
        }
        Q_UNUSED(cluster);
        updateEnabled();
    });
    updateEnabled();
    job->start();
}

} // namespace cd
