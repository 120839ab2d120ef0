#pragma once

#include "model/domain/clustertemplate.h"
#include "model/domain/nodestate.h"

namespace cd {

// One machine of a cluster. Named {kind}{index:03d} (compute001); freed indices are reused.
struct Node final
{
    QString name;
    QString kind;
    int index = 0;
    QString instanceId; // the cloud's id; empty until the cloud answered
    QString publicIp;
    QString privateIp;
    QString preferredIp; // the address SSH last worked on
    QString flavor;
    QString image;
    NodeState state = NodeState::Planned;
    QString lastError;
    QDateTime created;
    QDateTime stateChanged; // when `state` last changed (uptime counts from Running)

    static QString nameFor(const QString &kind, int index);
    friend bool operator==(const Node &, const Node &) = default;
};

// A cluster that exists (or existed): a snapshot of the template it was made from, the
// accounts it uses, and its nodes.
struct Cluster final
{
    QString name;
    ClusterTemplate spec; // the template as it was at creation (later edits don't leak in)
    QString templateName;
    QString cloud; // CloudAccount name
    QString login; // LoginProfile name
    QString setup; // SetupProfile name
    ClusterState state = ClusterState::Defined;
    QDateTime created;
    QDateTime updated;
    QList<Node> nodes;

    const Node *node(const QString &name) const;
    // The lowest index not used by a node of `kind` (1-based), so holes are filled first.
    int nextFreeIndex(const QString &kind) const;
    friend bool operator==(const Cluster &, const Cluster &) = default;
};

// A line in a cluster's history.
struct ClusterEvent final
{
    enum class Level { Debug, Info, Warning, Error };
    qint64 id = 0; // assigned by the repository
    QDateTime time;
    QString cluster;
    QString node; // empty: about the cluster as a whole
    Level level = Level::Info;
    QString text;

    static QString levelName(Level level);
    static std::optional<Level> levelFromName(const QString &name);
    friend bool operator==(const ClusterEvent &, const ClusterEvent &) = default;
};

} // namespace cd
