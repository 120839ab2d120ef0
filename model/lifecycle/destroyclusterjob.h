#pragma once

#include "model/core/job.h"
#include "model/domain/cluster.h"
#include "model/lifecycle/instancestatewaiter.h"
#include "providers/cloud/cloudprovider.h"

#include <QPointer>

#include <memory>

namespace cd {

class ClusterRepository;

struct DestroyOptions final
{
    bool wait = true;   // poll until the cloud reports every instance terminated
    bool force = false; // forget the cluster even if some instances could not be terminated
    int pollIntervalMs = 2000;
    int timeoutSec = 600;
    QString knownHostsFile; // removed with the cluster
};

// Terminates every instance of a cluster in one call, waits until the cloud says they are
// gone (instances already gone count as terminated), and then forgets the cluster — its
// history stays in the event log. If anything could not be terminated the record is kept
// (so nothing is orphaned) unless forced.
class DestroyClusterJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestroyClusterJob)

public:
    DestroyClusterJob(ClusterRepository *repository,
                      std::shared_ptr<CloudProvider> provider,
                      QString cluster,
                      DestroyOptions options,
                      QObject *parent = nullptr);
    ~DestroyClusterJob() override;

signals:
    void nodeStateChanged(const QString &node, cd::NodeState state, const QString &detail);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void terminateAll(const QStringList &tagged);
    void terminated(const CloudResult<Done> &result);
    void described(const QList<InstanceInfo> &instances);
    void finishDestroy(const QString &problem);
    void markAll(NodeState from, NodeState to);
    void event(const QString &text, int level = 1);

    QPointer<ClusterRepository> m_repository;
    std::shared_ptr<CloudProvider> m_provider;
    QString m_name;
    DestroyOptions m_options;
    Cluster m_cluster;
    InstanceStateWaiter m_waiter;
};

} // namespace cd
