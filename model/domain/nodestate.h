#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cd {

// Where a node is in its life. Persisted by name (see toString), so renaming one is a migration.
// Planned → Requested → Pending → Running → Reachable → Configuring → Ready;
// Stopping → Paused; Terminating → Terminated; Failed, Unreachable, Orphaned.
enum class NodeState {
    Planned,
    Requested,
    Pending,
    Running,
    Reachable,
    Configuring,
    Ready,
    Stopping,
    Paused,
    Terminating,
    Terminated,
    Failed,
    Unreachable,
    Orphaned,
};

// The cluster as a whole, derived by the lifecycle jobs and stored for listing.
enum class ClusterState {
    Defined,     // created from a template, nothing requested yet
    Starting,    // instances requested or booting
    Configuring, // setup running
    Ready,       // every node Ready
    Partial,     // running, some nodes failed or unreachable
    Pausing,
    Paused,
    Resuming,
    Destroying,
    Destroyed,
    Failed,
};

struct States final
{
    Q_DECLARE_TR_FUNCTIONS(States)

public:
    // Stable, lower-case names used in the database, JSON output and the CLI.
    static QString toString(NodeState state);
    static QString toString(ClusterState state);
    static std::optional<NodeState> nodeStateFromString(const QString &name);
    static std::optional<ClusterState> clusterStateFromString(const QString &name);
    // Translated names for display.
    static QString displayName(NodeState state);
    static QString displayName(ClusterState state);
    // True while the node may have a VM that costs money or holds data.
    static bool mayHaveInstance(NodeState state);
};

} // namespace cd
