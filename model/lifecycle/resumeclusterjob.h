#pragma once

#include "model/core/job.h"
#include "model/lifecycle/clusterrecord.h"
#include "model/lifecycle/nodeprober.h"
#include "providers/cloud/cloudprovider.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace cd {

class ClusterRepository;

// Starts a paused cluster's stopped instances again: the nodes become Pending (stored), one
// start call, one describe call per poll round until each instance runs (addresses refreshed
// from the cloud's answer), then one SSH probe round for all of them. The prober should refuse
// unknown host keys (Strict): a node whose address changed and whose key is not recorded for
// the new address ends Unreachable, never silently trusted. A provider that cannot start
// instances fails the job at once with its own message.
class ResumeClusterJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeClusterJob)

public:
    ResumeClusterJob(ClusterRepository *repository,
                     std::shared_ptr<CloudProvider> provider,
                     NodeProber *prober,
                     QString cluster,
                     int pollIntervalMs = 2000,
                     int timeoutSec = 0, // 0: the template's start_timeout
                     QObject *parent = nullptr);
    ~ResumeClusterJob() override;

signals:
    void nodeStateChanged(const QString &node, cd::NodeState state, const QString &detail);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void started(const CloudResult<Done> &result);
    void poll();
    void described(const CloudResult<QList<InstanceInfo>> &result);
    void probe();
    void onAlive(const QString &node, const QString &address);
    void onProbeFailed(const QString &node, const QString &reason, bool hostKeyChanged);
    void conclude(const QString &problem);

    std::shared_ptr<CloudProvider> m_provider;
    QPointer<NodeProber> m_prober;
    QString m_name;
    int m_timeoutSec;
    ClusterRecord m_record;
    QStringList m_resuming; // node names
    QSet<QString> m_probing;
    QTimer m_poll;
    QTimer m_deadline;
    bool m_describing = false;
};

} // namespace cd
