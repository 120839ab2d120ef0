// Pausing and resuming a cluster on EC2 (moto_server on 127.0.0.1) through clusterdeck-cli:
// nodes reached through an ssh_proxy_command that maps each fake cloud address to one loopback
// sshd of a SshNodeFarm (as in tst_ec2lifecycle). `pause` stops every instance (the cloud says
// stopped, the nodes are paused), `resume` starts them again and probes them with strict host
// keys. A static-hosts cluster cannot be paused: its provider's message says so.
#include "tests/integration/ec2/ec2fixture.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/clilab.h"
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestEc2Pause final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pauseResumeStop();
    void staticHostsCannotPause();

private:
    test::ProcessResult cli(const QStringList &args);
    QJsonArray nodes(const QString &cluster);

    QTemporaryDir m_tmp;
    test::Ec2Fixture m_ec2;
    test::SshNodeFarm m_farm;
};

void TestEc2Pause::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    QString error;
    if (!m_ec2.start(&error))
        CD_SKIP_OR_FAIL(u"moto_server: "_s + error);
    QVERIFY2(m_farm.start(3), qPrintable(m_farm.errorString()));
}

test::ProcessResult TestEc2Pause::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp.filePath(u"data"_s)} + args, env,
                            180000);
}

QJsonArray TestEc2Pause::nodes(const QString &cluster)
{
    return QJsonDocument::fromJson(cli({u"list-nodes"_s, cluster, u"--json"_s}).out.toUtf8())
        .array();
}

void TestEc2Pause::pauseResumeStop()
{
    // Keyed by instance: moto hands out a new public address on start, as EC2 does.
    const QString proxy
        = test::writeFarmProxyScript(m_farm, m_tmp.path(), {}, m_ec2.instanceOfAddressCommand());
    QVERIFY(!proxy.isEmpty());
    const QString config = uR"([cloud/moto]
provider=ec2_boto
ec2_url=%1
ec2_region=us-east-1
ec2_access_key=%2
ec2_secret_key=%3

[login/farm]
image_user=%4
user_key_name=clusterdeck-test
user_key_private=%5
user_key_public=%5.pub

[setup/plain]
frontend_groups=common
compute_groups=common

[cluster/ec2]
cloud=moto
login=farm
setup=plain
image_id=ami-03cf127a
flavor=t3.micro
frontend_nodes=1
compute_nodes=2
ssh_probe_timeout=3
start_timeout=60
ssh_proxy_command=%6 %%h %%p
)"_s.arg(m_ec2.moto().endpoint().toString(), QString::fromLatin1(test::Ec2Fixture::AccessKey),
         QString::fromLatin1(test::Ec2Fixture::SecretKey), m_farm.user(), m_farm.clientKeyPath(),
         proxy);
    QFile file(m_tmp.filePath(u"config"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();
    auto imported = cli({u"import-config"_s, file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(m_ec2.reset());

    auto started = cli({u"start"_s, u"--no-setup"_s, u"ec2"_s, u"--name"_s, u"e1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));
    QStringList ids;
    QMap<QString, QString> addressBefore; // node → public address
    for (const QJsonValue &v : nodes(u"e1"_s)) {
        ids << v.toObject().value(u"instance_id"_s).toString();
        addressBefore.insert(v.toObject().value(u"name"_s).toString(),
                             v.toObject().value(u"public_ip"_s).toString());
    }
    QCOMPARE(ids.size(), 3);
    auto provider = m_ec2.provider();

    auto unconfirmed = cli({u"pause"_s, u"e1"_s});
    QCOMPARE(unconfirmed.exitCode, 2);
    auto paused = cli({u"pause"_s, u"e1"_s, u"--yes"_s});
    QVERIFY2(paused.exitCode == 0, qPrintable(paused.err + paused.out));
    for (const QJsonValue &v : nodes(u"e1"_s))
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"paused"_s);
    const auto stopped = test::await(provider->describeInstances(ids), 30000);
    QVERIFY(stopped.ok());
    QCOMPARE(stopped.value().size(), 3);
    for (const InstanceInfo &info : stopped.value())
        QCOMPARE(info.state, InstanceInfo::State::Stopped);
    QCOMPARE(m_ec2.actionCounts().value(u"StopInstances"_s), 1);

    auto resumed = cli({u"resume"_s, u"e1"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
    const auto running = test::await(provider->describeInstances(ids), 30000);
    QVERIFY(running.ok());
    for (const InstanceInfo &info : running.value())
        QCOMPARE(info.state, InstanceInfo::State::Running);
    QCOMPARE(m_ec2.actionCounts().value(u"StartInstances"_s), 1);
    // moto gives each instance a new public address on start: the nodes are reached there
    // (the proxy maps each instance to its own sshd), trusted with the key recorded before.
    QFile knownHosts(m_tmp.filePath(u"data/known_hosts/e1.known_hosts"_s));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(knownHosts.readAll());
    QCOMPARE(lines.count(u'\n'), 3);
    for (const QJsonValue &v : nodes(u"e1"_s)) {
        const QJsonObject n = v.toObject();
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);
        const QString now = n.value(u"public_ip"_s).toString();
        const QString was = addressBefore.value(n.value(u"name"_s).toString());
        QVERIFY2(!now.isEmpty() && now != was, qPrintable(now + u" was "_s + was));
        QCOMPARE(n.value(u"preferred_ip"_s).toString(), now);
        QVERIFY2(lines.contains(now + u' ') && !lines.contains(was + u' '), qPrintable(lines));
    }

    auto destroyed = cli({u"stop"_s, u"e1"_s, u"--yes"_s});
    QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
    const auto after = test::await(provider->describeInstances(ids), 30000);
    QVERIFY(after.ok());
    for (const InstanceInfo &info : after.value())
        QCOMPARE(info.state, InstanceInfo::State::Terminated);
}

void TestEc2Pause::staticHostsCannotPause()
{
    QStringList hosts;
    for (int i = 0; i < m_farm.nodeCount(); ++i)
        hosts << u"%1:%2"_s.arg(m_farm.address(i)).arg(m_farm.port(i));
    const QString config = uR"([cloud/lab]
provider=static
hosts=%1

[login/direct]
image_user=%2
user_key_private=%3
user_key_public=%3.pub

[setup/plain]
frontend_groups=common
compute_groups=common

[cluster/lab]
cloud=lab
login=direct
setup=plain
frontend_nodes=1
compute_nodes=1
ssh_probe_timeout=2
start_timeout=30
)"_s.arg(hosts.join(u','), m_farm.user(), m_farm.clientKeyPath());
    QFile file(m_tmp.filePath(u"static-config"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();
    auto imported = cli({u"import-config"_s, file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    auto started = cli({u"start"_s, u"--no-setup"_s, u"lab"_s, u"--name"_s, u"s1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err + started.out));

    auto paused = cli({u"pause"_s, u"s1"_s, u"--yes"_s});
    QCOMPARE(paused.exitCode, 1);
    QVERIFY2(paused.err.contains(u"cannot stop"_s), qPrintable(paused.err));
    for (const QJsonValue &v : nodes(u"s1"_s))
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"reachable"_s);
    auto resumed = cli({u"resume"_s, u"s1"_s});
    QCOMPARE(resumed.exitCode, 1);
    QVERIFY2(resumed.err.contains(u"cannot start"_s), qPrintable(resumed.err));
    QCOMPARE(cli({u"stop"_s, u"s1"_s, u"--yes"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestEc2Pause)
#include "tst_ec2pause.moc"
