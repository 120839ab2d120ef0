#pragma once

#include "model/core/job.h"
#include "model/lifecycle/clusterrecord.h"
#include "model/lifecycle/instancestatewaiter.h"
#include "providers/cloud/cloudprovider.h"

#include <memory>

namespace cd {

class ClusterRepository;

// Stops (does not terminate) every running instance of a cluster: the nodes become Stopping
// (stored), one stop call, then one describe call per poll round until the cloud reports
// each instance stopped (Paused). A provider that cannot stop instances fails the job at once
// with its own message.
class PauseClusterJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseClusterJob)

public:
    PauseClusterJob(ClusterRepository *repository,
                    std::shared_ptr<CloudProvider> provider,
                    QString cluster,
                    int pollIntervalMs = 2000,
                    int timeoutSec = 600,
                    QObject *parent = nullptr);
    ~PauseClusterJob() override;

signals:
    void nodeStateChanged(const QString &node, cd::NodeState state, const QString &detail);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void stopped(const CloudResult<Done> &result);
    QStringList stopping() const;
    void described(const QList<InstanceInfo> &instances);
    void conclude(const QString &problem);

    std::shared_ptr<CloudProvider> m_provider;
    QString m_name;
    int m_timeoutSec;
    ClusterRecord m_record;
    InstanceStateWaiter m_waiter;
};

} // namespace cd
