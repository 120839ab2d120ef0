// StartClusterJob: how a start ends — the verdict per node kind against its minimum, cancel,
// and the clean-up that terminates what was created when the start is not kept.
#include "model/lifecycle/startclusterjob.h"

#include "model/repository/clusterrepository.h"
#include "providers/core/crashpoint.h"

using namespace Qt::StringLiterals;

namespace cd {

void StartClusterJob::conclude()
{
    if (m_concluding)
        return;
    m_concluding = true;
    m_pollTimer.stop();
    m_deadline.stop();
    crashPoint("start.beforeConclude");

    QStringList shortfalls;
    int reachable = 0;
    for (const NodeKindSpec &kind : m_cluster.spec.kinds) {
        int total = 0;
        int up = 0;
        QString firstError; // what the cloud or SSH said about a node of this kind
        for (const Node &n : m_cluster.nodes)
            if (n.kind == kind.name) {
                ++total;
                up += n.state == NodeState::Reachable || n.state == NodeState::Ready
                      || n.state == NodeState::Configuring;
                if (firstError.isEmpty())
                    firstError = n.lastError;
            }
        reachable += up;
        const int needed = qMin(kind.minCount, total);
        if (up < needed) {
            QString shortfall = tr("%1: %2 of %3 nodes reachable, at least %4 needed")
                                    .arg(kind.name)
                                    .arg(up)
                                    .arg(total)
                                    .arg(needed);
            if (!firstError.isEmpty())
                shortfall += u" — "_s + firstError;
            shortfalls << shortfall;
        }
    }
    if (!shortfalls.isEmpty()) {
        const QString why
            = tr("The cluster could not be started (%1).").arg(shortfalls.join(u"; "_s));
        if (m_options.keepOnFailure) {
            m_cluster.state = ClusterState::Failed;
            m_cluster.updated = QDateTime::currentDateTimeUtc();
            m_repository->updateCluster(m_cluster).ok();
            event(why + u' ' + tr("The created nodes were kept, as asked."), {}, 3);
            return failWith(why);
        }
        return cleanUpThen(why, false);
    }
    m_cluster.state
        = reachable == m_cluster.nodes.size() ? ClusterState::Ready : ClusterState::Partial;
    m_cluster.updated = QDateTime::currentDateTimeUtc();
    m_repository->updateCluster(m_cluster).ok();
    event(tr("Started: %1 of %2 nodes reachable.").arg(reachable).arg(m_cluster.nodes.size()));
    succeed();
}

void StartClusterJob::doCancel()
{
    m_pollTimer.stop();
    m_deadline.stop();
    if (m_prober)
        m_prober->cancel();
    m_probing.clear();
    if (m_pendingCreates == 0)
        cleanUpThen(tr("Start cancelled."), true);
    // else: created() calls cleanUpThen once the last create answered (its ids are stored
    // first, so nothing is orphaned).
}

void StartClusterJob::cleanUpThen(const QString &why, bool cancelled)
{
    m_concluding = true;
    m_pollTimer.stop();
    m_deadline.stop();
    const bool keep = cancelled ? m_options.keepOnCancel : m_options.keepOnFailure;
    QStringList ids;
    QList<Node *> changed;
    for (Node &n : m_cluster.nodes) {
        if (!n.instanceId.isEmpty() && n.state != NodeState::Terminated && !keep) {
            ids << n.instanceId;
            setState(n, NodeState::Terminating);
            changed << &n;
        } else if (n.instanceId.isEmpty() && n.state == NodeState::Requested) {
            setState(n, NodeState::Failed, why);
            changed << &n;
        }
    }
    persist(changed);
    const auto finishWith = [this, why, cancelled](const QString &extra) {
        m_cluster.state = ClusterState::Failed;
        m_cluster.updated = QDateTime::currentDateTimeUtc();
        m_repository->updateCluster(m_cluster).ok();
        event(why + extra, {}, cancelled ? 2 : 3);
        if (cancelled)
            return finishCancelled();
        failWith(why + extra);
    };
    if (ids.isEmpty())
        return finishWith(QString());
    event(tr("Terminating the %n instance(s) created.", nullptr, int(ids.size())));
    m_provider->terminateInstances(ids).then(this, [this, finishWith](const CloudResult<Done> &r) {
        if (!r.ok())
            return finishWith(u' '
                              + tr("Terminating the created instances failed (%1); run "
                                   "`clusterdeck-cli stop %2` to retry.")
                                    .arg(r.error().describe(), m_name));
        QList<Node *> done;
        for (Node &n : m_cluster.nodes)
            if (n.state == NodeState::Terminating) {
                setState(n, NodeState::Terminated);
                done << &n;
            }
        persist(done);
        finishWith(u' ' + tr("The instances created were terminated."));
    });
}

QStringList StartClusterJob::reachableNodes() const
{
    QStringList names;
    for (const Node &n : m_cluster.nodes)
        if (n.state == NodeState::Reachable)
            names << n.name;
    return names;
}

QStringList StartClusterJob::failedNodes() const
{
    QStringList names;
    for (const Node &n : m_cluster.nodes)
        if (n.state == NodeState::Failed || n.state == NodeState::Unreachable)
            names << n.name;
    return names;
}

} // namespace cd
