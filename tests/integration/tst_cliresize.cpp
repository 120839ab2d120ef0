// Growing and shrinking a running cluster through clusterdeck-cli on machines the user already
// has (a static-hosts account over five loopback sshd nodes, SshNodeFarm): `resize --add`
// starts new nodes with the next free names, `resize --remove` terminates the highest-numbered
// ones (their hosts freed, their known_hosts lines gone), `--remove-node` frees a name that the
// next add reuses, and requests below a kind's minimum or for unknown kinds change nothing.
#include "tests/support/clilab.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestCliResize final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addRemoveReuse();
    void refusals();
    void resizeConfiguresNewNodes();

private:
    // withSetup: the setup profile runs the smoke playbook and start configures the nodes.
    void importConfig(bool withSetup = false);
    QMap<QString, QString> states(const QString &cluster); // node → state
    QJsonObject node(const QString &cluster, const QString &name);

    std::unique_ptr<test::CliLab> m_lab;
};

void TestCliResize::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_lab = std::make_unique<test::CliLab>();
    QVERIFY2(m_lab->start(5), qPrintable(m_lab->errorString()));
}

void TestCliResize::cleanup()
{
    m_lab.reset(); // stops every sshd by PID
}

void TestCliResize::importConfig(bool withSetup)
{
    const QString cluster = uR"(
[cluster/slurm]
cloud=lab
login=farm
setup=plain
frontend_nodes=1
frontend_nodes_min=1
compute_nodes=2
compute_nodes_min=1
ssh_probe_timeout=2
start_timeout=30
)"_s;
    const QString setup
        = withSetup ? u"playbook_path=%1/tests/integration/playbooks/smoke.yml\n"
                      "global_var_out_dir=%2"_s.arg(test::sourceDir(), m_lab->path(u"out"_s))
                    : QString();
    QDir().mkpath(m_lab->path(u"out"_s));
    QString error;
    QVERIFY2(m_lab->importConfig(m_lab->config(cluster, setup), &error), qPrintable(error));
    QStringList start{u"start"_s, u"slurm"_s, u"--name"_s, u"c1"_s};
    if (!withSetup)
        start << u"--no-setup"_s;
    auto started = m_lab->cli(start);
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));
}

QMap<QString, QString> TestCliResize::states(const QString &cluster)
{
    QMap<QString, QString> result;
    const QJsonArray list = m_lab->nodes(cluster);
    for (const QJsonValue &v : list)
        result.insert(v.toObject().value(u"name"_s).toString(),
                      v.toObject().value(u"state"_s).toString());
    return result;
}

