#include "model/lifecycle/resumeclusterjob.h"

#include "model/lifecycle/nodeknownhosts.h"
#include "model/repository/clusterrepository.h"

namespace cd {

ResumeClusterJob::ResumeClusterJob(ClusterRepository *repository,
                                   std::shared_ptr<CloudProvider> provider,
                                   NodeProber *prober,
                                   QString cluster,
                                   QString knownHostsFile,
                                   int pollIntervalMs,
                                   int timeoutSec,
                                   QObject *parent)
    : Job(parent)
    , m_provider(std::move(provider))
    , m_prober(prober)
    , m_name(std::move(cluster))
    , m_timeoutSec(timeoutSec)
    , m_record(repository, m_name)
    , m_knownHostsFile(std::move(knownHostsFile))
    , m_waiter(m_provider, pollIntervalMs)
{
    m_record.onStateChanged = [this](const Node &node, const QString &detail) {
        emit nodeStateChanged(node.name, node.state, detail);
    };
    connect(&m_waiter, &InstanceStateWaiter::answered, this, &ResumeClusterJob::described);
    connect(&m_waiter, &InstanceStateWaiter::settled, this, &ResumeClusterJob::probe);
    connect(&m_waiter, &InstanceStateWaiter::timedOut, this, [this] {
        conclude(tr("Not every node was running and reachable within %1 s.").arg(m_timeoutSec));
    });
    if (m_prober) {
        connect(m_prober, &NodeProber::alive, this, &ResumeClusterJob::onAlive);
        connect(m_prober, &NodeProber::failed, this, &ResumeClusterJob::onProbeFailed);
    }
}

ResumeClusterJob::~ResumeClusterJob() = default;

void ResumeClusterJob::doStart()
{
    if (!m_record.load())
        return failWith(tr("There is no cluster named “%1”.").arg(m_name));
    if (!m_provider)
        return failWith(tr("No cloud provider for cluster “%1”.").arg(m_name));
    if (!m_provider->supports(CloudProvider::Operation::Start)) {
        // The provider's own Unsupported message, from the call itself.
        m_provider->startInstances({}).then(this, [this](const CloudResult<Done> &r) {
            failWith(r.ok() ? tr("The cloud cannot start stopped instances.")
                            : r.error().describe());
        });
        return;
    }
    QStringList ids;
    QList<Node *> resuming;
    for (Node &n : m_record.cluster().nodes)
        if (!n.instanceId.isEmpty()
            && (n.state == NodeState::Paused || n.state == NodeState::Stopping)) {
            ids << n.instanceId;
            resuming << &n;
            m_resuming << n.name;
            m_addresses.insert(n.name, NodeKnownHosts::addresses(n));
        }
    if (ids.isEmpty())
        return failWith(tr("Cluster “%1” has no paused nodes to resume.").arg(m_name));
    for (Node *n : std::as_const(resuming))
        m_record.setState(*n, NodeState::Pending);
    m_record.persist(resuming);
    m_record.saveState(ClusterState::Resuming);
    m_record.event(tr("Resuming: starting %n instance(s).", nullptr, int(ids.size())));
    if (m_timeoutSec <= 0)
        m_timeoutSec = m_record.cluster().spec.startTimeoutSec;
    m_waiter.armDeadline(m_timeoutSec);
    emit progress(0, 2, tr("Starting %n instance(s).", nullptr, int(ids.size())));
    m_provider->startInstances(ids).then(this, [this](const CloudResult<Done> &r) { started(r); });
}

void ResumeClusterJob::started(const CloudResult<Done> &result)
{
    if (isFinished())
        return;
    if (!result.ok())
        return conclude(result.error().describe());
    m_waiter.wait([this] { return pending(); });
}

QStringList ResumeClusterJob::pending() const
{
    QStringList ids;
    for (const Node &n : std::as_const(m_record.cluster().nodes))
        if (m_resuming.contains(n.name) && n.state == NodeState::Pending)
            ids << n.instanceId;
    return ids;
}

void ResumeClusterJob::described(const QList<InstanceInfo> &instances)
{
    QList<Node *> changed;
    for (const InstanceInfo &info : instances) {
        Node *n = m_record.nodeByInstance(info.id);
        if (!n || n->state != NodeState::Pending)
            continue;
        // Still stopped or stopping while the start takes effect: wait.
        if (info.state == InstanceInfo::State::Stopped
            || info.state == InstanceInfo::State::Stopping)
            continue;
        if (!m_record.applyCloudInfo(*n, info))
            continue;
        changed << n;
        if (n->state == NodeState::Running)
            refreshKnownHosts(*n);
    }
    m_record.persist(changed);
}

void ResumeClusterJob::refreshKnownHosts(Node &node)
{
    const QStringList before = m_addresses.value(node.name);
    if (node.publicIp.isEmpty() && node.privateIp.isEmpty())
        return;
    // The address the node was last reached at is stale when the cloud gave it others.
    if (!node.preferredIp.isEmpty() && node.preferredIp != node.publicIp
        && node.preferredIp != node.privateIp)
        node.preferredIp.clear();
    if (NodeKnownHosts::addresses(node) == before)
        return;
    const int keys = NodeKnownHosts::carryOver(m_knownHostsFile, m_record.cluster(), node, before);
    m_record.event(tr("Came back at %1 (was %2); %n recorded host key(s) now stand for the new "
                      "address.",
                      nullptr, keys)
                       .arg(NodeKnownHosts::addresses(node).join(u", "), before.join(u", ")),
                   node.name);
}

void ResumeClusterJob::probe()
{
    QList<NodeProber::Request> toProbe;
    for (const QString &name : std::as_const(m_resuming)) {
        const Node *n = m_record.node(name);
        if (!n || n->state != NodeState::Running)
            continue;
        // The cloud's current addresses first: they may have changed while stopped.
        QStringList addresses;
        for (const QString &a : {n->publicIp, n->privateIp, n->preferredIp})
            if (!a.isEmpty() && !addresses.contains(a))
                addresses << a;
        if (addresses.isEmpty())
            continue;
        m_probing.insert(n->name);
        toProbe.append({n->name, addresses});
    }
    if (toProbe.isEmpty() || !m_prober)
        return conclude({});
    emit progress(1, 2, tr("Probing %n node(s) over SSH.", nullptr, int(toProbe.size())));
    const int attemptMs = qMax(1, m_record.cluster().spec.sshProbeTimeoutSec) * 1000;
    const int remainingMs = m_waiter.remainingMs() >= 0 ? m_waiter.remainingMs() : attemptMs;
    m_prober->probe(toProbe, attemptMs, qMax(attemptMs + 1000, remainingMs));
}

void ResumeClusterJob::onAlive(const QString &name, const QString &address)
{
    Node *n = m_record.node(name);
    if (!n || !m_probing.remove(name) || isFinished())
        return;
    n->preferredIp = address;
    m_record.setState(*n, NodeState::Reachable);
    m_record.persist({n});
    if (m_probing.isEmpty())
        conclude({});
}

void ResumeClusterJob::onProbeFailed(const QString &name,
                                     const QString &reason,
                                     bool hostKeyChanged)
{
    Node *n = m_record.node(name);
    if (!n || !m_probing.remove(name) || isFinished())
        return;
    const QString detail = hostKeyChanged
                               ? tr("The host key changed; the node is not trusted: %1").arg(reason)
                               : reason;
    m_record.setState(*n, NodeState::Unreachable, detail);
    m_record.persist({n});
    m_record.event(detail, name,
                   hostKeyChanged ? ClusterEvent::Level::Error : ClusterEvent::Level::Warning);
    if (m_probing.isEmpty())
        conclude({});
}

void ResumeClusterJob::conclude(const QString &problem)
{
    if (isFinished())
        return;
    m_waiter.stop();
    if (m_prober)
        m_prober->cancel();
    QList<Node *> changed;
    for (const QString &name : std::as_const(m_resuming))
        if (Node *n = m_record.node(name); n && n->state == NodeState::Pending) {
            m_record.setState(*n, NodeState::Failed, problem);
            changed << n;
        } else if (n && m_probing.contains(name)) {
            m_record.setState(*n, NodeState::Unreachable, problem);
            changed << n;
        }
    m_probing.clear();
    m_record.persist(changed);
    int up = 0;
    for (const Node &n : std::as_const(m_record.cluster().nodes))
        up += n.state == NodeState::Reachable || n.state == NodeState::Ready
              || n.state == NodeState::Configuring;
    const auto total = m_record.cluster().nodes.size();
    if (up == 0) {
        m_record.saveState(ClusterState::Failed);
        const QString why = problem.isEmpty() ? tr("Resuming failed: no node is reachable.")
                                              : tr("Resuming failed: %1").arg(problem);
        m_record.event(why, {}, ClusterEvent::Level::Error);
        return failWith(why);
    }
    m_record.saveState(up == total ? ClusterState::Ready : ClusterState::Partial);
    m_record.event(tr("Resumed: %1 of %2 nodes reachable.").arg(up).arg(total));
    emit progress(2, 2, tr("%1 of %2 nodes reachable.").arg(up).arg(total));
    succeed();
}

void ResumeClusterJob::doCancel()
{
    m_waiter.stop();
    if (m_prober)
        m_prober->cancel();
    m_probing.clear();
    m_record.event(tr("Resume cancelled; the start call already made stands."), {},
                   ClusterEvent::Level::Warning);
    finishCancelled();
}

} // namespace cd
