#include "model/repository/sqlclusterrepository.h"

#include "model/repository/sqlrows_p.h"
#include "model/repository/sqlschema.h"
#include "providers/core/crashpoint.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace cd {

using namespace sqlrows;

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

} // namespace cd
