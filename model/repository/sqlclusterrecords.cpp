// SqlClusterRepository: clusters, their nodes and the event log (open, migrations and
// configuration objects are in sqlclusterrepository.cpp).
#include "model/repository/sqlclusterrepository.h"

#include "model/domain/domainjson.h"
#include "model/repository/sqlrows_p.h"
#include "providers/core/crashpoint.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

using namespace sqlrows;

ClusterRepository::Status SqlClusterRepository::addCluster(const Cluster &cluster)
{
    Status status = transaction([&]() -> Status {
        QSqlQuery query(db());
        if (Status s = run(query, u"SELECT 1 FROM clusters WHERE name = ?"_s, {cluster.name}); !s)
            return s;
        if (query.next())
            return Tr::tr("A cluster named “%1” already exists.").arg(cluster.name);
        if (Status s
            = run(query,
                  u"INSERT INTO clusters (name, template, spec, cloud, login, setup, "
                  u"state, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {cluster.name, cluster.templateName, toText(json::toJson(cluster.spec)),
                   cluster.cloud, cluster.login, cluster.setup, States::toString(cluster.state),
                   isoTime(cluster.created), isoTime(cluster.updated)});
            !s)
            return s;
        const qint64 id = query.lastInsertId().toLongLong();
        for (qsizetype i = 0; i < cluster.nodes.size(); ++i) {
            if (i == cluster.nodes.size() / 2)
                crashPoint("repository.addCluster.midNodes");
            const Node &node = cluster.nodes.at(i);
            if (Status s = run(query,
                               u"INSERT INTO nodes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               u"?, ?, ?)"_s.arg(NodeColumns),
                               nodeBinds(id, node));
                !s)
                return s;
        }
        return Done{};
    });
    if (status)
        emit clusterAdded(cluster.name);
    return status;
}

ClusterRepository::Status SqlClusterRepository::updateCluster(const Cluster &cluster)
{
    Status status = transaction([&]() -> Status {
        QSqlQuery query(db());
        if (Status s = run(query,
                           u"UPDATE clusters SET state = ?, updated = ?, cloud = ?, login = ?, "
                           u"setup = ? WHERE name = ?"_s,
                           {States::toString(cluster.state), isoTime(cluster.updated),
                            cluster.cloud, cluster.login, cluster.setup, cluster.name});
            !s)
            return s;
        if (query.numRowsAffected() == 0)
            return Tr::tr("There is no cluster named “%1”.").arg(cluster.name);
        return Done{};
    });
    if (status)
        emit clusterChanged(cluster.name);
    return status;
}

