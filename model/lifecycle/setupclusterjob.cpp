#include "model/lifecycle/setupclusterjob.h"

#include "model/repository/clusterrepository.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

ClusterState clusterStateFor(const Cluster &cluster)
{
    int ready = 0, usable = 0, live = 0;
    for (const Node &n : cluster.nodes) {
        if (n.state == NodeState::Terminated)
            continue;
        ++live;
        ready += n.state == NodeState::Ready;
        usable += n.state == NodeState::Ready || n.state == NodeState::Reachable;
    }
    if (live > 0 && ready == live)
        return ClusterState::Ready;
    return usable > 0 ? ClusterState::Partial : ClusterState::Failed;
}

} // namespace

SetupClusterJob::SetupClusterJob(ClusterRepository *repository,
                                 std::shared_ptr<SetupProvider> provider,
                                 QString cluster,
                                 SetupOptions options,
                                 QObject *parent)
    : Job(parent)
    , m_record(repository, std::move(cluster))
    , m_provider(std::move(provider))
    , m_options(std::move(options))
{
    m_record.onStateChanged = [this](const Node &node, const QString &detail) {
        emit nodeStateChanged(node.name, node.state, detail);
    };
}

SetupClusterJob::~SetupClusterJob() = default;

QString SetupClusterJob::taskCountFile() const
{
    return QDir(m_options.runsDirectory).filePath(m_record.name() + u"/tasks.count"_s);
}

bool SetupClusterJob::prepare(SetupRequest *request, QString *error)
{
    if (!m_record.load()) {
        *error = tr("There is no cluster named “%1”.").arg(m_record.name());
        return false;
    }
    const Cluster &cluster = m_record.cluster();
    ClusterRepository *repo = m_record.repository();
    const auto profile = cluster.setup.isEmpty() ? std::nullopt : repo->setup(cluster.setup);
    if (!profile) {
        *error = cluster.setup.isEmpty()
                     ? tr("Cluster “%1” has no setup profile: there is nothing to configure.")
                           .arg(cluster.name)
                     : tr("The setup profile “%1” of cluster “%2” no longer exists.")
                           .arg(cluster.setup, cluster.name);
        return false;
    }
    const LoginProfile login = repo->login(cluster.login).value_or(LoginProfile{});
    auto planned = SetupPlan::request(cluster, *profile, login, m_options);
    if (!planned) {
        *error = planned.error();
        return false;
    }
    *request = std::move(planned).value();
    for (const SetupNode &node : std::as_const(request->nodes))
        m_nodes << node.name;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    m_runDirectory
        = QDir(m_options.runsDirectory).filePath(cluster.name + u'/' + stamp + u"-setup"_s);
    if (!QDir().mkpath(m_runDirectory)) {
        *error = tr("Cannot create the run directory %1.").arg(m_runDirectory);
        return false;
    }
    request->runDirectory = m_runDirectory;
    QFile count(taskCountFile());
    if (count.open(QIODevice::ReadOnly))
        m_expectedTasks = count.readAll().trimmed().toInt();
    return true;
}

void SetupClusterJob::doStart()
{
    SetupRequest request;
    QString error;
    if (!m_provider) {
        return failWith(tr("No setup provider is available."));
    }
    if (!prepare(&request, &error))
        return failWith(error);
    QList<Node *> changed;
    for (const QString &name : std::as_const(m_nodes)) {
        Node *node = m_record.node(name);
        m_record.setState(*node, NodeState::Configuring);
        changed << node;
    }
    m_record.persist(changed);
    m_record.saveState(ClusterState::Configuring);
    m_record.event(
        tr("Setup of %n node(s) started; the run is kept in %1.", nullptr, int(m_nodes.size()))
            .arg(m_runDirectory));
    m_run = m_provider->createRun(request);
    connect(m_run.get(), &SetupRun::event, this, &SetupClusterJob::onEvent);
    connect(m_run.get(), &SetupRun::finished, this, &SetupClusterJob::onFinished);
    emit runStarted(m_nodes);
    emit progress(0, m_expectedTasks, tr("Starting %1").arg(m_provider->typeName()));
    m_run->start();
}

void SetupClusterJob::doCancel()
{
    if (m_run)
        m_run->cancel();
}

void SetupClusterJob::onEvent(const SetupEvent &event)
{
    emit setupEvent(event);
    if (event.type == SetupEvent::Type::TaskStarted) {
        ++m_tasksStarted;
        m_expectedTasks = qMax(m_expectedTasks, m_tasksStarted);
        emit progress(m_tasksStarted - 1, m_expectedTasks, event.task);
        return;
    }
    if (!event.isHostResult() || !m_nodes.contains(event.host))
        return;
    const int index = ++m_taskIndex[event.host];
    emit taskFinished(event, index, m_expectedTasks);
    if (event.type == SetupEvent::Type::HostFailed)
        m_record.event(tr("Task “%1” failed: %2").arg(event.task, event.message), event.host,
                       ClusterEvent::Level::Warning);
    else if (event.type == SetupEvent::Type::HostUnreachable)
        m_record.event(tr("Unreachable during “%1”: %2").arg(event.task, event.message), event.host,
                       ClusterEvent::Level::Warning);
}

void SetupClusterJob::onFinished(const SetupResult &result)
{
    m_run.release()->deleteLater();
    QList<Node *> changed;
    int ready = 0;
    for (const QString &name : std::as_const(m_nodes)) {
        Node *node = m_record.node(name);
        if (!node)
            continue;
        changed << node;
        if (result.unreachableHosts.contains(name)) {
            node->lastError = tr("Unreachable during setup: %1").arg(result.unreachableHosts[name]);
            m_record.setState(*node, NodeState::Unreachable, node->lastError);
        } else if (result.failedHosts.contains(name)) {
            node->lastError = tr("Setup task %1").arg(result.failedHosts[name]);
            m_record.setState(*node, NodeState::Failed, node->lastError);
        } else if (result.stats.contains(name) && result.stats[name].clean()
                   && result.outcome != SetupResult::Outcome::Cancelled) {
            node->lastError.clear();
            m_record.setState(*node, NodeState::Ready);
            ++ready;
        } else {
            // Not configured (cancelled, or the run ended before reaching it): still reachable.
            m_record.setState(*node, NodeState::Reachable, result.error);
        }
    }
    m_record.persist(changed);
    m_record.saveState(clusterStateFor(m_record.cluster()));
    if (result.outcome == SetupResult::Outcome::Succeeded) {
        QFile count(taskCountFile());
        if (count.open(QIODevice::WriteOnly))
            count.write(QByteArray::number(m_tasksStarted));
        m_record.event(tr("Setup finished: %n node(s) ready.", nullptr, ready));
        return succeed();
    }
    if (result.outcome == SetupResult::Outcome::Cancelled) {
        m_record.event(tr("Setup was cancelled."), {}, ClusterEvent::Level::Warning);
        return finishCancelled();
    }
    const QString why = tr("Setup failed: %1 Run `clusterdeck-cli setup %2` to try again; the "
                           "run's log is in %3.")
                            .arg(result.error, m_record.name(), m_runDirectory);
    m_record.event(why, {}, ClusterEvent::Level::Error);
    failWith(why);
}

} // namespace cd
