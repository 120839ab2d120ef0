#pragma once

#include "model/core/job.h"
#include "model/lifecycle/clusterrecord.h"
#include "model/lifecycle/instancestatewaiter.h"
#include "model/lifecycle/nodeprober.h"
#include "providers/cloud/cloudprovider.h"

#include <QMap>
#include <QPointer>
#include <QSet>

#include <memory>

namespace cd {

class ClusterRepository;

// Starts a paused cluster's stopped instances again: the nodes become Pending (stored), one
// start call, one describe call per poll round until each instance runs (addresses refreshed
// from the cloud's answer), then one SSH probe round for all of them. A node that comes back at
// other addresses keeps its trust: the keys recorded for its old addresses in the cluster's
// known_hosts file are recorded for the new ones and the old ones dropped (an event says so).
// The prober should refuse unknown host keys (Strict): a node whose new address answers with
// a key other than its recorded one ends Unreachable, never silently trusted. A provider that
// cannot start instances fails the job at once with its own message.
class ResumeClusterJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeClusterJob)

public:
    ResumeClusterJob(ClusterRepository *repository,
                     std::shared_ptr<CloudProvider> provider,
                     NodeProber *prober,
                     QString cluster,
                     QString knownHostsFile,
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
    QStringList pending() const;
    void described(const QList<InstanceInfo> &instances);
    void refreshKnownHosts(Node &node);
    void probe();
    void onAlive(const QString &node, const QString &address);
    void onProbeFailed(const QString &node, const QString &reason, bool hostKeyChanged);
    void conclude(const QString &problem);

    std::shared_ptr<CloudProvider> m_provider;
    QPointer<NodeProber> m_prober;
    QString m_name;
    int m_timeoutSec;
    ClusterRecord m_record;
    QString m_knownHostsFile;
    QStringList m_resuming;                 // node names
    QMap<QString, QStringList> m_addresses; // node → its addresses before the resume
    QSet<QString> m_probing;
    InstanceStateWaiter m_waiter;
};

} // namespace cd
