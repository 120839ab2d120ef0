#pragma once

#include "model/domain/cluster.h"
#include "model/repository/clusterrepository.h"
#include "providers/cloud/cloudtypes.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

namespace cd {

// A job's working copy of one cluster and the bookkeeping every lifecycle job shares: find
// nodes, change their state (timestamp, last error), write changes back in one transaction,
// add events, and fold what the cloud reports about an instance into its node.
class ClusterRecord final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRecord)

public:
    ClusterRecord(ClusterRepository *repository, QString name);

    // Reads the cluster; false if the repository does not know it.
    bool load();
    Cluster &cluster() { return m_cluster; }
    const Cluster &cluster() const { return m_cluster; }
    const QString &name() const { return m_name; }
    ClusterRepository *repository() const { return m_repository; }

    Node *node(const QString &name);
    Node *nodeByInstance(const QString &id);

    // Called after every state change (jobs forward it as a signal).
    std::function<void(const Node &node, const QString &detail)> onStateChanged;
    void setState(Node &node, NodeState state, const QString &detail = {});
    // Writes these nodes in one transaction; a failure is recorded as an event.
    void persist(const QList<Node *> &nodes);
    void saveState(ClusterState state);
    void event(const QString &text,
               const QString &node = {},
               ClusterEvent::Level level = ClusterEvent::Level::Info);

    // The node state a cloud instance state means.
    static NodeState fromCloud(InstanceInfo::State state);
    // Folds one describe answer into its node: addresses, and the state unless the node is
    // further along than the cloud can tell (Reachable, Ready …) while still running. Returns
    // true if anything changed. A just-created instance the cloud does not list yet (eventual
    // consistency) is left Pending for a grace period.
    bool applyCloudInfo(Node &node, const InstanceInfo &info);

    static constexpr int CreationGraceSec = 60;

private:
    QPointer<ClusterRepository> m_repository;
    QString m_name;
    Cluster m_cluster;
};

} // namespace cd
