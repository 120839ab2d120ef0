// ClusterActions: the verbs that act on a running cluster — Setup, Resize…, Pause, Resume,
// Refresh — and the automatic status refresh.
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"
#include "widgets/clusteractions.h"
#include "widgets/resizeclusterdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace cd {

namespace {

bool hasReachedNode(const Cluster &cluster)
{
    return std::any_of(cluster.nodes.cbegin(), cluster.nodes.cend(), [](const Node &n) {
        return n.state == NodeState::Reachable || n.state == NodeState::Ready
               || n.state == NodeState::Configuring
               || (n.state == NodeState::Failed && !n.preferredIp.isEmpty());
    });
}

bool isRunning(ClusterState state)
{
    return state == ClusterState::Ready || state == ClusterState::Partial
           || state == ClusterState::Configuring || state == ClusterState::Failed;
}

} // namespace

void ClusterActions::createLifecycleActions()
{
    const auto make
        = [this](const char *icon, const QString &text, const char *name, const QString &tip) {
              auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
              action->setObjectName(QString::fromLatin1(name));
              action->setToolTip(tip);
              return action;
          };
    m_setup = make("system-run", tr("Set &Up"), "actionSetup",
                   tr("Configure the reachable nodes again with the cluster's setup (Ansible)"));
    m_setup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_setup, &QAction::triggered, this, [this] { runSetup(m_current); });
    m_resize = make("zoom-fit-best", tr("Re&size…"), "actionResize",
                    tr("Add or remove nodes of the selected cluster"));
    m_resize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_resize, &QAction::triggered, this, &ClusterActions::openResizeDialog);
    m_pause = make("media-playback-pause", tr("&Pause…"), "actionPause",
                   tr("Stop the nodes without deleting them (they cost no compute time)"));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pause, &QAction::triggered, this, &ClusterActions::confirmPause);
    m_resume = make("media-playback-start", tr("Res&ume"), "actionResume",
                    tr("Start a paused cluster's nodes again"));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_resume, &QAction::triggered, this, [this] {
        QString error;
        Job *job = m_controller->resumeCluster(m_current, &error);
        runController(job, error, tr("Resuming %1").arg(m_current), m_current);
    });
    m_refresh = make("view-refresh", tr("&Refresh"), "actionRefresh",
                     tr("Ask the cloud and SSH for the state of every node of the cluster"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        QString error;
        Job *job = m_controller->refreshCluster(m_current, &error);
        runController(job, error, tr("Refreshing %1").arg(m_current), m_current);
    });

    m_autoRefresh.setObjectName(QStringLiteral("autoRefresh"));
    connect(&m_autoRefresh, &QTimer::timeout, this, &ClusterActions::refreshAll);
    if (m_repository) {
        const auto changed = [this](const QString &cluster) {
            if (cluster == m_current)
                updateEnabled();
        };
        connect(m_repository, &ClusterRepository::clusterChanged, this, changed);
        connect(m_repository, &ClusterRepository::nodesChanged, this, changed);
    }
    if (m_controller) {
        connect(m_controller, &ClusterController::jobFinished, this,
                &ClusterActions::updateEnabled);
        connect(m_controller, &ClusterController::jobStarted, this, &ClusterActions::updateEnabled);
    }
}

void ClusterActions::updateLifecycleEnabled(bool available)
{
    const auto cluster
        = available && m_repository ? m_repository->cluster(m_current) : std::nullopt;
    const bool idle = cluster && !m_controller->isBusy(cluster->name);
    m_setup->setEnabled(idle && m_controller->canSetup(cluster->name) && hasReachedNode(*cluster));
    m_resize->setEnabled(idle && isRunning(cluster->state));
    m_pause->setEnabled(idle && isRunning(cluster->state));
    m_resume->setEnabled(idle && cluster->state == ClusterState::Paused);
    m_refresh->setEnabled(idle && cluster->state != ClusterState::Defined);
}

void ClusterActions::runController(Job *job,
                                   const QString &error,
                                   const QString &what,
                                   const QString &cluster)
{
    if (!job)
        return emit message(error);
    watch(job, what, cluster);
}

void ClusterActions::runSetup(const QString &name)
{
    QString error;
    Job *job = m_controller->setupCluster(name, {}, &error);
    runController(job, error, tr("Setting up %1").arg(name), name);
}

void ClusterActions::openResizeDialog()
{
    const auto cluster = m_repository->cluster(m_current);
    if (!cluster)
        return;
    auto *dialog = new ResizeClusterDialog(*cluster, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = cluster->name] {
        QString error;
        Job *job = m_controller->resizeCluster(name, dialog->additions(), dialog->removals(), {},
                                               &error, true);
        runController(job, error, tr("Resizing %1").arg(name), name);
    });
    dialog->open();
}

void ClusterActions::confirmPause()
{
    const QString name = m_current;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Pause cluster"),
                                tr("Pause “%1”? Its nodes are stopped, not deleted: disks and "
                                   "addresses may be kept (depending on the cloud), and Resume "
                                   "starts them again.")
                                    .arg(name),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("confirmPause"));
    QPushButton *pause = box->addButton(tr("&Pause"), QMessageBox::AcceptRole);
    pause->setObjectName(QStringLiteral("pauseButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(pause, &QPushButton::clicked, this, [this, name] {
        QString error;
        Job *job = m_controller->pauseCluster(name, &error);
        runController(job, error, tr("Pausing %1").arg(name), name);
    });
    box->open();
}

void ClusterActions::setRefreshInterval(int seconds)
{
    m_autoRefresh.stop();
    if (seconds > 0)
        m_autoRefresh.start(seconds * 1000);
}

int ClusterActions::refreshInterval() const
{
    return m_autoRefresh.isActive() ? m_autoRefresh.interval() / 1000 : 0;
}

// One RefreshStatusJob per idle, running cluster; each deletes itself when done.
void ClusterActions::refreshAll()
{
    if (!m_controller || !m_repository)
        return;
    for (const Cluster &cluster : m_repository->clusters()) {
        if (!isRunning(cluster.state) || m_controller->isBusy(cluster.name))
            continue;
        QString error;
        if (Job *job = m_controller->refreshCluster(cluster.name, &error))
            job->start();
    }
}

} // namespace cd
