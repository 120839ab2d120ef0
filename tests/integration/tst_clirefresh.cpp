// After a start: `list-nodes --update` (cloud state + one SSH probe round), `ssh` (the system
// client against the cluster's own known_hosts) and `scan-orphans` — through clusterdeck-cli,
// against loopback sshd nodes (SshNodeFarm) in a static-hosts account.
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

class TestCliRefresh final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refreshSshAndOrphans();
    void sshRefusesUnreachableNode();

private:
    void importConfig();
    void startCluster();
    QHash<QString, QJsonObject> update(const QString &cluster);
    QString nodeOnFarm(const QHash<QString, QJsonObject> &nodes, int i) const;

    std::unique_ptr<test::CliLab> m_lab;
};

void TestCliRefresh::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_lab = std::make_unique<test::CliLab>();
    QVERIFY2(m_lab->start(4), qPrintable(m_lab->errorString()));
}

void TestCliRefresh::cleanup()
{
    m_lab.reset(); // stops every sshd by PID
}

void TestCliRefresh::importConfig()
{
    const QString cluster = uR"(
[cluster/slurm]
cloud=lab
login=farm
setup=plain
frontend_nodes=1
compute_nodes=3
compute_nodes_min=3
ssh_probe_timeout=2
start_timeout=30
)"_s;
    QString error;
    QVERIFY2(m_lab->importConfig(m_lab->config(cluster), &error), qPrintable(error));
}

