#include "model/lifecycle/pauseclusterjob.h"

#include "model/repository/clusterrepository.h"

namespace cd {

PauseClusterJob::PauseClusterJob(ClusterRepository *repository,
                                 std::shared_ptr<CloudProvider> provider,
                                 QString cluster,
                                 int pollIntervalMs,
                                 int timeoutSec,
                                 QObject *parent)
    : Job(parent)
    , m_provider(std::move(provider))
    , m_name(std::move(cluster))
    , m_timeoutSec(timeoutSec)
    , m_record(repository, m_name)
    , m_waiter(m_provider, pollIntervalMs)
{
    m_record.onStateChanged = [this](const Node &node, const QString &detail) {
        emit nodeStateChanged(node.name, node.state, detail);
    };
    connect(&m_waiter, &InstanceStateWaiter::answered, this, &PauseClusterJob::described);
    connect(&m_waiter, &InstanceStateWaiter::settled, this, [this] { conclude({}); });
    connect(&m_waiter, &InstanceStateWaiter::timedOut, this, [this] {
        conclude(
            tr("The cloud did not report every instance stopped within %1 s.").arg(m_timeoutSec));
    });
}

PauseClusterJob::~PauseClusterJob() = default;

void PauseClusterJob::doStart()
{
    if (!m_record.load())
        return failWith(tr("There is no cluster named “%1”.").arg(m_name));
    if (!m_provider)
        return failWith(tr("No cloud provider for cluster “%1”.").arg(m_name));
    QStringList ids;
    QList<Node *> stopping;
    for (Node &n : m_record.cluster().nodes)
        if (!n.instanceId.isEmpty() && States::mayHaveInstance(n.state)
            && n.state != NodeState::Paused && n.state != NodeState::Terminating) {
            ids << n.instanceId;
            stopping << &n;
        }
    if (!m_provider->supports(CloudProvider::Operation::Stop) || ids.isEmpty()) {
        // The provider's own Unsupported message, from the call itself.
        if (!m_provider->supports(CloudProvider::Operation::Stop)) {
            m_provider->stopInstances(ids).then(this, [this](const CloudResult<Done> &r) {
                failWith(r.ok() ? tr("The cloud cannot stop instances.") : r.error().describe());
            });
            return;
        }
        return failWith(tr("Cluster “%1” has no running nodes to pause.").arg(m_name));
    }
    for (Node *n : std::as_const(stopping))
        m_record.setState(*n, NodeState::Stopping);
    m_record.persist(stopping);
    m_record.saveState(ClusterState::Pausing);
    m_record.event(tr("Pausing: stopping %n instance(s).", nullptr, int(ids.size())));
    m_waiter.armDeadline(m_timeoutSec);
    emit progress(0, int(ids.size()), tr("Stopping %n instance(s).", nullptr, int(ids.size())));
    m_provider->stopInstances(ids).then(this, [this](const CloudResult<Done> &r) { stopped(r); });
}

void PauseClusterJob::stopped(const CloudResult<Done> &result)
{
    if (isFinished())
        return;
    if (!result.ok())
        return conclude(result.error().describe());
    m_waiter.wait([this] { return stopping(); });
}

QStringList PauseClusterJob::stopping() const
{
    QStringList ids;
    for (const Node &n : std::as_const(m_record.cluster().nodes))
        if (n.state == NodeState::Stopping)
            ids << n.instanceId;
    return ids;
}

void PauseClusterJob::described(const QList<InstanceInfo> &instances)
{
    QList<Node *> changed;
    for (const InstanceInfo &info : instances) {
        Node *n = m_record.nodeByInstance(info.id);
        if (!n || n->state != NodeState::Stopping)
            continue;
        // Still running or stopping: wait. Stopped, gone or broken: let the record decide.
        if (info.state == InstanceInfo::State::Running
            || info.state == InstanceInfo::State::Stopping
            || info.state == InstanceInfo::State::Pending)
            continue;
        if (m_record.applyCloudInfo(*n, info))
            changed << n;
    }
    m_record.persist(changed);
    int stopped = 0;
    int waiting = 0;
    for (const Node &n : std::as_const(m_record.cluster().nodes)) {
        stopped += n.state == NodeState::Paused;
        waiting += n.state == NodeState::Stopping;
    }
    emit progress(stopped, stopped + waiting, tr("%1 instance(s) stopped.").arg(stopped));
}

void PauseClusterJob::conclude(const QString &problem)
{
    if (isFinished())
        return;
    m_waiter.stop();
    if (!problem.isEmpty()) {
        m_record.saveState(ClusterState::Partial);
        const QString why = tr("Pausing failed: %1").arg(problem);
        m_record.event(why, {}, ClusterEvent::Level::Error);
        return failWith(why);
    }
    bool allPaused = true;
    for (const Node &n : std::as_const(m_record.cluster().nodes))
        allPaused = allPaused
                    && (n.state == NodeState::Paused || n.state == NodeState::Terminated
                        || n.state == NodeState::Planned);
    m_record.saveState(allPaused ? ClusterState::Paused : ClusterState::Partial);
    m_record.event(tr("Cluster paused."));
    succeed();
}

void PauseClusterJob::doCancel()
{
    m_waiter.stop();
    m_record.event(tr("Pause cancelled; the stop call already made stands."), {},
                   ClusterEvent::Level::Warning);
    finishCancelled();
}

} // namespace cd
