#include "model/lifecycle/resizeclusterjob.h"

#include "model/lifecycle/clusterplan.h"
#include "model/lifecycle/nodeknownhosts.h"
#include "model/repository/clusterrepository.h"

using namespace Qt::StringLiterals;

namespace cd {

ResizeClusterJob::ResizeClusterJob(ClusterRepository *repository,
                                   std::shared_ptr<CloudProvider> provider,
                                   QString cluster,
                                   QMap<QString, int> add,
                                   QStringList remove,
                                   QString knownHostsFile,
                                   StartMaker makeStart,
                                   QObject *parent)
    : Job(parent)
    , m_repository(repository)
    , m_provider(std::move(provider))
    , m_name(std::move(cluster))
    , m_add(std::move(add))
    , m_remove(std::move(remove))
    , m_knownHostsFile(std::move(knownHostsFile))
    , m_makeStart(std::move(makeStart))
    , m_record(repository, m_name)
{
    m_record.onStateChanged = [this](const Node &node, const QString &detail) {
        emit nodeStateChanged(node.name, node.state, detail);
    };
}

ResizeClusterJob::~ResizeClusterJob() = default;

void ResizeClusterJob::doStart()
{
    if (!m_record.load())
        return failWith(tr("There is no cluster named “%1”.").arg(m_name));
    if (!m_provider)
        return failWith(tr("No cloud provider for cluster “%1”.").arg(m_name));
    removeNodes();
}

void ResizeClusterJob::removeNodes()
{
    QList<Node *> leaving;
    QStringList ids;
    for (const QString &name : std::as_const(m_remove))
        if (Node *n = m_record.node(name)) {
            leaving << n;
            if (!n->instanceId.isEmpty() && n->state != NodeState::Terminated)
                ids << n->instanceId;
        }
    if (leaving.isEmpty())
        return addNodes();
    if (ids.isEmpty()) { // nothing runs for them: just forget them
        forget(leaving);
        return addNodes();
    }
    for (Node *n : std::as_const(leaving))
        if (!n->instanceId.isEmpty() && n->state != NodeState::Terminated)
            m_record.setState(*n, NodeState::Terminating);
    m_record.persist(leaving);
    m_record.event(tr("Resize: terminating %n node(s): %1", nullptr, int(leaving.size()))
                       .arg(m_remove.join(u", "_s)));
    emit progress(0, 0, tr("Terminating %n node(s).", nullptr, int(ids.size())));
    m_provider->terminateInstances(ids).then(
        this, [this](const CloudResult<Done> &result) { terminated(result); });
}

void ResizeClusterJob::terminated(const CloudResult<Done> &result)
{
    QList<Node *> leaving;
    for (const QString &name : std::as_const(m_remove))
        if (Node *n = m_record.node(name))
            leaving << n;
    if (!result.ok()) {
        const QString why = tr("Terminating the removed nodes failed: %1; they are kept as "
                               "Terminating, run the resize again.")
                                .arg(result.error().describe());
        m_record.event(why, {}, ClusterEvent::Level::Error);
        return failWith(why);
    }
    for (Node *n : std::as_const(leaving))
        m_record.setState(*n, NodeState::Terminated);
    m_record.persist(leaving);
    forget(leaving);
    if (isCancelRequested())
        return finishCancelled();
    addNodes();
}

void ResizeClusterJob::forget(const QList<Node *> &nodes)
{
    QStringList names;
    for (const Node *n : nodes) {
        names << n->name;
        NodeKnownHosts::forget(m_knownHostsFile, *n);
    }
    if (auto removed = m_repository->removeNodes(m_name, names); !removed)
        m_record.event(tr("Could not forget the removed nodes: %1").arg(removed.error()), {},
                       ClusterEvent::Level::Error);
    else
        m_record.event(tr("Resize: removed %1.").arg(names.join(u", "_s)));
    m_record.cluster().nodes.removeIf([&names](const Node &n) { return names.contains(n.name); });
}

void ResizeClusterJob::addNodes()
{
    Cluster &cluster = m_record.cluster();
    QList<Node> added;
    for (auto it = m_add.cbegin(); it != m_add.cend(); ++it)
        added << ClusterPlan::addNodes(cluster, it.key(), it.value());
    if (added.isEmpty()) {
        bool allUp = true;
        for (const Node &n : std::as_const(cluster.nodes))
            allUp = allUp
                    && (n.state == NodeState::Reachable || n.state == NodeState::Ready
                        || n.state == NodeState::Configuring);
        m_record.saveState(allUp ? ClusterState::Ready : ClusterState::Partial);
        return succeed();
    }
    if (auto saved = m_repository->saveNodes(m_name, added); !saved)
        return failWith(tr("Could not store the new nodes: %1").arg(saved.error()));
    QStringList names;
    for (const Node &n : std::as_const(added)) {
        names << n.name;
        emit nodeStateChanged(n.name, n.state, {});
    }
    m_record.event(tr("Resize: adding %1.").arg(names.join(u", "_s)));
    if (isCancelRequested())
        return finishCancelled();
    m_start = m_makeStart ? m_makeStart(this) : nullptr;
    if (!m_start)
        return failWith(tr("Internal error: nothing to start the new nodes with."));
    connect(m_start, &Job::progress, this, &Job::progress);
    connect(m_start, &Job::finished, this, [this](Outcome outcome) {
        if (outcome == Outcome::Succeeded)
            return succeed();
        if (outcome == Outcome::Cancelled)
            return finishCancelled();
        failWith(m_start->errorString());
    });
    m_start->start();
}

void ResizeClusterJob::doCancel()
{
    if (m_start)
        m_start->cancel();
    // Otherwise the next step sees isCancelRequested(): a terminate call cannot be taken back.
}

} // namespace cd
