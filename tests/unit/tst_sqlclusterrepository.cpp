// SQLite specifics: schema migration, refusing newer schemas, crash safety, two processes.
#include "model/repository/sqlclusterrepository.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

// Looks at a database file with plain SQL, as a user with sqlite3 would.
struct RawDb
{
    explicit RawDb(const QString &path)
        : name(u"raw-"_s + path)
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() { QSqlDatabase::removeDatabase(name); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql);
    }
    QString name;
};

QString writerPath()
{
    return QCoreApplication::applicationDirPath() + u"/tst_repowriter"_s;
}

} // namespace

class TestSqlClusterRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshDatabaseIsCurrentAndWal();
    void migratesFromVersion1();
    void refusesNewerSchema();
    void refusesGarbageFile();
    void crashMidTransactionLeavesNoPartialRows();
    void killAtRandomMomentsStaysConsistent();
    void twoProcessesWriteTheSameFile();

private:
    QString dbPath() const { return m_tmp->filePath(u"clusterdeck.sqlite"_s); }
    void checkConsistent(int nodesPerCluster, int *clusters = nullptr);
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestSqlClusterRepository::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestSqlClusterRepository::freshDatabaseIsCurrentAndWal()
{
    {
        auto repo = SqlClusterRepository::open(dbPath());
        QVERIFY2(repo.ok(), qPrintable(repo.ok() ? QString() : repo.error()));
        QCOMPARE(repo.value()->schemaVersion(), SqlClusterRepository::CurrentSchemaVersion);
    }
    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.scalar(u"SELECT version FROM schema_version"_s).toInt(),
             SqlClusterRepository::CurrentSchemaVersion);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM schema_version"_s).toInt(), 1);
}

void TestSqlClusterRepository::migratesFromVersion1()
{
    {
        RawDb raw(dbPath());
        QFile fixture(cd::test::sourceDir() + u"/tests/unit/data/schema-v1.sql"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(fixture.readAll());
        for (QString statement : script.split(u";\n"_s)) {
            QStringList lines = statement.split(u'\n');
            lines.removeIf([](const QString &l) { return l.startsWith(u"--"_s); });
            statement = lines.join(u'\n').trimmed();
            if (!statement.isEmpty())
                QVERIFY2(raw.exec(statement), qPrintable(statement));
        }
    }
    auto repo = SqlClusterRepository::open(dbPath());
    QVERIFY2(repo.ok(), qPrintable(repo.ok() ? QString() : repo.error()));
    QCOMPARE(repo.value()->schemaVersion(), SqlClusterRepository::CurrentSchemaVersion);

    const auto cluster = repo.value()->cluster(u"research"_s);
    QVERIFY(cluster);
    QCOMPARE(cluster->state, ClusterState::Ready);
    QCOMPARE(cluster->nodes.size(), 2);
    QCOMPARE(cluster->node(u"frontend001"_s)->instanceId, u"i-0123456789abcdef0"_s);
    QCOMPARE(cluster->node(u"compute001"_s)->privateIp, u"203.0.113.8"_s);
    QVERIFY(cluster->node(u"compute001"_s)->image.isEmpty()); // the column version 2 added
    QCOMPARE(cluster->spec.kinds.size(), 2);
    QCOMPARE(repo.value()->account(u"hobbes"_s)->secretRefs.value(u"ec2_secret_key"_s),
             u"account/hobbes/ec2_secret_key"_s);
    QCOMPARE(repo.value()->events(u"research"_s, 10).size(), 2);

    // And the new column is writable.
    Node n = *cluster->node(u"compute001"_s);
    n.image = u"ami-1"_s;
    QVERIFY(repo.value()->saveNode(u"research"_s, n).ok());
    QCOMPARE(repo.value()->cluster(u"research"_s)->node(u"compute001"_s)->image, u"ami-1"_s);
}

void TestSqlClusterRepository::refusesNewerSchema()
{
    {
        auto repo = SqlClusterRepository::open(dbPath());
        QVERIFY(repo.ok());
    }
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"UPDATE schema_version SET version = 99"_s));
    }
    const QByteArray before = [&] {
        QFile f(dbPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto repo = SqlClusterRepository::open(dbPath());
    QVERIFY(!repo.ok());
    QVERIFY2(repo.error().contains(u"newer ClusterDeck"_s), qPrintable(repo.error()));
    QVERIFY2(repo.error().contains(u"99"_s), qPrintable(repo.error()));
    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(u"SELECT version FROM schema_version"_s).toInt(), 99); // untouched
    Q_UNUSED(before);
}

