#include "model/lifecycle/refreshstatusjob.h"

#include "model/repository/clusterrepository.h"

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// States in which a node the cloud reports running is left as it is until the probe says
// otherwise.
bool upState(NodeState state)
{
    return state == NodeState::Reachable || state == NodeState::Configuring
           || state == NodeState::Ready || state == NodeState::Unreachable;
}

} // namespace

RefreshStatusJob::RefreshStatusJob(ClusterRepository *repository,
                                   std::shared_ptr<CloudProvider> provider,
                                   NodeProber *prober,
                                   QString cluster,
                                   int probeTimeoutSec,
                                   QObject *parent)
    : Job(parent)
    , m_repository(repository)
    , m_provider(std::move(provider))
    , m_prober(prober)
    , m_name(std::move(cluster))
    , m_probeTimeoutSec(probeTimeoutSec)
    , m_record(repository, m_name)
    , m_cluster(m_record.cluster())
{
    m_record.onStateChanged = [this](const Node &node, const QString &detail) {
        emit nodeStateChanged(node.name, node.state, detail);
    };
    if (m_prober) {
        connect(m_prober, &NodeProber::alive, this, &RefreshStatusJob::onAlive);
        connect(m_prober, &NodeProber::failed, this, &RefreshStatusJob::onProbeFailed);
    }
}

RefreshStatusJob::~RefreshStatusJob() = default;

void RefreshStatusJob::setFirstUseProber(NodeProber *prober)
{
    m_firstUseProber = prober;
    if (prober) {
        connect(prober, &NodeProber::alive, this, &RefreshStatusJob::onAlive);
        connect(prober, &NodeProber::failed, this, &RefreshStatusJob::onProbeFailed);
    }
}

void RefreshStatusJob::doStart()
{
    if (!m_record.load())
        return failWith(tr("There is no cluster named “%1”.").arg(m_name));
    if (!m_provider)
        return failWith(tr("No cloud provider for cluster “%1”.").arg(m_name));
    QStringList ids;
    for (const Node &n : std::as_const(m_cluster.nodes))
        if (!n.instanceId.isEmpty() && n.state != NodeState::Terminated)
            ids << n.instanceId;
    if (ids.isEmpty())
        return succeed();
    emit progress(0, 2,
                  tr("Asking the cloud for the state of %n node(s).", nullptr, int(ids.size())));
    m_provider->describeInstances(ids).then(
        this, [this](const CloudResult<QList<InstanceInfo>> &r) { described(r); });
}

void RefreshStatusJob::described(const CloudResult<QList<InstanceInfo>> &result)
{
    if (isFinished())
        return;
    if (isCancelRequested())
        return finishCancelled();
    if (!result.ok())
        return failWith(
            tr("Asking the cloud for node states failed: %1").arg(result.error().describe()));
    QHash<QString, InstanceInfo> byId;
    for (const InstanceInfo &info : result.value())
        byId.insert(info.id, info);
    QList<Node *> changed;
    for (Node &n : m_cluster.nodes) {
        if (n.instanceId.isEmpty() || n.state == NodeState::Terminated)
            continue;
        const auto it = byId.constFind(n.instanceId);
        if (it == byId.cend()) {
            setState(n, NodeState::Terminated,
                     tr("The cloud no longer lists the instance %1.").arg(n.instanceId));
            changed << &n;
            continue;
        }
        const InstanceInfo &info = *it;
        const bool addressChanged = n.publicIp != info.publicIp || n.privateIp != info.privateIp;
        n.publicIp = info.publicIp;
        n.privateIp = info.privateIp;
        const NodeState cloudState = ClusterRecord::fromCloud(info.state);
        const NodeState before = n.state;
        if (cloudState == NodeState::Running) {
            if (!upState(n.state))
                setState(n, NodeState::Running);
        } else if (cloudState == NodeState::Failed || cloudState == NodeState::Terminated) {
            setState(n, cloudState,
                     tr("The cloud reports the instance %1 (%2).")
                         .arg(InstanceInfo::stateName(info.state), info.stateReason));
        } else {
            setState(n, cloudState);
        }
        if (addressChanged || n.state != before)
            changed << &n;
    }
    persist(changed);
    probeRunning();
}

