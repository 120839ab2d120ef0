#include "model/domain/nodestate.h"

#include <array>
#include <utility>

namespace cd {

namespace {

constexpr std::array NodeStateNames{
    std::pair{NodeState::Planned, "planned"},
    std::pair{NodeState::Requested, "requested"},
    std::pair{NodeState::Pending, "pending"},
    std::pair{NodeState::Running, "running"},
    std::pair{NodeState::Reachable, "reachable"},
    std::pair{NodeState::Configuring, "configuring"},
    std::pair{NodeState::Ready, "ready"},
    std::pair{NodeState::Stopping, "stopping"},
    std::pair{NodeState::Paused, "paused"},
    std::pair{NodeState::Terminating, "terminating"},
    std::pair{NodeState::Terminated, "terminated"},
    std::pair{NodeState::Failed, "failed"},
    std::pair{NodeState::Unreachable, "unreachable"},
    std::pair{NodeState::Orphaned, "orphaned"},
};

constexpr std::array ClusterStateNames{
    std::pair{ClusterState::Defined, "defined"},
    std::pair{ClusterState::Starting, "starting"},
    std::pair{ClusterState::Configuring, "configuring"},
    std::pair{ClusterState::Ready, "ready"},
    std::pair{ClusterState::Partial, "partial"},
    std::pair{ClusterState::Pausing, "pausing"},
    std::pair{ClusterState::Paused, "paused"},
    std::pair{ClusterState::Resuming, "resuming"},
    std::pair{ClusterState::Destroying, "destroying"},
    std::pair{ClusterState::Destroyed, "destroyed"},
    std::pair{ClusterState::Failed, "failed"},
};

template<typename Table, typename E>
QString nameOf(const Table &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename E, typename Table>
std::optional<E> valueOf(const Table &table, const QString &name)
{
    for (const auto &[v, n] : table)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

} // namespace

QString States::toString(NodeState state)
{
    return nameOf(NodeStateNames, state);
}

QString States::toString(ClusterState state)
{
    return nameOf(ClusterStateNames, state);
}

std::optional<NodeState> States::nodeStateFromString(const QString &name)
{
    return valueOf<NodeState>(NodeStateNames, name);
}

std::optional<ClusterState> States::clusterStateFromString(const QString &name)
{
    return valueOf<ClusterState>(ClusterStateNames, name);
}

QString States::displayName(NodeState state)
{
    switch (state) {
    case NodeState::Planned:
        return tr("Planned");
    case NodeState::Requested:
        return tr("Requested");
    case NodeState::Pending:
        return tr("Pending");
    case NodeState::Running:
        return tr("Running");
    case NodeState::Reachable:
        return tr("Reachable");
    case NodeState::Configuring:
        return tr("Configuring");
    case NodeState::Ready:
        return tr("Ready");
    case NodeState::Stopping:
        return tr("Stopping");
    case NodeState::Paused:
        return tr("Paused");
    case NodeState::Terminating:
        return tr("Terminating");
    case NodeState::Terminated:
        return tr("Terminated");
    case NodeState::Failed:
        return tr("Failed");
    case NodeState::Unreachable:
        return tr("Unreachable");
    case NodeState::Orphaned:
        return tr("Orphaned");
    }
    return {};
}

QString States::displayName(ClusterState state)
{
    switch (state) {
    case ClusterState::Defined:
        return tr("Defined");
    case ClusterState::Starting:
        return tr("Starting");
    case ClusterState::Configuring:
        return tr("Configuring");
    case ClusterState::Ready:
        return tr("Ready");
    case ClusterState::Partial:
        return tr("Partly ready");
    case ClusterState::Pausing:
        return tr("Pausing");
    case ClusterState::Paused:
        return tr("Paused");
    case ClusterState::Resuming:
        return tr("Resuming");
    case ClusterState::Destroying:
        return tr("Destroying");
    case ClusterState::Destroyed:
        return tr("Destroyed");
    case ClusterState::Failed:
        return tr("Failed");
    }
    return {};
}

bool States::mayHaveInstance(NodeState state)
{
    return state != NodeState::Planned && state != NodeState::Terminated;
}

} // namespace cd
