#include "model/repository/sqlclusterrepository.h"

#include "model/domain/domainjson.h"
#include "model/repository/sqlschema.h"
#include "providers/core/crashpoint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(SqlClusterRepository)
};

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// Runs one statement with positional bindings; the error names the statement's first words.
ClusterRepository::Status run(QSqlQuery &query, const QString &sql, const QVariantList &binds = {})
{
    if (!query.prepare(sql))
        return Tr::tr("Database error preparing “%1”: %2")
            .arg(sql.section(u' ', 0, 2), query.lastError().text());
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return Tr::tr("Database error in “%1”: %2")
            .arg(sql.section(u' ', 0, 2), query.lastError().text());
    return Done{};
}

Node nodeFromRow(const QSqlQuery &q)
{
    Node n;
    n.name = q.value(1).toString();
    n.kind = q.value(2).toString();
    n.index = q.value(3).toInt();
    n.instanceId = q.value(4).toString();
    n.publicIp = q.value(5).toString();
    n.privateIp = q.value(6).toString();
    n.preferredIp = q.value(7).toString();
    n.flavor = q.value(8).toString();
    n.image = q.value(9).toString();
    n.state = States::nodeStateFromString(q.value(10).toString()).value_or(NodeState::Failed);
    n.lastError = q.value(11).toString();
    n.created = fromIso(q.value(12));
    n.stateChanged = fromIso(q.value(13));
    return n;
}

QVariantList nodeBinds(qint64 clusterId, const Node &n)
{
    return {clusterId,
            n.name,
            n.kind,
            n.index,
            n.instanceId,
            n.publicIp,
            n.privateIp,
            n.preferredIp,
            n.flavor,
            n.image,
            States::toString(n.state),
            n.lastError,
            isoTime(n.created),
            isoTime(n.stateChanged)};
}

const QString NodeColumns = u"cluster_id, name, kind, idx, instance_id, public_ip, private_ip, "
                            u"preferred_ip, flavor, image, state, last_error, created, "
                            u"state_changed"_s;

} // namespace

SqlClusterRepository::SqlClusterRepository(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{}

SqlClusterRepository::~SqlClusterRepository()
{
    {
        QSqlDatabase database = db();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SqlClusterRepository::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<SqlClusterRepository>, QString>
SqlClusterRepository::open(const QString &path)
{
    const QString connection = u"clusterdeck-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<SqlClusterRepository> repo(new SqlClusterRepository(path, connection));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!database.open())
            return Tr::tr("Cannot open the database %1: %2").arg(path, database.lastError().text());
        QSqlQuery query(database);
        for (const QString &pragma :
             {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s}) {
            if (Status s = run(query, pragma); !s)
                return s.error();
        }
        if (Status s = run(query, u"PRAGMA journal_mode = WAL"_s); !s)
            return s.error();
        if (!query.next() || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return Tr::tr("The database %1 cannot use write-ahead logging (is it on a network "
                          "file system?).")
                .arg(path);
    }
    if (Status s = repo->migrate(); !s)
        return s.error();
    return repo;
}

int SqlClusterRepository::schemaVersion() const
{
    QSqlQuery query(db());
    if (!run(query, u"SELECT version FROM schema_version"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

ClusterRepository::Status SqlClusterRepository::migrate()
{
    return transaction([this]() -> Status {
        QSqlQuery query(db());
        if (Status s = run(query, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                  u"NOT NULL)"_s);
            !s)
            return s;
        int version = 0;
        if (Status s = run(query, u"SELECT version FROM schema_version"_s); !s)
            return s;
        const bool hasRow = query.next();
        if (hasRow)
            version = query.value(0).toInt();
        if (version > CurrentSchemaVersion)
            return Tr::tr("The database %1 was written by a newer ClusterDeck (schema version "
                          "%2; this version knows up to %3). Update ClusterDeck, or use another "
                          "--data-dir.")
                .arg(m_path)
                .arg(version)
                .arg(CurrentSchemaVersion);
        const QList<QStringList> steps = sqlschema::migrations();
        for (int next = version + 1; next <= CurrentSchemaVersion; ++next) {
            for (const QString &statement : steps.at(next - 1))
                if (Status s = run(query, statement); !s)
                    return Tr::tr("Upgrading the database to schema version %1 failed: %2")
                        .arg(next)
                        .arg(s.error());
        }
        if (version == CurrentSchemaVersion)
            return Done{};
        return run(query,
                   hasRow ? u"UPDATE schema_version SET version = ?"_s
                          : u"INSERT INTO schema_version (version) VALUES (?)"_s,
                   {CurrentSchemaVersion});
    });
}

ClusterRepository::Status SqlClusterRepository::transaction(const std::function<Status()> &work)
{
    QSqlQuery query(db());
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a
    // read lock; the busy timeout makes the second one wait its turn.
    if (Status s = run(query, u"BEGIN IMMEDIATE"_s); !s)
        return s;
    Status result = work();
    if (!result) {
        run(query, u"ROLLBACK"_s).ok();
        return result;
    }
    crashPoint("repository.beforeCommit");
    if (Status s = run(query, u"COMMIT"_s); !s) {
        run(query, u"ROLLBACK"_s).ok();
        return s;
    }
    return result;
}

ClusterRepository::Status SqlClusterRepository::putObjects(const QList<ConfigObject> &objects)
{
    return transaction([&]() -> Status {
        QSqlQuery query(db());
        const QString now = isoTime(QDateTime::currentDateTimeUtc());
        for (const ConfigObject &o : objects) {
            if (o.name.isEmpty())
                return Tr::tr("A %1 without a name cannot be stored.").arg(kindName(o.kind));
            if (Status s = run(query,
                               u"INSERT INTO config_objects (kind, name, data, updated) VALUES "
                               u"(?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET "
                               u"data = excluded.data, updated = excluded.updated"_s,
                               {kindName(o.kind), o.name, toText(o.data), now});
                !s)
                return s;
        }
        return Done{};
    });
}

QList<QJsonObject> SqlClusterRepository::objects(ObjectKind kind) const
{
    QList<QJsonObject> list;
    QSqlQuery query(db());
    if (!run(query, u"SELECT data FROM config_objects WHERE kind = ? ORDER BY name"_s,
             {kindName(kind)}))
        return list;
    while (query.next())
        list << fromText(query.value(0));
    return list;
}

std::optional<QJsonObject> SqlClusterRepository::object(ObjectKind kind, const QString &name) const
{
    QSqlQuery query(db());
    if (!run(query, u"SELECT data FROM config_objects WHERE kind = ? AND name = ?"_s,
             {kindName(kind), name})
        || !query.next())
        return std::nullopt;
    return fromText(query.value(0));
}

ClusterRepository::Status SqlClusterRepository::removeObject(ObjectKind kind, const QString &name)
{
    return transaction([&]() -> Status {
        QSqlQuery query(db());
        if (Status s = run(query, u"DELETE FROM config_objects WHERE kind = ? AND name = ?"_s,
                           {kindName(kind), name});
            !s)
            return s;
        if (query.numRowsAffected() == 0)
            return Tr::tr("There is no %1 named “%2”.").arg(kindName(kind), name);
        return Done{};
    });
}

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
