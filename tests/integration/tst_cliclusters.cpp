// list, list-nodes, list-templates, export, import and remove, driven through clusterdeck-cli
// against a data dir that a repository filled beforehand.
#include "model/repository/sqlclusterrepository.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestCliClusters final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsClustersAndNodes();
    void listTemplatesWithGlob();
    void removeRefusesWhileInstancesMayRun();
    void exportImportRoundTrip();
    void exportWithKeys();
    void importRejectsBadArchives();

private:
    test::ProcessResult cli(const QStringList &args);
    void seed();
    QString dataDir() const { return m_tmp->filePath(u"data"_s); }
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestCliClusters::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    seed();
}

test::ProcessResult TestCliClusters::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return test::runProcess(test::cliPath(), QStringList{u"--data-dir"_s, dataDir()} + args, env);
}

void TestCliClusters::seed()
{
    QDir().mkpath(dataDir() + u"/known_hosts"_s);
    auto repo = SqlClusterRepository::open(dataDir() + u"/clusterdeck.sqlite"_s);
    QVERIFY(repo.ok());

    QFile privateKey(m_tmp->filePath(u"id_test"_s));
    QVERIFY(privateKey.open(QIODevice::WriteOnly));
    privateKey.write(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nfake\n-----END OPENSSH PRIVATE KEY-----\n");
    privateKey.close();
    QFile publicKey(m_tmp->filePath(u"id_test.pub"_s));
    QVERIFY(publicKey.open(QIODevice::WriteOnly));
    publicKey.write("ssh-ed25519 AAAAfake test\n");
    publicKey.close();

    LoginProfile login;
    login.name = u"ubuntu"_s;
    login.imageUser = u"ubuntu"_s;
    login.userKeyPrivate = privateKey.fileName();
    login.userKeyPublic = publicKey.fileName();
    CloudAccount account;
    account.name = u"hobbes"_s;
    account.type = CloudType::Ec2;
    account.secretRefs = {{u"ec2_secret_key"_s, u"account/hobbes/ec2_secret_key"_s}};
    ClusterTemplate slurm;
    slurm.name = u"slurm"_s;
    slurm.cloud = u"hobbes"_s;
    slurm.login = u"ubuntu"_s;
    slurm.kinds = {NodeKindSpec{}, NodeKindSpec{}};
    slurm.kinds[0].name = u"frontend"_s;
    slurm.kinds[0].count = slurm.kinds[0].minCount = 1;
    slurm.kinds[1].name = u"compute"_s;
    slurm.kinds[1].count = 2;
    slurm.kinds[1].minCount = 1;
    ClusterTemplate other = slurm;
    other.name = u"gridengine"_s;
    other.notStartableReason = u"cloud “nowhere” is not defined"_s;
    QVERIFY(repo.value()->saveConfig({{account}, {login}, {}, {slurm, other}}).ok());

    for (const QString &name : {u"research"_s, u"teaching"_s}) {
        Cluster c;
        c.name = name;
        c.spec = slurm;
        c.templateName = slurm.name;
        c.cloud = slurm.cloud;
        c.login = slurm.login;
        c.state = name == u"research" ? ClusterState::Ready : ClusterState::Destroyed;
        c.created = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const NodeKindSpec &k : slurm.kinds)
            for (int i = 1; i <= k.count; ++i) {
                Node n;
                n.kind = k.name;
                n.index = i;
                n.name = Node::nameFor(k.name, i);
                n.state = name == u"research" ? NodeState::Ready : NodeState::Terminated;
                n.instanceId = u"i-%1-%2"_s.arg(k.name).arg(i);
                n.privateIp = u"203.0.113.%1"_s.arg(i);
                c.nodes << n;
            }
        QVERIFY(repo.value()->addCluster(c).ok());
    }
    QFile knownHosts(dataDir() + u"/known_hosts/research.known_hosts"_s);
    QVERIFY(knownHosts.open(QIODevice::WriteOnly));
    knownHosts.write("[127.0.0.2]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFake\n");
}

