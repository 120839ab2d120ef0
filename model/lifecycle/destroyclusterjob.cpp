#include "model/lifecycle/destroyclusterjob.h"

#include "model/repository/clusterrepository.h"
#include "providers/core/crashpoint.h"

#include <QFile>

namespace cd {

DestroyClusterJob::DestroyClusterJob(ClusterRepository *repository,
                                     std::shared_ptr<CloudProvider> provider,
                                     QString cluster,
                                     DestroyOptions options,
                                     QObject *parent)
    : Job(parent)
    , m_repository(repository)
    , m_provider(std::move(provider))
    , m_name(std::move(cluster))
    , m_options(std::move(options))
    , m_waiter(m_provider, m_options.pollIntervalMs)
{
    connect(&m_waiter, &InstanceStateWaiter::answered, this, &DestroyClusterJob::described);
    connect(&m_waiter, &InstanceStateWaiter::settled, this, [this] { finishDestroy(QString()); });
    connect(&m_waiter, &InstanceStateWaiter::timedOut, this, [this] {
        finishDestroy(tr("The cloud did not report every instance terminated within %1 s.")
                          .arg(m_options.timeoutSec));
    });
}

DestroyClusterJob::~DestroyClusterJob() = default;

void DestroyClusterJob::event(const QString &text, int level)
{
    if (!m_repository)
        return;
    ClusterEvent e;
    e.cluster = m_name;
    e.level = ClusterEvent::Level(level);
    e.text = text;
    m_repository->appendEvent(e).ok();
}

void DestroyClusterJob::markAll(NodeState from, NodeState to)
{
    QList<Node> changed;
    for (Node &n : m_cluster.nodes)
        if (n.state == from
            || (from == NodeState::Planned && States::mayHaveInstance(n.state)
                && !n.instanceId.isEmpty())) {
            n.state = to;
            n.stateChanged = QDateTime::currentDateTimeUtc();
            changed << n;
            emit nodeStateChanged(n.name, to, {});
        }
    if (!changed.isEmpty() && m_repository)
        m_repository->saveNodes(m_name, changed).ok();
}

void DestroyClusterJob::doStart()
{
    const auto stored = m_repository ? m_repository->cluster(m_name) : std::nullopt;
    if (!stored)
        return failWith(tr("There is no cluster named “%1”.").arg(m_name));
    m_cluster = *stored;
    m_cluster.state = ClusterState::Destroying;
    m_cluster.updated = QDateTime::currentDateTimeUtc();
    if (auto s = m_repository->updateCluster(m_cluster); !s)
        return failWith(s.error());
    if (!m_provider)
        return finishDestroy(tr("No cloud provider to terminate the instances."));
    // Instances the cloud tagged with this cluster count too: a crash between a create call
    // and storing its answer must not leave a VM behind.
    if (m_provider->supports(CloudProvider::Operation::FindByTag)) {
        m_provider->findInstancesByTag(m_name).then(
            this, [this](const CloudResult<QList<InstanceInfo>> &tagged) {
                QStringList ids;
                if (tagged.ok())
                    for (const InstanceInfo &info : tagged.value())
                        if (info.state != InstanceInfo::State::Terminated)
                            ids << info.id;
                terminateAll(ids);
            });
        return;
    }
    terminateAll({});
}

void DestroyClusterJob::terminateAll(const QStringList &tagged)
{
    QStringList ids;
    for (const Node &n : m_cluster.nodes)
        if (!n.instanceId.isEmpty() && n.state != NodeState::Terminated)
            ids << n.instanceId;
    QStringList unknown;
    for (const QString &id : tagged)
        if (!ids.contains(id))
            unknown << id;
    if (!unknown.isEmpty()) {
        event(tr("Also terminating %n instance(s) tagged with this cluster but not recorded "
                 "(left by an interrupted start): %1",
                 nullptr, int(unknown.size()))
                  .arg(unknown.join(QStringLiteral(", "))),
              2);
        ids << unknown;
    }
    // Planned or Failed nodes that never got an instance have nothing to terminate.
    if (ids.isEmpty())
        return finishDestroy(QString());
    markAll(NodeState::Planned, NodeState::Terminating); // every node with an instance
    event(tr("Terminating %n instance(s).", nullptr, int(ids.size())));
    crashPoint("destroy.beforeTerminate");
    m_waiter.armDeadline(m_options.timeoutSec);
    m_provider->terminateInstances(ids).then(
        this, [this](const CloudResult<Done> &result) { terminated(result); });
}
void DestroyClusterJob::terminated(const CloudResult<Done> &result)
{
    crashPoint("destroy.afterTerminate");
    if (isFinished())
        return; // cancelled meanwhile: the terminate stands, the next destroy finishes it
    if (!result.ok())
        return finishDestroy(result.error().describe());
    if (!m_options.wait) {
        markAll(NodeState::Terminating, NodeState::Terminated);
        return finishDestroy(QString());
    }
    m_waiter.wait([this] {
        QStringList ids;
        for (const Node &n : std::as_const(m_cluster.nodes))
            if (n.state == NodeState::Terminating)
                ids << n.instanceId;
        return ids;
    });
}

void DestroyClusterJob::described(const QList<InstanceInfo> &instances)
{
    QList<Node> changed;
    for (const InstanceInfo &info : instances)
        for (Node &n : m_cluster.nodes)
            if (n.instanceId == info.id && n.state == NodeState::Terminating
                && info.state == InstanceInfo::State::Terminated) {
                n.state = NodeState::Terminated;
                n.stateChanged = QDateTime::currentDateTimeUtc();
                changed << n;
                emit nodeStateChanged(n.name, n.state, {});
            }
    if (!changed.isEmpty())
        m_repository->saveNodes(m_name, changed).ok();
}

void DestroyClusterJob::finishDestroy(const QString &problem)
{
    if (isFinished())
        return;
    m_waiter.stop();
    if (!problem.isEmpty() && !m_options.force) {
        m_cluster.state = ClusterState::Failed;
        m_cluster.updated = QDateTime::currentDateTimeUtc();
        m_repository->updateCluster(m_cluster).ok();
        const QString text = tr("Destroying failed, the cluster is kept so nothing is lost: %1 "
                                "Run destroy again, or force it to forget the cluster.")
                                 .arg(problem);
        event(text, 3);
        return failWith(text);
    }
    if (!problem.isEmpty())
        event(tr("Forced: forgetting the cluster although %1").arg(problem), 2);
    if (auto removed = m_repository->removeCluster(m_name); !removed)
        return failWith(removed.error());
    if (!m_options.knownHostsFile.isEmpty())
        QFile::remove(m_options.knownHostsFile);
    event(tr("Cluster destroyed."));
    succeed();
}

void DestroyClusterJob::doCancel()
{
    // Terminate calls already made cannot be taken back; what is known stays recorded.
    m_waiter.stop();
    m_cluster.state = ClusterState::Failed;
    m_repository->updateCluster(m_cluster).ok();
    event(tr("Destroy cancelled; run it again to finish."), 2);
    finishCancelled();
}

} // namespace cd
