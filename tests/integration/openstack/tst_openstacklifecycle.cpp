// The whole flow on OpenStack as a user runs it, against FakeOpenStack (its own thread, as the
// CLI runs as a child process): `account add --type openstack` with the password on stdin (to
// the keychain), import a config whose cluster reaches its nodes through ssh_proxy_command —
// a script that maps each fake address (10.0.0.x fixed, 172.24.4.x floating; never dialled)
// to one loopback sshd of a SshNodeFarm — then `start`, `list-nodes`, `stop`.
#include "tests/integration/openstack/fakeopenstack.h"
#include "tests/support/clilab.h"
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
using Fake = cd::test::FakeOpenStack;

class TestOpenStackLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startReachListStop();

private:
    test::ProcessResult cli(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_tmp;
    Fake *m_fake = nullptr;
    test::SshNodeFarm m_farm;
};

void TestOpenStackLifecycle::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_fake = new Fake;
    QVERIFY2(m_fake->startInThread(), qPrintable(m_fake->errorString()));
    QVERIFY2(m_farm.start(4), qPrintable(m_farm.errorString()));
}

void TestOpenStackLifecycle::cleanupTestCase()
{
    if (m_fake) {
        m_fake->stop();
        delete m_fake;
    }
}

test::ProcessResult TestOpenStackLifecycle::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"))
            env.remove(key); // the account alone says where to go
    }
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp.filePath(u"data"_s)} + args, env,
                            180000, input);
}

void TestOpenStackLifecycle::startReachListStop()
{
    const auto added = cli({u"account"_s,
                            u"add"_s,
                            u"os1"_s,
                            u"--type"_s,
                            u"openstack"_s,
                            u"--endpoint"_s,
                            m_fake->authUrl().toString(),
                            u"--region"_s,
                            u"RegionOne"_s,
                            u"--project"_s,
                            u"admin"_s,
                            u"--set"_s,
                            u"username=demo"_s,
                            u"--set"_s,
                            u"user_domain_name=Default"_s,
                            u"--set"_s,
                            u"project_domain_name=Default"_s,
                            u"--set"_s,
                            u"request_floating_ip=yes"_s,
                            u"--set"_s,
                            u"floating_network_id=376da547-b977-4cfe-9cba-275c80debf57"_s,
                            u"--secret"_s,
                            u"password"_s},
                           "s3cret\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err + added.out));

    // One authenticated call through the keychain's password.
    const auto tested = cli({u"account"_s, u"test"_s, u"os1"_s});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err + tested.out));
    QVERIFY2(tested.out.contains(u"Instances: 0 in use of 10"), qPrintable(tested.out));

    const QString proxy = test::writeFarmProxyScript(m_farm, m_tmp.path());
    QVERIFY(!proxy.isEmpty());
    const QString config = uR"([login/farm]
image_user=%1
user_key_name=clusterdeck-test
user_key_private=%2
user_key_public=%2.pub

[setup/plain]
frontend_groups=common
compute_groups=common

