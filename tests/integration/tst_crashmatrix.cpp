// Crash safety as a user would meet it: `clusterdeck-cli start` (and `stop`) is killed with
// SIGKILL at named points (CLUSTERDECK_CRASH_POINT), then a new process destroys the cluster.
// Afterwards no machine may still be handed out and the database must pass integrity_check.
// Nodes are loopback sshds behind a static-hosts account (its allocation file is "the cloud").
#include "tests/support/clilab.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestCrashMatrix final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedStartIsCleanedUp_data();
    void killedStartIsCleanedUp();
    void killedStopIsFinished_data();
    void killedStopIsFinished();

private:
    // The environment that makes the CLI kill itself at `point`.
    static QMap<QString, QString> crashAt(const QString &point);
    QString integrity();

    test::CliLab m_lab;
    int m_round = 0;
};

void TestCrashMatrix::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    QVERIFY2(m_lab.start(4), qPrintable(m_lab.errorString()));
    const QString cluster = uR"(
[cluster/slurm]
cloud=lab
login=farm
setup=plain
frontend_nodes=1
compute_nodes=3
ssh_probe_timeout=3
start_timeout=30
)"_s;
    QString error;
    QVERIFY2(m_lab.importConfig(m_lab.config(cluster), &error), qPrintable(error));
}

QMap<QString, QString> TestCrashMatrix::crashAt(const QString &point)
{
    return {{u"CLUSTERDECK_CRASH_POINT"_s, point}};
}

QString TestCrashMatrix::integrity()
{
    const QString name = u"raw%1"_s.arg(++m_round);
    QString result;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_lab.path(u"data/clusterdeck.sqlite"_s));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                result = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestCrashMatrix::killedStartIsCleanedUp_data()
{
    QTest::addColumn<QString>("point");
    for (const char *point :
         {"repository.addCluster.midNodes", "start.afterRequestedStored",
          "start.afterCreateBeforeStore:1", "start.afterCreateBeforeStore:2",
          "start.afterCreateStored:1", "start.afterCreateStored:2", "start.probing:1",
          "start.probing:3", "start.beforeConclude", "repository.beforeCommit:4"})
        QTest::newRow(point) << QString::fromLatin1(point);
}

void TestCrashMatrix::killedStartIsCleanedUp()
{
    QFETCH(QString, point);
    const QString name = u"c"_s
                         + QString::fromLatin1(QTest::currentDataTag())
                               .replace(QRegularExpression(u"[^A-Za-z0-9]"_s), u"-"_s)
                               .left(40);
    const auto crashed
        = m_lab.cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--name"_s, name}, crashAt(point));
    QCOMPARE(crashed.exitCode, -1); // killed at the point, not an orderly exit
    QCOMPARE(integrity(), u"ok"_s);

    // A new process cleans up whatever the dead one left.
    const auto listed
        = QJsonDocument::fromJson(m_lab.cli({u"list"_s, u"--json"_s}).out.toUtf8()).array();
    const bool recorded = !listed.isEmpty();
    if (recorded) {
        // The next process tells the user what was left half-way and what to do (a cluster
        // still "defined" had nothing done to it yet).
        const auto text = m_lab.cli({u"list"_s});
        if (listed.first().toObject().value(u"state"_s).toString() != u"defined")
            QVERIFY2(text.err.contains(u"was interrupted while starting"_s), qPrintable(text.err));
        const auto stopped = m_lab.cli({u"stop"_s, name, u"--yes"_s});
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
    }
    QCOMPARE(m_lab.hostsInUse(), 0);
    QCOMPARE(integrity(), u"ok"_s);
    QCOMPARE(
        QJsonDocument::fromJson(m_lab.cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(),
        0);
}

void TestCrashMatrix::killedStopIsFinished_data()
{
    QTest::addColumn<QString>("point");
    QTest::newRow("destroy.beforeTerminate") << u"destroy.beforeTerminate"_s;
    QTest::newRow("destroy.afterTerminate") << u"destroy.afterTerminate"_s;
}

void TestCrashMatrix::killedStopIsFinished()
{
    QFETCH(QString, point);
    const QString name = u"s%1"_s.arg(m_round + 1);
    QCOMPARE(m_lab.cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--name"_s, name}).exitCode, 0);
    QCOMPARE(m_lab.hostsInUse(), 4);
    QCOMPARE(m_lab.cli({u"stop"_s, name, u"--yes"_s}, crashAt(point)).exitCode, -1);
    QCOMPARE(integrity(), u"ok"_s);
    const auto again = m_lab.cli({u"stop"_s, name, u"--yes"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(m_lab.hostsInUse(), 0);
}

QTEST_GUILESS_MAIN(TestCrashMatrix)
#include "tst_crashmatrix.moc"
