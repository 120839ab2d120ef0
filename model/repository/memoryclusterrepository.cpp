#include "model/repository/memoryclusterrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(MemoryClusterRepository)
};

QString noSuchCluster(const QString &name)
{
    return Tr::tr("There is no cluster named “%1”.").arg(name);
}

} // namespace

MemoryClusterRepository::MemoryClusterRepository(QObject *parent)
    : ClusterRepository(parent)
{}

MemoryClusterRepository::~MemoryClusterRepository() = default;

ClusterRepository::Status MemoryClusterRepository::putObjects(const QList<ConfigObject> &objects)
{
    for (const ConfigObject &o : objects)
        if (o.name.isEmpty())
            return Tr::tr("A %1 without a name cannot be stored.").arg(kindName(o.kind));
    for (const ConfigObject &o : objects)
        m_objects[o.kind].insert(o.name, o.data);
    return Done{};
}

QList<QJsonObject> MemoryClusterRepository::objects(ObjectKind kind) const
{
    return m_objects.value(kind).values();
}

std::optional<QJsonObject> MemoryClusterRepository::object(ObjectKind kind,
                                                           const QString &name) const
{
    const auto &map = m_objects[kind];
    const auto it = map.constFind(name);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

ClusterRepository::Status MemoryClusterRepository::removeObject(ObjectKind kind,
                                                                const QString &name)
{
    if (m_objects[kind].remove(name) == 0)
        return Tr::tr("There is no %1 named “%2”.").arg(kindName(kind), name);
    return Done{};
}

ClusterRepository::Status MemoryClusterRepository::addCluster(const Cluster &cluster)
{
    if (m_clusters.contains(cluster.name))
        return Tr::tr("A cluster named “%1” already exists.").arg(cluster.name);
    Cluster stored = cluster;
    std::sort(stored.nodes.begin(), stored.nodes.end(), [](const Node &a, const Node &b) {
        return std::tie(a.kind, a.index) < std::tie(b.kind, b.index);
    });
    m_clusters.insert(cluster.name, stored);
    emit clusterAdded(cluster.name);
    return Done{};
}

ClusterRepository::Status MemoryClusterRepository::updateCluster(const Cluster &cluster)
{
    auto it = m_clusters.find(cluster.name);
    if (it == m_clusters.end())
        return noSuchCluster(cluster.name);
    it->state = cluster.state;
    it->updated = cluster.updated;
    it->cloud = cluster.cloud;
    it->login = cluster.login;
    it->setup = cluster.setup;
    emit clusterChanged(cluster.name);
    return Done{};
}

ClusterRepository::Status MemoryClusterRepository::removeCluster(const QString &name)
{
    if (m_clusters.remove(name) == 0)
        return noSuchCluster(name);
    emit clusterRemoved(name);
    return Done{};
}

QList<Cluster> MemoryClusterRepository::clusters() const
{
    return m_clusters.values();
}

std::optional<Cluster> MemoryClusterRepository::cluster(const QString &name) const
{
    const auto it = m_clusters.constFind(name);
    if (it == m_clusters.cend())
        return std::nullopt;
    return *it;
}

QStringList MemoryClusterRepository::clusterNames() const
{
    return m_clusters.keys();
}

ClusterRepository::Status MemoryClusterRepository::saveNodes(const QString &cluster,
                                                             const QList<Node> &nodes)
{
    auto it = m_clusters.find(cluster);
    if (it == m_clusters.end())
        return noSuchCluster(cluster);
    QStringList names;
    for (const Node &node : nodes) {
        auto existing = std::find_if(it->nodes.begin(), it->nodes.end(),
                                     [&](const Node &n) { return n.name == node.name; });
        if (existing != it->nodes.end())
            *existing = node;
        else
            it->nodes << node;
        names << node.name;
    }
    std::sort(it->nodes.begin(), it->nodes.end(), [](const Node &a, const Node &b) {
        return std::tie(a.kind, a.index) < std::tie(b.kind, b.index);
    });
    emit nodesChanged(cluster, names);
    return Done{};
}

ClusterRepository::Status MemoryClusterRepository::removeNodes(const QString &cluster,
                                                               const QStringList &names)
{
    auto it = m_clusters.find(cluster);
    if (it == m_clusters.end())
        return noSuchCluster(cluster);
    it->nodes.removeIf([&](const Node &n) { return names.contains(n.name); });
    emit nodesRemoved(cluster, names);
    return Done{};
}

ClusterRepository::Status MemoryClusterRepository::appendEvents(QList<ClusterEvent> events)
{
    for (ClusterEvent &e : events) {
        if (!e.time.isValid())
            e.time = QDateTime::currentDateTimeUtc();
        e.id = m_nextEventId++;
        m_events << e;
    }
    emit eventsAppended(events);
    return Done{};
}

QList<ClusterEvent> MemoryClusterRepository::events(const QString &cluster, int limit) const
{
    QList<ClusterEvent> list;
    for (auto it = m_events.crbegin(); it != m_events.crend() && list.size() < limit; ++it)
        if (cluster.isEmpty() || it->cluster == cluster)
            list.prepend(*it);
    return list;
}

} // namespace cd