[cluster/os]
cloud=os1
login=farm
setup=plain
image_id=70a599e0-31e7-49b7-b260-868f441e862b
flavor=m1.small
network_ids=d32019d3-bc6e-4319-9c1d-6722fc136a22
frontend_nodes=1
compute_nodes=3
ssh_probe_timeout=3
start_timeout=90
ssh_proxy_command=%3 %%h %%p
)"_s.arg(m_farm.user(), m_farm.clientKeyPath(), proxy);
    QFile file(m_tmp.filePath(u"config"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();
    auto imported = cli({u"import-config"_s, file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
    m_fake->clearRequests();

    auto started = cli({u"start"_s, u"--no-setup"_s, u"os"_s, u"--name"_s, u"o1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));

    // A create per node, each named and tagged; the key imported; floating IPs on every node;
    // every service call authenticated with Keystone's token.
    const auto creates = m_fake->requests("POST", u"/servers"_s);
    QCOMPARE(creates.size(), 4);
    QStringList names;
    for (const auto &create : creates)
        names << create.json().value(u"server"_s).toObject().value(u"name"_s).toString();
    names.sort();
    QCOMPARE(names, QStringList({u"o1-compute001"_s, u"o1-compute002"_s, u"o1-compute003"_s,
                                 u"o1-frontend001"_s}));
    QCOMPARE(m_fake->requests("POST", u"/os-keypairs"_s).size(), 1);
    QCOMPARE(m_fake->requests("POST", u"/floatingips"_s).size(), 4);
    for (const auto &request : m_fake->requests()) {
        if (!request.path.startsWith(u"/identity"))
            QVERIFY2(request.header("X-Auth-Token").startsWith("fake-token-"),
                     qPrintable(request.path));
    }

    const QJsonArray nodes
        = QJsonDocument::fromJson(cli({u"list-nodes"_s, u"o1"_s, u"--json"_s}).out.toUtf8())
              .array();
    QCOMPARE(nodes.size(), 4);
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);
        const QJsonObject server = m_fake->server(n.value(u"instance_id"_s).toString());
        QCOMPARE(server.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(server.value(u"metadata"_s).toObject().value(u"clusterdeck:node"_s).toString(),
                 n.value(u"name"_s).toString());
    }
    QCOMPARE(m_fake->floatingIps().size(), 4);

    // Pause: os-stop for each server, the nodes paused; resume: os-start, reachable again at
    // the same (floating) addresses, so the proxy maps each to the same sshd and host key.
    m_fake->clearRequests();
    auto paused = cli({u"pause"_s, u"o1"_s, u"--yes"_s});
    QVERIFY2(paused.exitCode == 0, qPrintable(paused.err + paused.out));
    const auto stops = m_fake->requests("POST", u"/action"_s);
    QCOMPARE(stops.size(), 4);
    for (const auto &stop : stops)
        QVERIFY(stop.json().contains(u"os-stop"_s));
    const auto nodeStates = [this] {
        QStringList states;
        const QJsonArray listed
            = QJsonDocument::fromJson(cli({u"list-nodes"_s, u"o1"_s, u"--json"_s}).out.toUtf8())
                  .array();
        for (const QJsonValue &v : listed)
            states << v.toObject().value(u"state"_s).toString();
        return states;
    };
    QCOMPARE(nodeStates(), QStringList(4, u"paused"_s));
    for (const QJsonValue &v : nodes)
        QCOMPARE(m_fake->server(v.toObject().value(u"instance_id"_s).toString())
                     .value(u"status"_s)
                     .toString(),
                 u"SHUTOFF"_s);
    m_fake->clearRequests();
    auto resumed = cli({u"resume"_s, u"o1"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
    QCOMPARE(m_fake->requests("POST", u"/action"_s).size(), 4);
    QCOMPARE(nodeStates(), QStringList(4, u"reachable"_s));

    // The orphan scan asks Nova by tag, and finds none: every server belongs to a node.
    m_fake->clearRequests();
    const auto scanned = cli({u"scan-orphans"_s, u"--account"_s, u"os1"_s, u"--json"_s});
    QVERIFY2(scanned.exitCode == 0, qPrintable(scanned.err + scanned.out));
    const auto listings = m_fake->requests("GET", u"/servers/detail"_s);
    QVERIFY(!listings.isEmpty());
    QCOMPARE(listings.first().query.queryItemValue(u"tags"_s, QUrl::FullyDecoded),
             u"clusterdeck"_s);

    auto stopped = cli({u"stop"_s, u"o1"_s, u"--yes"_s});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err + stopped.out));
    QCOMPARE(m_fake->serverCount(), 0);
    QCOMPARE(m_fake->floatingIps().size(), 0); // released with their servers
    QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestOpenStackLifecycle)
#include "tst_openstacklifecycle.moc"