ClusterRepository::Status SqlClusterRepository::removeCluster(const QString &name)
{
    Status status = transaction([&]() -> Status {
        QSqlQuery query(db());
        if (Status s = run(query, u"DELETE FROM clusters WHERE name = ?"_s, {name}); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return Tr::tr("There is no cluster named “%1”.").arg(name);
        return Done{};
    });
    if (status)
        emit clusterRemoved(name);
    return status;
}

QList<Cluster> SqlClusterRepository::loadClusters(const QString &name) const
{
    QList<Cluster> list;
    QHash<qint64, qsizetype> byId;
    QSqlQuery query(db());
    const QString where = name.isNull() ? QString() : u" WHERE name = ?"_s;
    const QVariantList binds = name.isNull() ? QVariantList() : QVariantList{name};
    if (!run(query,
             u"SELECT id, name, template, spec, cloud, login, setup, state, created, updated "
             u"FROM clusters"_s
                 + where + u" ORDER BY name"_s,
             binds))
        return list;
    while (query.next()) {
        Cluster c;
        c.name = query.value(1).toString();
        c.templateName = query.value(2).toString();
        c.spec = json::templateFromJson(fromText(query.value(3)));
        c.cloud = query.value(4).toString();
        c.login = query.value(5).toString();
        c.setup = query.value(6).toString();
        c.state = States::clusterStateFromString(query.value(7).toString())
                      .value_or(ClusterState::Failed);
        c.created = fromIso(query.value(8));
        c.updated = fromIso(query.value(9));
        byId.insert(query.value(0).toLongLong(), list.size());
        list << c;
    }
    if (list.isEmpty())
        return list;
    const QString nodeWhere
        = name.isNull() ? QString()
                        : u" WHERE cluster_id = (SELECT id FROM clusters WHERE name = ?)"_s;
    if (!run(query,
             u"SELECT %1 FROM nodes"_s.arg(NodeColumns) + nodeWhere + u" ORDER BY kind, idx"_s,
             binds))
        return list;
    while (query.next()) {
        const auto it = byId.constFind(query.value(0).toLongLong());
        if (it != byId.cend())
            list[*it].nodes << nodeFromRow(query);
    }
    return list;
}

QList<Cluster> SqlClusterRepository::clusters() const
{
    return loadClusters(QString());
}

std::optional<Cluster> SqlClusterRepository::cluster(const QString &name) const
{
    const QList<Cluster> found = loadClusters(name.isNull() ? u""_s : name);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QStringList SqlClusterRepository::clusterNames() const
{
    QStringList names;
    QSqlQuery query(db());
    if (run(query, u"SELECT name FROM clusters ORDER BY name"_s))
        while (query.next())
            names << query.value(0).toString();
    return names;
}

ClusterRepository::Status SqlClusterRepository::saveNodes(const QString &cluster,
                                                          const QList<Node> &nodes)
{
    Status status = transaction([&]() -> Status {
        QSqlQuery query(db());
        if (Status s = run(query, u"SELECT id FROM clusters WHERE name = ?"_s, {cluster}); !s)
            return s;
        if (!query.next())
            return Tr::tr("There is no cluster named “%1”.").arg(cluster);
        const qint64 id = query.value(0).toLongLong();
        for (const Node &node : nodes) {
            if (Status s = run(query,
                               u"INSERT INTO nodes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               u"?, ?, ?) ON CONFLICT (cluster_id, name) DO UPDATE SET "
                               u"kind = excluded.kind, idx = excluded.idx, "
                               u"instance_id = excluded.instance_id, "
                               u"public_ip = excluded.public_ip, private_ip = excluded.private_ip, "
                               u"preferred_ip = excluded.preferred_ip, flavor = excluded.flavor, "
                               u"image = excluded.image, state = excluded.state, "
                               u"last_error = excluded.last_error, created = excluded.created, "
                               u"state_changed = excluded.state_changed"_s.arg(NodeColumns),
                               nodeBinds(id, node));
                !s)
                return s;
        }
        return Done{};
    });
    if (status) {
        QStringList names;
        for (const Node &node : nodes)
            names << node.name;
        emit nodesChanged(cluster, names);
    }
    return status;
}

ClusterRepository::Status SqlClusterRepository::removeNodes(const QString &cluster,
                                                            const QStringList &names)
{
    Status status = transaction([&]() -> Status {
        QSqlQuery query(db());
        for (const QString &name : names)
            if (Status s = run(query,
                               u"DELETE FROM nodes WHERE name = ? AND cluster_id = (SELECT id "
                               u"FROM clusters WHERE name = ?)"_s,
                               {name, cluster});
                !s)
                return s;
        return Done{};
    });
    if (status)
        emit nodesRemoved(cluster, names);
    return status;
}

ClusterRepository::Status SqlClusterRepository::appendEvents(QList<ClusterEvent> events)
{
    Status status = transaction([&]() -> Status {
        QSqlQuery query(db());
        for (ClusterEvent &e : events) {
            if (!e.time.isValid())
                e.time = QDateTime::currentDateTimeUtc();
            if (Status s = run(
                    query,
                    u"INSERT INTO events (time, cluster, node, level, text) VALUES "
                    u"(?, ?, ?, ?, ?)"_s,
                    {isoTime(e.time), e.cluster, e.node, ClusterEvent::levelName(e.level), e.text});
                !s)
                return s;
            e.id = query.lastInsertId().toLongLong();
        }
        return Done{};
    });
    if (status)
        emit eventsAppended(events);
    return status;
}

QList<ClusterEvent> SqlClusterRepository::events(const QString &cluster, int limit) const
{
    QList<ClusterEvent> list;
    QSqlQuery query(db());
    const bool all = cluster.isEmpty();
    const QString sql = u"SELECT id, time, cluster, node, level, text FROM events"_s
                        + (all ? QString() : u" WHERE cluster = ?"_s)
                        + u" ORDER BY id DESC LIMIT ?"_s;
    QVariantList binds;
    if (!all)
        binds << cluster;
    binds << limit;
    if (!run(query, sql, binds))
        return list;
    while (query.next()) {
        ClusterEvent e;
        e.id = query.value(0).toLongLong();
        e.time = fromIso(query.value(1));
        e.cluster = query.value(2).toString();
        e.node = query.value(3).toString();
        e.level = ClusterEvent::levelFromName(query.value(4).toString())
                      .value_or(ClusterEvent::Level::Info);
        e.text = query.value(5).toString();
        list << e;
    }
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace cd
