// `scan-orphans --adopt` through clusterdeck-cli, against loopback sshd nodes (SshNodeFarm) in a
// static-hosts account: the database is restored from an export older than a resize, so the
// node the resize added runs unknown to it; adopting makes it that node again, reachable, while
// the instances of an unknown cluster are refused with the reason and left alone.
#include "tests/support/clilab.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestCliAdopt final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restoredClusterAdoptsItsLaterNode();
    void adoptAndTerminateExcludeEachOther();

private:
    QJsonArray scan(const QStringList &extra);
    std::unique_ptr<test::CliLab> m_lab;
};

void TestCliAdopt::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_lab = std::make_unique<test::CliLab>();
    QVERIFY2(m_lab->start(4), qPrintable(m_lab->errorString()));
    const QString cluster = uR"(
[cluster/plain]
cloud=lab
login=farm
setup=plain
frontend_nodes=1
compute_nodes=1
compute_nodes_min=0
ssh_probe_timeout=2
start_timeout=30
)"_s;
    QString error;
    QVERIFY2(m_lab->importConfig(m_lab->config(cluster), &error), qPrintable(error));
}

void TestCliAdopt::cleanup()
{
    m_lab.reset();
}

QJsonArray TestCliAdopt::scan(const QStringList &extra)
{
    const auto run = m_lab->cli(QStringList{u"scan-orphans"_s, u"--json"_s} + extra);
    if (run.exitCode != 0 && run.exitCode != 1)
        qWarning().noquote() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCliAdopt::restoredClusterAdoptsItsLaterNode()
{
    auto run = m_lab->cli({u"start"_s, u"--no-setup"_s, u"plain"_s, u"--name"_s, u"c1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QString zip = m_lab->path(u"c1.zip"_s);
    run = m_lab->cli({u"export"_s, u"c1"_s, u"-o"_s, zip});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = m_lab->cli({u"resize"_s, u"c1"_s, u"--add"_s, u"1:compute"_s, u"--no-setup"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    // A second cluster whose record is then lost for good.
    run = m_lab->cli({u"start"_s, u"--no-setup"_s, u"plain"_s, u"--name"_s, u"gone"_s, u"--nodes"_s,
                      u"1:frontend,0:compute"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(m_lab->hostsInUse(), 4);
    QVERIFY(m_lab->cli({u"remove"_s, u"gone"_s, u"--force"_s}).exitCode == 0);

    // The database goes back to the export: c1 with two nodes, compute002 unknown.
    QVERIFY(m_lab->cli({u"remove"_s, u"c1"_s, u"--force"_s}).exitCode == 0);
    run = m_lab->cli({u"import"_s, zip});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_lab->nodes(u"c1"_s).size(), 2);

    QJsonArray orphans = scan({});
    QCOMPARE(orphans.size(), 2);
    run = m_lab->cli({u"scan-orphans"_s, u"--adopt"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1); // the instance of "gone" could not be adopted
    orphans = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(orphans.size(), 2);
    for (const QJsonValue &v : std::as_const(orphans)) {
        const QJsonObject o = v.toObject();
        if (o.value(u"cluster"_s).toString() == u"c1") {
            QCOMPARE(o.value(u"adopted_as"_s).toString(), u"compute002"_s);
            QVERIFY(!o.contains(u"error"_s));
        } else {
            QCOMPARE(o.value(u"cluster"_s).toString(), u"gone"_s);
            QVERIFY(!o.contains(u"adopted_as"_s));
            QVERIFY2(o.value(u"error"_s).toString().contains(u"“gone” is not known"_s),
                     qPrintable(o.value(u"error"_s).toString()));
        }
    }

    // compute002 is c1's again: refreshed, it is reachable; only "gone" is still an orphan.
    const auto listed = m_lab->cli({u"list-nodes"_s, u"c1"_s, u"--update"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray nodes = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(nodes.size(), 3);
    for (const QJsonValue &v : nodes)
        QVERIFY2(v.toObject().value(u"state"_s).toString() == u"reachable"_s,
                 QJsonDocument(v.toObject()).toJson().constData());
    // Never reached before, its key was recorded on first use, as a start records new nodes'.
    const QString knownHosts = m_lab->knownHosts(u"c1"_s);
    QCOMPARE(knownHosts.count(u'\n'), 3);
    QString preferred;
    for (const QJsonValue &v : nodes)
        if (v.toObject().value(u"name"_s).toString() == u"compute002")
            preferred = v.toObject().value(u"preferred_ip"_s).toString(); // host:port
    QVERIFY(!preferred.isEmpty());
    const QString entry
        = u"[%1]:%2 "_s.arg(preferred.section(u':', 0, 0), preferred.section(u':', 1));
    QVERIFY2(knownHosts.contains(entry), qPrintable(knownHosts + u" lacks "_s + entry));
    orphans = scan({});
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.at(0).toObject().value(u"cluster"_s).toString(), u"gone"_s);
    QCOMPARE(m_lab->hostsInUse(), 4); // nothing was terminated

    // Adopted nodes are destroyed with their cluster.
    run = m_lab->cli({u"stop"_s, u"c1"_s, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(m_lab->hostsInUse(), 1);
}

void TestCliAdopt::adoptAndTerminateExcludeEachOther()
{
    const auto run = m_lab->cli({u"scan-orphans"_s, u"--adopt"_s, u"--terminate"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--terminate and --adopt"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliAdopt)
#include "tst_cliadopt.moc"
