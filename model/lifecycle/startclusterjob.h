#pragma once

#include "model/core/job.h"
#include "model/domain/cluster.h"
#include "model/lifecycle/clusterrecord.h"
#include "model/lifecycle/nodeprober.h"
#include "providers/cloud/cloudprovider.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace cd {

class ClusterRepository;

struct StartOptions final
{
    int pollIntervalMs = 2000;        // one describe call per round, for all nodes
    int startTimeoutSec = 0;          // 0: the template's start_timeout
    int probeTimeoutSec = 0;          // 0: the template's ssh_probe_timeout
    bool keepOnFailure = false;       // min counts not met: keep what was created (else terminate)
    bool keepOnCancel = false;        // cancelled: keep what was created (else terminate)
    QString keyName;                  // the cloud key pair for new instances
    QByteArray publicKey;             // imported as keyName first, where the cloud has key pairs
    QString loginUser;                // the login's image_user (GCE puts it in ssh-keys metadata)
    QStringList securityGroups;       // ids, when the caller ensured a group
    bool clusterSecurityGroup = true; // ensure clusterdeck-<cluster> where the cloud has groups
    bool runSetup = false;            // the controller configures the nodes afterwards
};

// Brings a stored cluster's nodes to life: one create call per node kind, instance ids stored
// the moment the cloud answers, one describe call per poll round for all nodes, SSH probes for
// every running node at once. Every state change is written before the step it announces.
// Honours each kind's minimum: fewer reachable than the minimum fails the start and (unless
// kept) terminates what was created; fewer than all but at least the minimum succeeds with the
// rest marked Failed/Unreachable. Nodes already running or reachable are left alone, so a
// start can be re-run after a crash or a partial failure.
class StartClusterJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartClusterJob)

public:
    StartClusterJob(ClusterRepository *repository,
                    std::shared_ptr<CloudProvider> provider,
                    NodeProber *prober,
                    QString cluster,
                    StartOptions options,
                    QObject *parent = nullptr);
    ~StartClusterJob() override;

    QString clusterName() const { return m_name; }
    // Node names per outcome, valid once finished.
    QStringList reachableNodes() const;
    QStringList failedNodes() const;

signals:
    void nodeStateChanged(const QString &node, cd::NodeState state, const QString &detail);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void prepare();
    void requestAll();
    void requestKind(const QString &kind, const QList<Node> &nodes);
    void created(const QString &kind,
                 const QStringList &requested,
                 const CloudResult<QList<InstanceInfo>> &result);
    void poll();
    void described(const CloudResult<QList<InstanceInfo>> &result);
    void onAlive(const QString &node, const QString &address);
    void onProbeFailed(const QString &node, const QString &reason, bool hostKeyChanged);
    void deadlineReached();
    void maybeFinish();
    void conclude();
    void cleanUpThen(const QString &why, bool cancelled);

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
    bool settled(const Node &node) const;

    QPointer<ClusterRepository> m_repository;
    std::shared_ptr<CloudProvider> m_provider;
    QPointer<NodeProber> m_prober;
    QString m_name;
    StartOptions m_options;
    ClusterRecord m_record;
    Cluster &m_cluster; // m_record's working copy
    QTimer m_pollTimer;
    QTimer m_deadline;
    int m_pendingCreates = 0;
    bool m_describing = false;
    bool m_concluding = false;
    QSet<QString> m_probing;
};

} // namespace cd