void TestCliClusters::listsClustersAndNodes()
{
    auto text = cli({u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"research"_s) && text.out.contains(u"3 ready / 3"_s),
             qPrintable(text.out));

    auto json = cli({u"list"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray clusters = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(clusters.size(), 2);
    const QJsonObject research = clusters.at(0).toObject();
    QCOMPARE(research.value(u"name"_s).toString(), u"research"_s);
    QCOMPARE(research.value(u"state"_s).toString(), u"ready"_s);
    QCOMPARE(research.value(u"template"_s).toString(), u"slurm"_s);
    QCOMPARE(research.value(u"node_count"_s).toInt(), 3);
    QCOMPARE(research.value(u"ready_count"_s).toInt(), 3);
    QCOMPARE(research.value(u"kinds"_s).toObject().value(u"compute"_s).toInt(), 2);

    auto nodes = cli({u"list-nodes"_s, u"research"_s, u"--json"_s});
    QCOMPARE(nodes.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(nodes.out.toUtf8()).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(u"name"_s).toString(), u"compute001"_s);
    QCOMPARE(array.at(0).toObject().value(u"instance_id"_s).toString(), u"i-compute-1"_s);
    QCOMPARE(array.at(0).toObject().value(u"state"_s).toString(), u"ready"_s);

    auto missing = cli({u"list-nodes"_s, u"nope"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"nope"_s));
}

void TestCliClusters::listTemplatesWithGlob()
{
    auto all = cli({u"list-templates"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.contains(u"frontend×1, compute×2 (min 1)"_s), qPrintable(all.out));
    QVERIFY(all.out.contains(u"nowhere"_s));

    auto some = cli({u"list-templates"_s, u"--json"_s, u"slu*"_s});
    QCOMPARE(some.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(some.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0).toObject().value(u"name"_s).toString(), u"slurm"_s);
    QCOMPARE(array.at(0).toObject().value(u"startable"_s).toBool(), true);
    QCOMPARE(array.at(0).toObject().value(u"node_count"_s).toInt(), 3);
}

void TestCliClusters::removeRefusesWhileInstancesMayRun()
{
    auto refused = cli({u"remove"_s, u"research"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"i-frontend-1"_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"--force"_s));
    QCOMPARE(cli({u"list-nodes"_s, u"research"_s}).exitCode, 0); // still there

    // All nodes terminated: removal needs no force.
    QCOMPARE(cli({u"remove"_s, u"teaching"_s}).exitCode, 0);
    auto forced = cli({u"remove"_s, u"research"_s, u"--force"_s});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(!QFileInfo::exists(dataDir() + u"/known_hosts/research.known_hosts"_s));
    auto list = cli({u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    // The history stays.
    auto repo = SqlClusterRepository::open(dataDir() + u"/clusterdeck.sqlite"_s);
    QVERIFY(repo.ok());
    const auto events = repo.value()->events(u"research"_s, 10);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().level, ClusterEvent::Level::Warning);
}

void TestCliClusters::exportImportRoundTrip()
{
    const QString zip = m_tmp->filePath(u"research.zip"_s);
    auto exported = cli({u"export"_s, u"research"_s, u"-o"_s, zip});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFileInfo::exists(zip));
    auto again = cli({u"export"_s, u"research"_s, u"-o"_s, zip});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"--overwrite"_s));
    QCOMPARE(cli({u"export"_s, u"research"_s, u"-o"_s, zip, u"--overwrite"_s}).exitCode, 0);

    auto duplicate = cli({u"import"_s, zip});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(duplicate.err.contains(u"--rename"_s));

    auto imported = cli({u"import"_s, zip, u"--rename"_s, u"copy"_s});
    QCOMPARE(imported.exitCode, 0);
    auto nodes = cli({u"list-nodes"_s, u"copy"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(nodes.out.toUtf8()).array().size(), 3);
    QFile knownHosts(dataDir() + u"/known_hosts/copy.known_hosts"_s);
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QVERIFY(knownHosts.readAll().contains("[127.0.0.2]:2222 ssh-ed25519"));
    // No key left the machine without --save-keys.
    QVERIFY(!QFileInfo::exists(dataDir() + u"/keys/copy"_s));

    // Into a fresh data dir: the definitions come along, secrets never do.
    const QString other = m_tmp->filePath(u"other"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto fresh = test::runProcess(test::cliPath(), {u"--data-dir"_s, other, u"import"_s, zip}, env);
    QCOMPARE(fresh.exitCode, 0);
    auto repo = SqlClusterRepository::open(other + u"/clusterdeck.sqlite"_s);
    QVERIFY(repo.ok());
    QCOMPARE(repo.value()->account(u"hobbes"_s)->secretRefs.value(u"ec2_secret_key"_s),
             u"account/hobbes/ec2_secret_key"_s);
    QVERIFY(repo.value()->login(u"ubuntu"_s));
    QCOMPARE(repo.value()->cluster(u"research"_s)->nodes.size(), 3);
}

void TestCliClusters::exportWithKeys()
{
    const QString zip = m_tmp->filePath(u"keys.zip"_s);
    QCOMPARE(cli({u"export"_s, u"research"_s, u"-o"_s, zip, u"--save-keys"_s}).exitCode, 0);
    auto imported = cli({u"import"_s, zip, u"--rename"_s, u"withkeys"_s});
    QCOMPARE(imported.exitCode, 0);
    const QString key = dataDir() + u"/keys/withkeys/id_test"_s;
    QFile file(key);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("OPENSSH PRIVATE KEY"));
    QCOMPARE(QFileInfo(key).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo::exists(dataDir() + u"/keys/withkeys/id_test.pub"_s));
}

void TestCliClusters::importRejectsBadArchives()
{
    const QString notZip = m_tmp->filePath(u"garbage.zip"_s);
    QFile file(notZip);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not really a zip");
    file.close();
    auto garbage = cli({u"import"_s, notZip});
    QCOMPARE(garbage.exitCode, 1);
    QVERIFY2(garbage.err.contains(notZip), qPrintable(garbage.err));
    QCOMPARE(cli({u"import"_s}).exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).out.toUtf8()).array().size(), 2);
}

QTEST_GUILESS_MAIN(TestCliClusters)
#include "tst_cliclusters.moc"