void TestSqlClusterRepository::refusesGarbageFile()
{
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto repo = SqlClusterRepository::open(dbPath());
    QVERIFY(!repo.ok());
    QVERIFY2(!repo.error().isEmpty(), "an error names the problem");
    QFile again(dbPath());
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray(4096, 'x')); // nothing overwritten
}

void TestSqlClusterRepository::checkConsistent(int nodesPerCluster, int *clusters)
{
    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM nodes WHERE cluster_id NOT IN (SELECT id FROM "
                        u"clusters)"_s)
                 .toInt(),
             0);
    // Every cluster was written whole or not at all.
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM clusters c WHERE (SELECT count(*) FROM nodes n "
                        u"WHERE n.cluster_id = c.id) != %1"_s.arg(nodesPerCluster))
                 .toInt(),
             0);
    if (clusters)
        *clusters = raw.scalar(u"SELECT count(*) FROM clusters"_s).toInt();
}

void TestSqlClusterRepository::crashMidTransactionLeavesNoPartialRows()
{
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Die (SIGKILL) half-way through inserting the nodes of the third cluster.
    env.insert(u"CLUSTERDECK_CRASH_POINT"_s, u"repository.addCluster.midNodes:3"_s);
    writer.setProcessEnvironment(env);
    writer.start(writerPath(), {dbPath(), u"crash"_s, u"5"_s, u"40"_s});
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QCOMPARE(QString::fromUtf8(writer.readAllStandardOutput()).count(u"added"_s), 2);

    int clusters = 0;
    checkConsistent(40, &clusters);
    QCOMPARE(clusters, 2);
    // The next process opens it and carries on.
    auto repo = SqlClusterRepository::open(dbPath());
    QVERIFY(repo.ok());
    QCOMPARE(repo.value()->clusterNames(), (QStringList{u"crash-0"_s, u"crash-1"_s}));
}

void TestSqlClusterRepository::killAtRandomMomentsStaysConsistent()
{
    // kill -9 at whatever point the writer happens to be, several times over.
    int previous = 0;
    for (int round = 0; round < 4; ++round) {
        QProcess writer;
        writer.start(writerPath(), {dbPath(), u"round%1"_s.arg(round), u"1000"_s, u"30"_s});
        QVERIFY(writer.waitForStarted());
        QSignalSpy output(&writer, &QProcess::readyReadStandardOutput);
        QByteArray seen;
        // Let it commit a few clusters (a different number each round), then kill it.
        while (seen.count("added") < 2 + round * 3) {
            QVERIFY(output.wait(10000));
            seen += writer.readAllStandardOutput();
        }
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        int clusters = 0;
        checkConsistent(30, &clusters);
        QVERIFY(clusters >= previous + 2 + round * 3);
        previous = clusters;
    }
}

void TestSqlClusterRepository::twoProcessesWriteTheSameFile()
{
    {
        auto repo = SqlClusterRepository::open(dbPath()); // create the schema once
        QVERIFY(repo.ok());
    }
    QProcess a;
    QProcess b;
    a.start(writerPath(), {dbPath(), u"a"_s, u"25"_s, u"20"_s});
    b.start(writerPath(), {dbPath(), u"b"_s, u"25"_s, u"20"_s});
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    QVERIFY2(a.readAllStandardError().isEmpty(), "writer a reported no error");
    QVERIFY2(b.readAllStandardError().isEmpty(), "writer b reported no error");
    int clusters = 0;
    checkConsistent(20, &clusters);
    QCOMPARE(clusters, 50);
    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM nodes WHERE state = 'running'"_s).toInt(), 1000);
}

QTEST_GUILESS_MAIN(TestSqlClusterRepository)
#include "tst_sqlclusterrepository.moc"
