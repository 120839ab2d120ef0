// A user's whole flow on machines they already have: import a config naming loopback sshd
// nodes (SshNodeFarm) as a static-hosts account, `start`, `list-nodes`, `stop` — through
// clusterdeck-cli, with real SSH (libssh), real known_hosts, the real keychain.
#include "tests/support/sshnodefarm.h"
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
    test::ProcessResult cli(const QStringList &args);
    QJsonArray nodes(const QString &cluster);
    int hostsInUse();

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<test::SshNodeFarm> m_farm;
};

void TestCliLifecycle::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_tmp = std::make_unique<QTemporaryDir>();
    m_farm = std::make_unique<test::SshNodeFarm>();
    QVERIFY2(m_farm->start(4), qPrintable(m_farm->errorString()));
}

void TestCliLifecycle::cleanup()
{
    m_farm.reset(); // stops every sshd by PID
}

test::ProcessResult TestCliLifecycle::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp->filePath(u"data"_s)} + args, env,
                            120000);
}

void TestCliLifecycle::importConfig(int computeCount, int computeMin, int frontendMin)
{
    QStringList hosts;
    for (int i = 0; i < m_farm->nodeCount(); ++i)
        hosts << u"%1:%2"_s.arg(m_farm->address(i)).arg(m_farm->port(i));
    const QString config = uR"([cloud/lab]
provider=static
hosts=%1

[login/farm]
image_user=%2
user_key_private=%3
user_key_public=%3.pub

[setup/plain]
frontend_groups=common
compute_groups=common

[cluster/slurm]
cloud=lab
login=farm
setup=plain
frontend_nodes=1
frontend_nodes_min=%6
compute_nodes=%4
compute_nodes_min=%5
ssh_probe_timeout=2
start_timeout=30
)"_s.arg(hosts.join(u','), m_farm->user(), m_farm->clientKeyPath())
                               .arg(computeCount)
                               .arg(computeMin)
                               .arg(frontendMin);
    QFile file(m_tmp->filePath(u"config"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();
    auto imported = cli({u"import-config"_s, file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

QJsonArray TestCliLifecycle::nodes(const QString &cluster)
{
    return QJsonDocument::fromJson(cli({u"list-nodes"_s, cluster, u"--json"_s}).out.toUtf8())
        .array();
}

int TestCliLifecycle::hostsInUse()
{
    const auto tested = cli({u"account"_s, u"test"_s, u"lab"_s});
    const auto at = tested.out.indexOf(u"Instances: "_s);
    return at < 0 ? -1 : tested.out.mid(at + 11).section(u' ', 0, 0).toInt();
}

void TestCliLifecycle::startListStop()
{
    importConfig(3, 3);
    auto started = cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--name"_s, u"c1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));
    QVERIFY2(started.err.contains(u"compute002: reachable"_s), qPrintable(started.err));
    QVERIFY(started.out.contains(u"Cluster “c1” is up."_s));

    const QJsonArray list = nodes(u"c1"_s);
    QCOMPARE(list.size(), 4);
    for (const QJsonValue &v : list) {
        const QJsonObject n = v.toObject();
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);
        QVERIFY(n.value(u"preferred_ip"_s).toString().startsWith(u"127.0.0."_s));
    }
    // known_hosts holds each node's real key, exactly once.
    QFile knownHosts(m_tmp->filePath(u"data/known_hosts/c1.known_hosts"_s));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(knownHosts.readAll());
    QCOMPARE(lines.count(u'\n'), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(lines.contains(m_farm->hostKeyLine(i).section(u' ', 1)), qPrintable(lines));
    QCOMPARE(hostsInUse(), 4);

    // Stopping needs confirmation when not at a terminal.
    auto unconfirmed = cli({u"stop"_s, u"c1"_s});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY(unconfirmed.err.contains(u"--yes"_s));
    auto stopped = cli({u"stop"_s, u"c1"_s, u"--yes"_s});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
    QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(), 0);
    QCOMPARE(hostsInUse(), 0);
    QVERIFY(!QFile::exists(knownHosts.fileName()));
}

void TestCliLifecycle::deadNodeAboveMinimum()
{
    // Kinds are created concurrently, so which node lands on the dead host varies: with a
    // frontend minimum of 0 and a compute minimum of 2, any one dead node is above minimum.
    importConfig(3, 2, 0);
    QVERIFY(m_farm->stopNode(3));
    auto started = cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--timeout"_s, u"8"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));
    int reachable = 0;
    int unreachable = 0;
    for (const QJsonValue &v : nodes(u"slurm"_s)) {
        const QString state = v.toObject().value(u"state"_s).toString();
        reachable += state == u"reachable";
        unreachable += state == u"unreachable";
    }
    QCOMPARE(reachable, 3);
    QCOMPARE(unreachable, 1);
    QCOMPARE(cli({u"stop"_s, u"slurm"_s, u"--yes"_s}).exitCode, 0);
}

void TestCliLifecycle::belowMinimumLeavesNothing()
{
    importConfig(3, 3);
    QVERIFY(m_farm->stopNode(2));
    auto started = cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--timeout"_s, u"8"_s});
    QCOMPARE(started.exitCode, 1);
    QVERIFY2(started.err.contains(u"at least 3 needed"_s), qPrintable(started.err));
    QCOMPARE(hostsInUse(), 0);
    for (const QJsonValue &v : nodes(u"slurm"_s))
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"terminated"_s);
}

void TestCliLifecycle::badInputs()
{
    importConfig(1, 1);
    auto unknown = cli({u"start"_s, u"--no-setup"_s, u"nope"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"no template named “nope”"_s));
    auto counts = cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--nodes"_s, u"x:compute"_s});
    QCOMPARE(counts.exitCode, 2);
    auto kind = cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--nodes"_s, u"2:gpu"_s});
    QCOMPARE(kind.exitCode, 1);
    QVERIFY(kind.err.contains(u"gpu"_s));
    QCOMPARE(cli({u"stop"_s, u"nope"_s, u"--yes"_s}).exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_clilifecycle.moc"