QJsonObject TestCliResize::node(const QString &cluster, const QString &name)
{
    const QJsonArray list = m_lab->nodes(cluster);
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

void TestCliResize::addRemoveReuse()
{
    importConfig();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_lab->hostsInUse(), 3);

    auto added = m_lab->cli({u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--add"_s, u"2:compute"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
    auto all = states(u"c1"_s);
    QCOMPARE(all.size(), 5);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        QVERIFY2(it.value() == u"reachable"_s, qPrintable(it.key() + u' ' + it.value()));
    QVERIFY(all.contains(u"compute003"_s));
    QVERIFY(all.contains(u"compute004"_s));
    QCOMPARE(m_lab->hostsInUse(), 5);
    QCOMPARE(m_lab->knownHosts(u"c1"_s).count(u'\n'), 5);

    // The highest-numbered compute node goes, with its host and its known_hosts line.
    const QString address = node(u"c1"_s, u"compute004"_s).value(u"preferred_ip"_s).toString();
    QVERIFY(!address.isEmpty());
    const QString hostField
        = u"[%1]:%2"_s.arg(address.section(u':', 0, 0), address.section(u':', 1));
    QVERIFY2(m_lab->knownHosts(u"c1"_s).contains(hostField),
             qPrintable(m_lab->knownHosts(u"c1"_s)));
    auto unconfirmed
        = m_lab->cli({u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--remove"_s, u"1:compute"_s});
    QCOMPARE(unconfirmed.exitCode, 2);
    auto removed = m_lab->cli(
        {u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--remove"_s, u"1:compute"_s, u"--yes"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err + removed.out));
    all = states(u"c1"_s);
    QCOMPARE(all.size(), 4);
    QVERIFY(!all.contains(u"compute004"_s));
    QCOMPARE(m_lab->hostsInUse(), 4);
    QVERIFY2(!m_lab->knownHosts(u"c1"_s).contains(hostField),
             qPrintable(m_lab->knownHosts(u"c1"_s)));
    QCOMPARE(m_lab->knownHosts(u"c1"_s).count(u'\n'), 4);

    // A named node goes; the next add reuses its name.
    auto named = m_lab->cli(
        {u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--remove-node"_s, u"compute002"_s, u"--yes"_s});
    QVERIFY2(named.exitCode == 0, qPrintable(named.err + named.out));
    all = states(u"c1"_s);
    QCOMPARE(all.size(), 3);
    QVERIFY(!all.contains(u"compute002"_s));
    QCOMPARE(m_lab->hostsInUse(), 3);
    auto again = m_lab->cli({u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--add"_s, u"1:compute"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
    all = states(u"c1"_s);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.value(u"compute002"_s), u"reachable"_s);
    QCOMPARE(m_lab->hostsInUse(), 4);

    QCOMPARE(m_lab->cli({u"stop"_s, u"c1"_s, u"--yes"_s}).exitCode, 0);
    QCOMPARE(m_lab->hostsInUse(), 0);
}

// Resize runs setup again, so new nodes are configured and the cluster knows them.
void TestCliResize::resizeConfiguresNewNodes()
{
    importConfig(true);
    if (QTest::currentTestFailed())
        return;
    const QDir out(m_lab->path(u"out"_s));
    QCOMPARE(out.entryList(QDir::Files).size(), 3); // the smoke playbook's file per node
    for (const QString &state : states(u"c1"_s))
        QCOMPARE(state, u"ready"_s);

    auto added = m_lab->cli({u"resize"_s, u"c1"_s, u"--add"_s, u"1:compute"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));
    QVERIFY2(added.err.contains(u"compute003: configuring"_s), qPrintable(added.err));
    const auto all = states(u"c1"_s);
    QCOMPARE(all.size(), 4);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        QVERIFY2(it.value() == u"ready"_s, qPrintable(it.key() + u' ' + it.value()));
    QVERIFY(out.exists(u"compute003.txt"_s));
    QCOMPARE(m_lab->cli({u"stop"_s, u"c1"_s, u"--yes"_s}).exitCode, 0);
}

void TestCliResize::refusals()
{
    importConfig();
    if (QTest::currentTestFailed())
        return;
    const auto before = states(u"c1"_s);
    QCOMPARE(before.size(), 3);

    // compute_nodes_min=1 and two compute nodes: removing both is refused, nothing changes.
    auto below = m_lab->cli(
        {u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--remove"_s, u"2:compute"_s, u"--yes"_s});
    QCOMPARE(below.exitCode, 1);
    QVERIFY2(below.err.contains(u"compute"_s) && below.err.contains(u"minimum of 1"_s),
             qPrintable(below.err));
    auto frontend = m_lab->cli(
        {u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--remove-node"_s, u"frontend001"_s, u"--yes"_s});
    QCOMPARE(frontend.exitCode, 1);
    QVERIFY2(frontend.err.contains(u"frontend"_s), qPrintable(frontend.err));
    QCOMPARE(states(u"c1"_s), before);
    QCOMPARE(m_lab->hostsInUse(), 3);

    auto kind = m_lab->cli({u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--add"_s, u"1:gpu"_s});
    QCOMPARE(kind.exitCode, 1);
    QVERIFY2(kind.err.contains(u"gpu"_s), qPrintable(kind.err));
    auto unknownNode = m_lab->cli(
        {u"resize"_s, u"--no-setup"_s, u"c1"_s, u"--remove-node"_s, u"nope"_s, u"--yes"_s});
    QCOMPARE(unknownNode.exitCode, 1);
    QCOMPARE(states(u"c1"_s), before);
    QCOMPARE(m_lab->hostsInUse(), 3);

    QCOMPARE(m_lab->cli({u"stop"_s, u"c1"_s, u"--yes"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliResize)
#include "tst_cliresize.moc"