void TestCliRefresh::startCluster()
{
    importConfig();
    auto started = m_lab->cli({u"start"_s, u"--no-setup"_s, u"slurm"_s, u"--name"_s, u"c1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));
}

QHash<QString, QJsonObject> TestCliRefresh::update(const QString &cluster)
{
    const auto listed = m_lab->cli({u"list-nodes"_s, cluster, u"--update"_s, u"--json"_s});
    QHash<QString, QJsonObject> nodes;
    if (listed.exitCode != 0) {
        qWarning().noquote() << listed.err;
        return nodes;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        nodes.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
    return nodes;
}

// Static hosts: a node's address is the farm host it was given ("127.0.0.x:port").
QString TestCliRefresh::nodeOnFarm(const QHash<QString, QJsonObject> &nodes, int i) const
{
    const QString address = u"%1:%2"_s.arg(m_lab->farm().address(i)).arg(m_lab->farm().port(i));
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        if (it->value(u"public_ip"_s).toString() == address
            || it->value(u"private_ip"_s).toString() == address
            || it->value(u"preferred_ip"_s).toString() == address)
            return it.key();
    return {};
}

void TestCliRefresh::refreshSshAndOrphans()
{
    startCluster();
    auto nodes = update(u"c1"_s);
    QCOMPARE(nodes.size(), 4);
    for (const QJsonObject &n : std::as_const(nodes))
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);
    const QString down = nodeOnFarm(nodes, 1);
    const QString rekeyed = nodeOnFarm(nodes, 2);
    QVERIFY(!down.isEmpty() && !rekeyed.isEmpty());

    // A stopped node is unreachable after an update; the others stay reachable.
    QVERIFY(m_lab->farm().stopNode(1));
    nodes = update(u"c1"_s);
    QCOMPARE(nodes.size(), 4);
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        QCOMPARE(it->value(u"state"_s).toString(),
                 it.key() == down ? u"unreachable"_s : u"reachable"_s);
    QVERIFY(!nodes.value(down).value(u"last_error"_s).toString().isEmpty());
    // …and back once it answers again.
    QVERIFY(m_lab->farm().startNode(1));
    nodes = update(u"c1"_s);
    for (const QJsonObject &n : std::as_const(nodes))
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);

    // ssh: the cluster's own known_hosts, strict checking, the farm's port.
    const QString knownHostsPath = m_lab->path(u"data/known_hosts/c1.known_hosts"_s);
    auto dry = m_lab->cli({u"ssh"_s, u"c1"_s, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const QStringList argv = dry.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(argv.value(0), u"ssh"_s);
    QVERIFY2(argv.contains(u"UserKnownHostsFile="_s + knownHostsPath), qPrintable(dry.out));
    QVERIFY(argv.contains(u"StrictHostKeyChecking=yes"_s));
    QVERIFY(argv.contains(u"-p"_s));
    QVERIFY(argv.last().startsWith(m_lab->farm().user() + u"@127.0.0."_s));
    const auto frontend = nodes.value(u"frontend001"_s);
    QVERIFY2(frontend.value(u"preferred_ip"_s)
                 .toString()
                 .endsWith(u':' + argv.at(argv.indexOf(u"-p"_s) + 1)),
             qPrintable(dry.out)); // ssh_to unset: the frontend
    auto hello = m_lab->cli(
        {u"ssh"_s, u"c1"_s, u"--node"_s, u"compute001"_s, u"--"_s, u"echo"_s, u"hello"_s});
    QVERIFY2(hello.exitCode == 0, qPrintable(hello.err));
    QCOMPARE(hello.out.trimmed(), u"hello"_s);

    // A node presenting another host key is never trusted, and its recorded key stays.
    const QString before = m_lab->knownHosts(u"c1"_s);
    QVERIFY(!before.isEmpty());
    QVERIFY(m_lab->farm().replaceHostKey(2));
    nodes = update(u"c1"_s);
    QCOMPARE(nodes.size(), 4);
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        QCOMPARE(it->value(u"state"_s).toString(),
                 it.key() == rekeyed ? u"unreachable"_s : u"reachable"_s);
    QVERIFY2(nodes.value(rekeyed)
                 .value(u"last_error"_s)
                 .toString()
                 .contains(u"host key"_s, Qt::CaseInsensitive),
             qPrintable(nodes.value(rekeyed).value(u"last_error"_s).toString()));
    QCOMPARE(m_lab->knownHosts(u"c1"_s), before);
    auto refused = m_lab->cli({u"ssh"_s, u"c1"_s, u"--node"_s, rekeyed, u"--dry-run"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(rekeyed), qPrintable(refused.err));

    // Forgotten with --force: its hosts stay allocated until scan-orphans frees them.
    QCOMPARE(m_lab->hostsInUse(), 4);
    auto removed = m_lab->cli({u"remove"_s, u"c1"_s, u"--force"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    auto scanned = m_lab->cli({u"scan-orphans"_s, u"--json"_s});
    QVERIFY2(scanned.exitCode == 0, qPrintable(scanned.err));
    const QJsonArray orphans = QJsonDocument::fromJson(scanned.out.toUtf8()).array();
    QCOMPARE(orphans.size(), 4);
    for (const QJsonValue &v : orphans) {
        QCOMPARE(v.toObject().value(u"account"_s).toString(), u"lab"_s);
        QCOMPARE(v.toObject().value(u"cluster"_s).toString(), u"c1"_s);
    }
    QCOMPARE(m_lab->hostsInUse(), 4); // listing changes nothing
    auto terminated = m_lab->cli({u"scan-orphans"_s, u"--account"_s, u"lab"_s, u"--terminate"_s});
    QVERIFY2(terminated.exitCode == 0, qPrintable(terminated.err + terminated.out));
    QCOMPARE(m_lab->hostsInUse(), 0);
    auto again = m_lab->cli({u"scan-orphans"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"No orphaned instances"_s), qPrintable(again.out));
}

void TestCliRefresh::sshRefusesUnreachableNode()
{
    startCluster();
    QVERIFY(m_lab->farm().stopNode(0));
    QVERIFY(m_lab->farm().stopNode(1));
    QVERIFY(m_lab->farm().stopNode(2));
    QVERIFY(m_lab->farm().stopNode(3));
    const auto nodes = update(u"c1"_s);
    QCOMPARE(nodes.size(), 4);
    auto refused = m_lab->cli({u"ssh"_s, u"c1"_s, u"--dry-run"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"frontend001"_s), qPrintable(refused.err));
    QCOMPARE(m_lab->cli({u"ssh"_s, u"c1"_s, u"--node"_s, u"nope"_s}).exitCode, 1);
    QCOMPARE(m_lab->cli({u"ssh"_s, u"nope"_s}).exitCode, 1);
    QCOMPARE(m_lab->cli({u"stop"_s, u"c1"_s, u"--yes"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliRefresh)
#include "tst_clirefresh.moc"
