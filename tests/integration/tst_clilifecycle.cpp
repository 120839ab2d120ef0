// A user's whole flow on machines they already have: import a config naming loopback sshd
// nodes (SshNodeFarm) as a static-hosts account, `start`, `list-nodes`, `stop` — through
// clusterdeck-cli, with real SSH (libssh), real known_hosts, the real keychain.
#include "tests/support/clilab.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestCliLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startListStop();
    void deadNodeAboveMinimum();
    void belowMinimumLeavesNothing();
    void badInputs();

private:
    void importConfig(int computeCount, int computeMin, int frontendMin = 1);

    std::unique_ptr<test::CliLab> m_lab;
};

void TestCliLifecycle::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_lab = std::make_unique<test::CliLab>();
    QVERIFY2(m_lab->start(4), qPrintable(m_lab->errorString()));
}

void TestCliLifecycle::cleanup()
{
    m_lab.reset(); // stops every sshd by PID
}

void TestCliLifecycle::importConfig(int computeCount, int computeMin, int frontendMin)
{
    const QString cluster = uR"(
[cluster/slurm]
cloud=lab
login=farm
setup=plain
frontend_nodes=1
frontend_nodes_min=%3
compute_nodes=%1
compute_nodes_min=%2
ssh_probe_timeout=2
start_timeout=30
)"_s.arg(computeCount)
                                .arg(computeMin)
                                .arg(frontendMin);
    QString error;
    QVERIFY2(m_lab->importConfig(m_lab->config(cluster), &error), qPrintable(error));
}

void TestCliLifecycle::startListStop()
{
    importConfig(3, 3);
    auto started = m_lab->cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--name"_s, u"c1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));
    QVERIFY2(started.err.contains(u"compute002: reachable"_s), qPrintable(started.err));
    QVERIFY(started.out.contains(u"Cluster “c1” is up."_s));

    const QJsonArray list = m_lab->nodes(u"c1"_s);
    QCOMPARE(list.size(), 4);
    for (const QJsonValue &v : list) {
        const QJsonObject n = v.toObject();
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);
        QVERIFY(n.value(u"preferred_ip"_s).toString().startsWith(u"127.0.0."_s));
    }
    // known_hosts holds each node's real key, exactly once.
    const QString knownHosts = m_lab->path(u"data/known_hosts/c1.known_hosts"_s);
    const QString lines = m_lab->knownHosts(u"c1"_s);
    QCOMPARE(lines.count(u'\n'), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(lines.contains(m_lab->farm().hostKeyLine(i).section(u' ', 1)), qPrintable(lines));
    QCOMPARE(m_lab->hostsInUse(), 4);

    // Stopping needs confirmation when not at a terminal.
    auto unconfirmed = m_lab->cli({u"stop"_s, u"c1"_s});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY(unconfirmed.err.contains(u"--yes"_s));
    auto stopped = m_lab->cli({u"stop"_s, u"c1"_s, u"--yes"_s});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
    QCOMPARE(
        QJsonDocument::fromJson(m_lab->cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(),
        0);
    QCOMPARE(m_lab->hostsInUse(), 0);
    QVERIFY(!QFile::exists(knownHosts));
}

void TestCliLifecycle::deadNodeAboveMinimum()
{
    // Kinds are created concurrently, so which node lands on the dead host varies: with a
    // frontend minimum of 0 and a compute minimum of 2, any one dead node is above minimum.
    importConfig(3, 2, 0);
    QVERIFY(m_lab->farm().stopNode(3));
    auto started = m_lab->cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--timeout"_s, u"8"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));
    int reachable = 0;
    int unreachable = 0;
    for (const QJsonValue &v : m_lab->nodes(u"slurm"_s)) {
        const QString state = v.toObject().value(u"state"_s).toString();
        reachable += state == u"reachable";
        unreachable += state == u"unreachable";
    }
    QCOMPARE(reachable, 3);
    QCOMPARE(unreachable, 1);
    QCOMPARE(m_lab->cli({u"stop"_s, u"slurm"_s, u"--yes"_s}).exitCode, 0);
}

void TestCliLifecycle::belowMinimumLeavesNothing()
{
    importConfig(3, 3);
    QVERIFY(m_lab->farm().stopNode(2));
    auto started = m_lab->cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--timeout"_s, u"8"_s});
    QCOMPARE(started.exitCode, 1);
    QVERIFY2(started.err.contains(u"at least 3 needed"_s), qPrintable(started.err));
    QCOMPARE(m_lab->hostsInUse(), 0);
    for (const QJsonValue &v : m_lab->nodes(u"slurm"_s))
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"terminated"_s);
}

void TestCliLifecycle::badInputs()
{
    importConfig(1, 1);
    auto unknown = m_lab->cli({u"start"_s, u"--no-setup"_s, u"nope"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"no template named “nope”"_s));
    auto counts
        = m_lab->cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--nodes"_s, u"x:compute"_s});
    QCOMPARE(counts.exitCode, 2);
    auto kind = m_lab->cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--nodes"_s, u"2:gpu"_s});
    QCOMPARE(kind.exitCode, 1);
    QVERIFY(kind.err.contains(u"gpu"_s));
    QCOMPARE(m_lab->cli({u"stop"_s, u"nope"_s, u"--yes"_s}).exitCode, 1);
    QCOMPARE(
        QJsonDocument::fromJson(m_lab->cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(),
        0);
}

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_clilifecycle.moc"
