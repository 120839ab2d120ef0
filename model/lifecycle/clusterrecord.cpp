#include "model/lifecycle/clusterrecord.h"

#include "model/repository/clusterrepository.h"

namespace cd {

ClusterRecord::ClusterRecord(ClusterRepository *repository, QString name)
    : m_repository(repository)
    , m_name(std::move(name))
{}

bool ClusterRecord::load()
{
    const auto stored = m_repository ? m_repository->cluster(m_name) : std::nullopt;
    if (!stored)
        return false;
    m_cluster = *stored;
    return true;
}

Node *ClusterRecord::node(const QString &name)
{
    for (Node &n : m_cluster.nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

Node *ClusterRecord::nodeByInstance(const QString &id)
{
    for (Node &n : m_cluster.nodes)
        if (!id.isEmpty() && n.instanceId == id)
            return &n;
    return nullptr;
}

void ClusterRecord::setState(Node &node, NodeState state, const QString &detail)
{
    if (node.state == state && detail.isEmpty())
        return;
    node.state = state;
    node.stateChanged = QDateTime::currentDateTimeUtc();
    if (state == NodeState::Failed || state == NodeState::Unreachable)
        node.lastError = detail;
    else if (state != NodeState::Terminated)
        node.lastError.clear();
    if (onStateChanged)
        onStateChanged(node, detail);
}

void ClusterRecord::persist(const QList<Node *> &nodes)
{
    if (nodes.isEmpty() || !m_repository)
        return;
    QList<Node> copies;
    for (const Node *n : nodes)
        copies << *n;
    if (auto saved = m_repository->saveNodes(m_name, copies); !saved)
        event(tr("Could not record node states: %1").arg(saved.error()), {},
              ClusterEvent::Level::Error);
}

void ClusterRecord::saveState(ClusterState state)
{
    m_cluster.state = state;
    m_cluster.updated = QDateTime::currentDateTimeUtc();
    if (m_repository)
        m_repository->updateCluster(m_cluster).ok();
}

void ClusterRecord::event(const QString &text, const QString &node, ClusterEvent::Level level)
{
    if (!m_repository)
        return;
    ClusterEvent e;
    e.cluster = m_name;
    e.node = node;
    e.level = level;
    e.text = text;
    m_repository->appendEvent(e).ok();
}

NodeState ClusterRecord::fromCloud(InstanceInfo::State state)
{
    switch (state) {
    case InstanceInfo::State::Pending:
        return NodeState::Pending;
    case InstanceInfo::State::Running:
        return NodeState::Running;
    case InstanceInfo::State::Stopping:
        return NodeState::Stopping;
    case InstanceInfo::State::Stopped:
        return NodeState::Paused;
    case InstanceInfo::State::Terminating:
        return NodeState::Terminating;
    case InstanceInfo::State::Terminated:
        return NodeState::Terminated;
    case InstanceInfo::State::Error:
        return NodeState::Failed;
    case InstanceInfo::State::Unknown:
        break;
    }
    return NodeState::Pending;
}

bool ClusterRecord::applyCloudInfo(Node &n, const InstanceInfo &info)
{
    const NodeState cloudState = fromCloud(info.state);
    const bool addressChanged = n.publicIp != info.publicIp || n.privateIp != info.privateIp;
    n.publicIp = info.publicIp;
    n.privateIp = info.privateIp;
    const bool young = n.stateChanged.isValid()
                       && n.stateChanged.secsTo(QDateTime::currentDateTimeUtc()) < CreationGraceSec;
    if (cloudState == NodeState::Terminated && young && n.state == NodeState::Pending)
        return addressChanged;
    if (cloudState == NodeState::Terminated || cloudState == NodeState::Terminating
        || cloudState == NodeState::Failed) {
        if (n.state == NodeState::Terminated)
            return addressChanged;
        setState(n, NodeState::Failed,
                 tr("The cloud reports the instance %1 (%2).")
                     .arg(InstanceInfo::stateName(info.state), info.stateReason));
        return true;
    }
    if (cloudState == NodeState::Running) {
        // The cloud cannot tell Running from Reachable or Ready: only move up to Running.
        const bool beyond = n.state == NodeState::Reachable || n.state == NodeState::Configuring
                            || n.state == NodeState::Ready || n.state == NodeState::Unreachable;
        if (beyond || n.state == NodeState::Running)
            return addressChanged;
        setState(n, NodeState::Running);
        return true;
    }
    if (n.state == cloudState)
        return addressChanged;
    setState(n, cloudState);
    return true;
}

} // namespace cd
