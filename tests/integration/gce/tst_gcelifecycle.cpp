// The whole flow on the fake GCE as a user runs it: `account add --type gce` with the service
// account key on stdin, a config whose cluster uses that account and reaches its nodes through
// ssh_proxy_command (a script mapping each fake natIP 35.210.x.y, never dialled, to one
// loopback sshd of a SshNodeFarm), then `start`, `list-nodes`, `stop --yes` via clusterdeck-cli.
// The fake runs on its own thread, so it answers while the CLI runs.
#include "providers/cloud/gce/gcenames.h"
#include "tests/integration/gce/fakegce.h"
#include "tests/support/clilab.h"
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestGceLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startReachListPauseResumeStop();

private:
    test::ProcessResult cli(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_tmp;
    test::FakeGce m_gce;
    test::SshNodeFarm m_farm;
};

void TestGceLifecycle::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    QString error;
    QVERIFY2(m_gce.start(&error), qPrintable(error));
    QVERIFY2(m_farm.start(4), qPrintable(m_farm.errorString()));
}

test::ProcessResult TestGceLifecycle::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp.filePath(u"data"_s)} + args, env,
                            180000, input);
}

void TestGceLifecycle::startReachListPauseResumeStop()
{
    const auto added = cli(
        {u"account"_s, u"add"_s, u"gcefake"_s, u"--type"_s, u"gce"_s, u"--project"_s,
         QString::fromLatin1(test::FakeGce::Project), u"--zone"_s,
         QString::fromLatin1(test::FakeGce::Zone), u"--endpoint"_s, m_gce.computeBase().toString(),
         u"--set"_s, u"gce_poll_interval_ms=50"_s, u"--secret"_s, u"service_account_json"_s},
        // The key file as the IAM console saves it: indented, many lines.
        QJsonDocument::fromJson(m_gce.serviceAccountJson()).toJson(QJsonDocument::Indented));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));

    // One authenticated call (regions.get quotas) says the account works.
    const auto tested = cli({u"account"_s, u"test"_s, u"gcefake"_s});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err + tested.out));
    QVERIFY2(tested.out.contains(u"Instances: 2 in use of 240."_s), qPrintable(tested.out));

    const QString proxy = test::writeFarmProxyScript(m_farm, m_tmp.path(), u"35.210."_s);
    QVERIFY(!proxy.isEmpty());
    const QString config = uR"([login/farm]
image_user=%1
user_key_name=clusterdeck-test
user_key_private=%2
user_key_public=%2.pub

[setup/plain]
frontend_groups=common
compute_groups=common

[cluster/gce]
cloud=gcefake
login=farm
setup=plain
image_id=debian-12
flavor=e2-small
frontend_nodes=1
compute_nodes=3
ssh_probe_timeout=3
start_timeout=60
ssh_proxy_command=%3 %%h %%p
)"_s.arg(m_farm.user(), m_farm.clientKeyPath(), proxy);
    QFile file(m_tmp.filePath(u"config"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();
    const auto imported = cli({u"import-config"_s, file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));

    m_gce.clearRequests();
    const auto started = cli({u"start"_s, u"--no-setup"_s, u"gce"_s, u"--name"_s, u"g1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));

    // One insert per node, each with a bearer token from a verified JWT; the login's key in
    // ssh-keys for the login user.
    const auto inserts = m_gce.requests("POST", u"/instances"_s);
    QCOMPARE(inserts.size(), 4);
    QCOMPARE(m_gce.tokenProblems(), QStringList());
    QFile publicKey(m_farm.clientKeyPath() + u".pub"_s);
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    const QList<QByteArray> keyParts = publicKey.readAll().simplified().split(' ');
    for (const auto &r : inserts) {
        QVERIFY(r.authorization.startsWith("Bearer ya29.fake-"));
        bool found = false;
        for (const QJsonValue &v :
             r.json().value(u"metadata"_s).toObject().value(u"items"_s).toArray())
            if (v.toObject().value(u"key"_s).toString() == u"ssh-keys")
                found
                    = v.toObject().value(u"value"_s).toString()
                      == u"%1:%2 %3 %1"_s.arg(m_farm.user(), QString::fromLatin1(keyParts.value(0)),
                                              QString::fromLatin1(keyParts.value(1)));
        QVERIFY(found);
    }
    for (const auto &r : m_gce.requests())
        QVERIFY2(r.path == u"/token" || r.authorization.startsWith("Bearer "), qPrintable(r.path));

    const QJsonArray nodes
        = QJsonDocument::fromJson(cli({u"list-nodes"_s, u"g1"_s, u"--json"_s}).out.toUtf8())
              .array();
    QCOMPARE(nodes.size(), 4);
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);
        QCOMPARE(n.value(u"instance_id"_s).toString(),
                 gce::instanceName(u"g1"_s, n.value(u"name"_s).toString()));
    }
    QCOMPARE(m_gce.instances().size(), 4);
    // The cluster's firewall rules exist, and every instance carries their target tag.
    QVERIFY(m_gce.firewalls().contains(u"clusterdeck-g1"_s));
    QVERIFY(m_gce.firewalls().contains(u"clusterdeck-g1-internal"_s));
    for (const QJsonObject &instance : m_gce.instances()) {
        QCOMPARE(instance.value(u"labels"_s).toObject().value(u"clusterdeck-cluster"_s).toString(),
                 u"g1"_s);
        QVERIFY(instance.value(u"tags"_s)
                    .toObject()
                    .value(u"items"_s)
                    .toArray()
                    .contains(u"clusterdeck-g1"_s));
    }

    // Pause stops every instance (TERMINATED in GCE terms), resume starts them again; the
    // fake keeps natIPs across stop/start, so the proxy maps each node to the same sshd.
    m_gce.clearRequests();
    const auto paused = cli({u"pause"_s, u"g1"_s, u"--yes"_s});
    QVERIFY2(paused.exitCode == 0, qPrintable(paused.err + paused.out));
    QCOMPARE(m_gce.requests("POST", u"/stop"_s).size(), 4);
    for (const QJsonObject &instance : m_gce.instances())
        QCOMPARE(instance.value(u"status"_s).toString(), u"TERMINATED"_s);
    for (const QJsonValue &v :
         QJsonDocument::fromJson(cli({u"list-nodes"_s, u"g1"_s, u"--json"_s}).out.toUtf8()).array())
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"paused"_s);
    const auto resumed = cli({u"resume"_s, u"g1"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
    QCOMPARE(m_gce.requests("POST", u"/start"_s).size(), 4);
    for (const QJsonObject &instance : m_gce.instances())
        QCOMPARE(instance.value(u"status"_s).toString(), u"RUNNING"_s);
    for (const QJsonValue &v :
         QJsonDocument::fromJson(cli({u"list-nodes"_s, u"g1"_s, u"--json"_s}).out.toUtf8()).array())
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"reachable"_s);

    const auto stopped = cli({u"stop"_s, u"g1"_s, u"--yes"_s});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err + stopped.out));
    QCOMPARE(m_gce.requests("DELETE", u"/instances/"_s).size(), 4);
    QCOMPARE(m_gce.instances().size(), 0);
    QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestGceLifecycle)
#include "tst_gcelifecycle.moc"
