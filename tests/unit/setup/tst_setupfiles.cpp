// The files and command line of a setup run for an imported ElastiCluster configuration,
// compared with the expected files in data/expected/.
#include "model/config/elasticlusterimporter.h"
#include "model/lifecycle/clusterplan.h"
#include "model/lifecycle/setupplan.h"
#include "providers/setup/ansiblefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class TestSetupFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inventoryAsExpected();
    void configAsExpected();
    void commandLine();
    void environment();
    void extraVarsHoldFactsOnly();
    void unreachableNodesLeftOut();
    void missingPlaybookNamed();

private:
    QString expected(const QString &name) const;
    SetupRequest m_request;
    Cluster m_cluster;
    ImportResult m_imported;
    SetupOptions m_options;
};

void TestSetupFiles::initTestCase()
{
    QFile file(QFINDTESTDATA("data/import.conf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ElastiClusterImporter::Options options;
    options.playbooksDir = QDir::cleanPath(QFINDTESTDATA("../../../resources/ansible"));
    QVERIFY(!options.playbooksDir.isEmpty());
    m_imported = ElastiClusterImporter(options).importText(u"import.conf"_s, file.readAll());
    QVERIFY(!m_imported.hasErrors());
    QCOMPARE(m_imported.templates.size(), 1);
    auto cluster = ClusterPlan::fromTemplate(m_imported.templates.first(), u"lab"_s);
    QVERIFY2(cluster, qPrintable(cluster ? QString() : cluster.error()));
    m_cluster = cluster.value();
    const QStringList addresses{u"10.1.0.1"_s, u"10.1.0.2:2222"_s, u"10.1.0.3"_s};
    QCOMPARE(m_cluster.nodes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        m_cluster.nodes[i].state = NodeState::Reachable;
        m_cluster.nodes[i].instanceId = u"i-%1"_s.arg(i);
        m_cluster.nodes[i].preferredIp = addresses.at(i);
    }
    m_options.runsDirectory = u"/data/runs"_s;
    m_options.knownHostsFile = u"/data/known_hosts/lab"_s;
    m_options.playbooksDirectory = options.playbooksDir;
    auto request = SetupPlan::request(m_cluster, m_imported.setups.first(),
                                      m_imported.logins.first(), m_options);
    QVERIFY2(request, qPrintable(request ? QString() : request.error()));
    m_request = request.value();
    m_request.runDirectory = u"/data/runs/lab/1-setup"_s;
    m_request.cores = 2;
}

QString TestSetupFiles::expected(const QString &name) const
{
    QFile file(QFINDTESTDATA(u"data/expected/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.replace(u"@RUN@"_s, m_request.runDirectory);
    text.replace(u"@DATA@"_s, u"/data"_s);
    text.replace(u"@PLAYBOOKS@"_s, m_options.playbooksDirectory);
    return text;
}

void TestSetupFiles::inventoryAsExpected()
{
    // Line by line, so a difference names its line.
    QCOMPARE(AnsibleFiles::inventory(m_request).split(u'\n'),
             expected(u"inventory.ini"_s).split(u'\n'));
}

void TestSetupFiles::configAsExpected()
{
    // forks = min(3 nodes, 4 × 2 cores)
    QCOMPARE(AnsibleFiles::config(m_request).split(u'\n'), expected(u"ansible.cfg"_s).split(u'\n'));
    SetupRequest many = m_request;
    many.nodes = QList<SetupNode>(20, m_request.nodes.first());
    QCOMPARE(AnsibleFiles::forks(many), 8);
}

void TestSetupFiles::commandLine()
{
    const QString run = m_request.runDirectory;
    QCOMPARE(AnsibleFiles::arguments(m_request),
             (QStringList{u"-i"_s, run + u"/inventory.ini"_s, u"--become"_s,
                          u"--become-user=root"_s, u"--diff"_s, u"--tags"_s, u"common,slurm"_s,
                          u"-e"_s, u'@' + run + u"/extra-vars.json"_s,
                          m_options.playbooksDirectory + u"/site.yml"_s}));
}

void TestSetupFiles::environment()
{
    QProcessEnvironment base;
    base.insert(u"PATH"_s, u"/usr/bin"_s);
    base.insert(u"ANSIBLE_STDOUT_CALLBACK"_s, u"yaml"_s); // the user's: must not win
    base.insert(u"ANSIBLE_FORKS"_s, u"99"_s);
    const QProcessEnvironment env = AnsibleFiles::environment(m_request, base);
    QCOMPARE(env.value(u"PATH"_s), u"/usr/bin"_s);
    QCOMPARE(env.value(u"ANSIBLE_STDOUT_CALLBACK"_s), u"ansible.posix.jsonl"_s);
    QCOMPARE(env.value(u"ANSIBLE_FORKS"_s), u"7"_s); // the setup profile's ansible_forks
    QCOMPARE(env.value(u"ANSIBLE_TIMEOUT"_s), u"40"_s);
    QCOMPARE(env.value(u"ANSIBLE_CONFIG"_s), m_request.runDirectory + u"/ansible.cfg"_s);
    QCOMPARE(env.value(u"HOME"_s), m_request.runDirectory + u"/home"_s);
}

void TestSetupFiles::extraVarsHoldFactsOnly()
{
    const QJsonObject vars = QJsonDocument::fromJson(AnsibleFiles::extraVars(m_request)).object();
    const QJsonObject cluster = vars.value(u"clusterdeck"_s).toObject();
    QCOMPARE(cluster.value(u"name"_s).toString(), u"lab"_s);
    QCOMPARE(cluster.value(u"cloud"_s).toString(), u"lab"_s);
    QCOMPARE(cluster.value(u"nodes"_s).toObject().keys(),
             (QStringList{u"compute001"_s, u"compute002"_s, u"frontend001"_s}));
    QCOMPARE(vars.value(u"clusterdeck_output_dir"_s).toString(),
             m_request.runDirectory + u"/out"_s);
}

void TestSetupFiles::unreachableNodesLeftOut()
{
    Cluster cluster = m_cluster;
    cluster.nodes[1].state = NodeState::Unreachable;
    cluster.nodes[2].state = NodeState::Failed;
    cluster.nodes[2].preferredIp.clear(); // never reached: not configurable
    auto request = SetupPlan::request(cluster, m_imported.setups.first(), m_imported.logins.first(),
                                      m_options);
    QVERIFY(request);
    QCOMPARE(request.value().nodes.size(), 1);
    QCOMPARE(request.value().nodes.first().name, u"frontend001"_s);

    for (Node &n : cluster.nodes)
        n.state = NodeState::Pending;
    auto none = SetupPlan::request(cluster, m_imported.setups.first(), m_imported.logins.first(),
                                   m_options);
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"start it first"_s), qPrintable(none.error()));
}

void TestSetupFiles::missingPlaybookNamed()
{
    SetupProfile profile = m_imported.setups.first();
    profile.playbookPath = u"/nowhere/main.yml"_s;
    auto request = SetupPlan::request(m_cluster, profile, m_imported.logins.first(), m_options);
    QVERIFY(!request);
    QVERIFY2(request.error().contains(u"/nowhere/main.yml"_s), qPrintable(request.error()));
}

QTEST_GUILESS_MAIN(TestSetupFiles)
#include "tst_setupfiles.moc"
