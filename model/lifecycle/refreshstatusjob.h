#pragma once

#include "model/core/job.h"
#include "model/domain/cluster.h"
#include "model/lifecycle/clusterrecord.h"
#include "model/lifecycle/nodeprober.h"
#include "providers/cloud/cloudprovider.h"

#include <QPointer>
#include <QSet>

#include <memory>

namespace cd {

class ClusterRepository;

// Brings a stored cluster's node states up to date (ElastiCluster's `list-nodes -u`): one
// describe call for every node that has an instance, then one SSH probe round for every node
// the cloud reports running. A running node that answers is (or stays) Reachable — Ready and
// Configuring are kept; one that does not is Unreachable with the reason. A node whose host
// key changed is never trusted: Unreachable, the reason says so, and an Error event is logged.
// Every change is stored before it is announced.
class RefreshStatusJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshStatusJob)

public:
    // `probeTimeoutSec` 0: the template's ssh_probe_timeout. The prober should refuse unknown
    // host keys (HostKeyPolicy::Strict): the nodes are known already.
    RefreshStatusJob(ClusterRepository *repository,
                     std::shared_ptr<CloudProvider> provider,
                     NodeProber *prober,
                     QString cluster,
                     int probeTimeoutSec = 0,
                     QObject *parent = nullptr);
    ~RefreshStatusJob() override;

    // Probes the nodes ClusterDeck never reached (no address SSH worked on, so no recorded
    // key: an adopted node, or one a start gave up on) with `prober`, which should trust on
    // first use as a start does. Without it they go to the strict prober too. Before start().
    void setFirstUseProber(NodeProber *prober);

    QString clusterName() const { return m_name; }

signals:
    void nodeStateChanged(const QString &node, cd::NodeState state, const QString &detail);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void described(const CloudResult<QList<InstanceInfo>> &result);
    void probeRunning();
    void onAlive(const QString &node, const QString &address);
    void onProbeFailed(const QString &node, const QString &reason, bool hostKeyChanged);
    void conclude();

    Node *node(const QString &name) { return m_record.node(name); }
    void setState(Node &node, NodeState state, const QString &detail = {})
    {
        m_record.setState(node, state, detail);
    }
    void persist(const QList<Node *> &nodes) { m_record.persist(nodes); }
    void event(const QString &text, const QString &node = {}, int level = 1)
    {
        m_record.event(text, node, ClusterEvent::Level(level));
    }

    QPointer<ClusterRepository> m_repository;
    std::shared_ptr<CloudProvider> m_provider;
    QPointer<NodeProber> m_prober;
    QPointer<NodeProber> m_firstUseProber;
    QString m_name;
    int m_probeTimeoutSec = 0;
    ClusterRecord m_record;
    Cluster &m_cluster; // m_record's working copy
    QSet<QString> m_probing;
    bool m_concluded = false;
};

} // namespace cd
