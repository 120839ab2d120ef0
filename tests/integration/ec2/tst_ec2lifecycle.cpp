// The whole flow on EC2 (moto_server on 127.0.0.1) as a user runs it: import a config whose
// cluster reaches its nodes through ssh_proxy_command — here a script that maps each fake
// cloud address (moto hands out 10.x/54.x, never dialled) to one loopback sshd of a
// SshNodeFarm — then `start`, `list-nodes`, `stop`, all through clusterdeck-cli.
#include "tests/integration/ec2/ec2fixture.h"
#include "tests/support/awaitfuture.h"
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

class TestEc2Lifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startReachListStop();

private:
    test::ProcessResult cli(const QStringList &args);

    QTemporaryDir m_tmp;
    test::Ec2Fixture m_ec2;
    test::SshNodeFarm m_farm;
};

void TestEc2Lifecycle::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    QString error;
    if (!m_ec2.start(&error))
        CD_SKIP_OR_FAIL(u"moto_server: "_s + error);
    QVERIFY2(m_farm.start(4), qPrintable(m_farm.errorString()));
}

test::ProcessResult TestEc2Lifecycle::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp.filePath(u"data"_s)} + args, env,
                            180000);
}

void TestEc2Lifecycle::startReachListStop()
{
    const QString proxy = test::writeFarmProxyScript(m_farm, m_tmp.path());
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
compute_nodes=3
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

    // One RunInstances per kind; the key pair imported; every request signed.
    const QMap<QString, int> calls = m_ec2.actionCounts();
    QCOMPARE(calls.value(u"RunInstances"_s), 2);
    QVERIFY(calls.value(u"ImportKeyPair"_s) == 1);
    for (const QJsonObject &entry : m_ec2.recording())
        QVERIFY2(test::Ec2Fixture::signatureProblem(entry).isEmpty(),
                 qPrintable(test::Ec2Fixture::signatureProblem(entry)));

    const QJsonArray nodes
        = QJsonDocument::fromJson(cli({u"list-nodes"_s, u"e1"_s, u"--json"_s}).out.toUtf8())
              .array();
    QCOMPARE(nodes.size(), 4);
    QStringList ids;
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        QCOMPARE(n.value(u"state"_s).toString(), u"reachable"_s);
        QVERIFY(n.value(u"instance_id"_s).toString().startsWith(u"i-"_s));
        ids << n.value(u"instance_id"_s).toString();
    }
    // Each instance carries its cluster and node tags in the cloud.
    auto provider = m_ec2.provider();
    const auto tagged = test::await(provider->findInstancesByTag(u"e1"_s), 30000);
    QVERIFY(tagged.ok());
    QCOMPARE(tagged.value().size(), 4);

    auto stopped = cli({u"stop"_s, u"e1"_s, u"--yes"_s});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
    const auto after = test::await(provider->describeInstances(ids), 30000);
    QVERIFY(after.ok());
    for (const InstanceInfo &info : after.value())
        QCOMPARE(info.state, InstanceInfo::State::Terminated);
    QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestEc2Lifecycle)
#include "tst_ec2lifecycle.moc"