void RefreshStatusJob::probeRunning()
{
    QList<NodeProber::Request> toProbe;
    QList<NodeProber::Request> firstUse;
    for (const Node &n : std::as_const(m_cluster.nodes)) {
        if (n.state != NodeState::Running && !upState(n.state))
            continue;
        QStringList addresses;
        for (const QString &a : {n.preferredIp, n.publicIp, n.privateIp})
            if (!a.isEmpty() && !addresses.contains(a))
                addresses << a;
        if (addresses.isEmpty())
            continue;
        m_probing.insert(n.name);
        (n.preferredIp.isEmpty() && m_firstUseProber ? firstUse : toProbe)
            .append({n.name, addresses});
    }
    if (!m_prober) {
        for (const NodeProber::Request &r : std::as_const(toProbe))
            m_probing.remove(r.node);
        toProbe.clear();
    }
    if (toProbe.isEmpty() && firstUse.isEmpty()) {
        m_probing.clear();
        return conclude();
    }
    emit progress(
        1, 2, tr("Probing %n node(s) over SSH.", nullptr, int(toProbe.size() + firstUse.size())));
    const int attemptMs
        = qMax(1, m_probeTimeoutSec > 0 ? m_probeTimeoutSec : m_cluster.spec.sshProbeTimeoutSec)
          * 1000;
    // One round: each node gets one attempt (plus a little slack for its last address).
    if (!firstUse.isEmpty())
        m_firstUseProber->probe(firstUse, attemptMs, attemptMs + 1000);
    if (!toProbe.isEmpty())
        m_prober->probe(toProbe, attemptMs, attemptMs + 1000);
}

void RefreshStatusJob::onAlive(const QString &name, const QString &address)
{
    Node *n = node(name);
    if (!n || !m_probing.remove(name) || isFinished())
        return;
    const bool addressChanged = n->preferredIp != address;
    n->preferredIp = address;
    const NodeState before = n->state;
    if (n->state != NodeState::Ready && n->state != NodeState::Configuring)
        setState(*n, NodeState::Reachable);
    if (addressChanged || n->state != before)
        persist({n});
    if (m_probing.isEmpty())
        conclude();
}

void RefreshStatusJob::onProbeFailed(const QString &name,
                                     const QString &reason,
                                     bool hostKeyChanged)
{
    Node *n = node(name);
    if (!n || !m_probing.remove(name) || isFinished())
        return;
    const QString detail = hostKeyChanged
                               ? tr("The host key changed; the node is not trusted: %1").arg(reason)
                               : reason;
    const bool wasUnreachable = n->state == NodeState::Unreachable;
    setState(*n, NodeState::Unreachable, detail);
    persist({n});
    if (hostKeyChanged)
        event(detail, name, 3);
    else if (!wasUnreachable)
        event(tr("Not reachable over SSH: %1").arg(reason), name, 2);
    if (m_probing.isEmpty())
        conclude();
}

void RefreshStatusJob::conclude()
{
    if (m_concluded || isFinished())
        return;
    m_concluded = true;
    int up = 0;
    for (const Node &n : std::as_const(m_cluster.nodes))
        up += n.state == NodeState::Reachable || n.state == NodeState::Ready
              || n.state == NodeState::Configuring;
    emit progress(2, 2, tr("%1 of %2 nodes reachable.").arg(up).arg(m_cluster.nodes.size()));
    succeed();
}

void RefreshStatusJob::doCancel()
{
    if (m_prober)
        m_prober->cancel();
    if (m_firstUseProber)
        m_firstUseProber->cancel();
    m_probing.clear();
    if (!isFinished())
        finishCancelled();
}

} // namespace cd
