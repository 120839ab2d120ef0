// The ClusterRepository contract, run against both implementations (SQLite and memory).
#include "model/repository/memoryclusterrepository.h"
#include "model/repository/sqlclusterrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, minute), Qt::UTC);
}

ClusterTemplate sampleTemplate()
{
    ClusterTemplate t;
    t.name = u"slurm"_s;
    t.cloud = u"hobbes"_s;
    t.login = u"ubuntu"_s;
    t.setup = u"slurm"_s;
    NodeKindSpec frontend;
    frontend.name = u"frontend"_s;
    frontend.count = 1;
    frontend.minCount = 1;
    frontend.image = u"ami-03cf127a"_s;
    frontend.flavor = u"t3.small"_s;
    frontend.securityGroup = u"default"_s;
    frontend.tags = {{u"team"_s, u"hpc"_s}};
    NodeKindSpec compute = frontend;
    compute.name = u"compute"_s;
    compute.count = 4;
    compute.minCount = 2;
    compute.flavor = u"c5.large"_s;
    compute.spotPrice = u"0.05"_s;
    compute.networks = {u"subnet-1"_s, u"subnet-2"_s};
    compute.bootDiskSizeGb = 40;
    compute.settings = {{u"placement_group"_s, u"pg1"_s}};
    t.kinds = {frontend, compute};
    t.sshTo = u"frontend"_s;
    t.startTimeoutSec = 900;
    t.sshProbeTimeoutSec = 7;
    t.sshProxyCommand = u"ssh -W %h:%p bastion"_s;
    t.settings = {{u"global_var_multiuser_cluster"_s, u"yes"_s}};
    t.sourceFile = u"/home/u/.elasticluster/config"_s;
    t.updated = at(1);
    return t;
}

Cluster sampleCluster(const QString &name)
{
    Cluster c;
    c.name = name;
    c.spec = sampleTemplate();
    c.templateName = c.spec.name;
    c.cloud = c.spec.cloud;
    c.login = c.spec.login;
    c.setup = c.spec.setup;
    c.state = ClusterState::Starting;
    c.created = at(2);
    c.updated = at(3);
    for (const NodeKindSpec &kind : c.spec.kinds)
        for (int i = 1; i <= kind.count; ++i) {
            Node n;
            n.kind = kind.name;
            n.index = i;
            n.name = Node::nameFor(kind.name, i);
            n.flavor = kind.flavor;
            n.image = kind.image;
            n.state = NodeState::Requested;
            n.instanceId = u"i-%1%2"_s.arg(kind.name).arg(i);
            n.created = at(4);
            n.stateChanged = at(5);
            c.nodes << n;
        }
    return c;
}

} // namespace

class TestClusterRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void configRoundTrip_data() { addKinds(); }
    void configRoundTrip();
    void clusterRoundTrip_data() { addKinds(); }
    void clusterRoundTrip();
    void duplicateClusterRefused_data() { addKinds(); }
    void duplicateClusterRefused();
    void nodesUpsertAndRemove_data() { addKinds(); }
    void nodesUpsertAndRemove();
    void eventsKeptAfterRemoval_data() { addKinds(); }
    void eventsKeptAfterRemoval();
    void signalsAfterCommit_data() { addKinds(); }
    void signalsAfterCommit();

private:
    void addKinds();
    std::unique_ptr<ClusterRepository> make();
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestClusterRepository::addKinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("memory") << u"memory"_s;
}

void TestClusterRepository::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

std::unique_ptr<ClusterRepository> TestClusterRepository::make()
{
    QFETCH(QString, kind);
    if (kind == u"memory")
        return std::make_unique<MemoryClusterRepository>();
    auto repo = SqlClusterRepository::open(m_tmp->filePath(u"clusterdeck.sqlite"_s));
    if (!repo) {
        qWarning() << repo.error();
        return nullptr;
    }
    return std::move(repo).value();
}

void TestClusterRepository::configRoundTrip()
{
    auto repo = make();
    QVERIFY(repo);

    CloudAccount account;
    account.name = u"hobbes"_s;
    account.type = CloudType::Ec2;
    account.provider = u"ec2_boto"_s;
    account.endpoint = u"https://ec2.us-east-1.amazonaws.com"_s;
    account.region = u"us-east-1"_s;
    account.settings = {{u"vpc"_s, u"vpc-1"_s}, {u"ec2_access_key"_s, u"AKIDEXAMPLE"_s}};
    account.secretRefs = {{u"ec2_secret_key"_s, u"account/hobbes/ec2_secret_key"_s}};
    account.updated = at(1);

    LoginProfile login;
    login.name = u"ubuntu"_s;
    login.imageUser = u"ubuntu"_s;
    login.imageSudo = false;
    login.userKeyName = u"elasticluster"_s;
    login.userKeyPrivate = u"/home/u/.ssh/id_ed25519"_s;
    login.userKeyPublic = u"/home/u/.ssh/id_ed25519.pub"_s;
    login.updated = at(1);

    SetupProfile setup;
    setup.name = u"slurm"_s;
    setup.kindGroups = {{u"frontend"_s, {u"slurm_master"_s, u"nfs_server"_s}},
                        {u"compute"_s, {u"slurm_worker"_s}}};
    setup.globalVars = {{u"multiuser_cluster"_s, u"yes"_s}};
    setup.kindVars = {{u"compute"_s, {{u"slurm_gres"_s, u"gpu"_s}}}};
    setup.ansibleSettings = {{u"ansible_forks"_s, u"8"_s}};
    setup.playbookPath = u"/opt/playbooks/site.yml"_s;
    setup.updated = at(1);

    const ClusterTemplate tmpl = sampleTemplate();
    QVERIFY(repo->saveConfig({{account}, {login}, {setup}, {tmpl}}).ok());

    QCOMPARE(repo->accounts(), QList<CloudAccount>{account});
    QCOMPARE(repo->account(u"hobbes"_s).value(), account);
    QCOMPARE(repo->login(u"ubuntu"_s).value(), login);
    QCOMPARE(repo->setup(u"slurm"_s).value(), setup);
    QCOMPARE(repo->clusterTemplate(u"slurm"_s).value(), tmpl);
    QVERIFY(!repo->account(u"nobody"_s));

    // Saving again updates, never duplicates.
    account.region = u"eu-west-1"_s;
    QVERIFY(repo->saveAccount(account).ok());
    QCOMPARE(repo->accounts().size(), 1);
    QCOMPARE(repo->accounts().first().region, u"eu-west-1"_s);

    QVERIFY(repo->removeTemplate(u"slurm"_s).ok());
    QVERIFY(repo->templates().isEmpty());
    const auto missing = repo->removeTemplate(u"slurm"_s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"slurm"_s));

    CloudAccount unnamed;
    QVERIFY(!repo->saveAccount(unnamed).ok());
}

void TestClusterRepository::clusterRoundTrip()
{
    auto repo = make();
    QVERIFY(repo);
    const Cluster cluster = sampleCluster(u"research"_s);
    QVERIFY(repo->addCluster(cluster).ok());
    QCOMPARE(repo->clusterNames(), QStringList{u"research"_s});
    const auto loaded = repo->cluster(u"research"_s);
    QVERIFY(loaded);
    // Nodes come back ordered by kind, then index.
    Cluster expected = cluster;
    std::sort(expected.nodes.begin(), expected.nodes.end(), [](const Node &a, const Node &b) {
        return std::tie(a.kind, a.index) < std::tie(b.kind, b.index);
    });
    QCOMPARE(loaded->nodes.size(), 5);
    QCOMPARE(*loaded, expected);
    QCOMPARE(repo->clusters(), QList<Cluster>{expected});

    Cluster changed = *loaded;
    changed.state = ClusterState::Ready;
    changed.updated = at(9);
    QVERIFY(repo->updateCluster(changed).ok());
    QCOMPARE(repo->cluster(u"research"_s)->state, ClusterState::Ready);
    QCOMPARE(repo->cluster(u"research"_s)->updated, at(9));

    QVERIFY(repo->removeCluster(u"research"_s).ok());
    QVERIFY(!repo->cluster(u"research"_s));
    QVERIFY(!repo->updateCluster(changed).ok());
}

void TestClusterRepository::duplicateClusterRefused()
{
    auto repo = make();
    QVERIFY(repo);
    QVERIFY(repo->addCluster(sampleCluster(u"a"_s)).ok());
    const auto again = repo->addCluster(sampleCluster(u"a"_s));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"already exists"_s), qPrintable(again.error()));
    QCOMPARE(repo->cluster(u"a"_s)->nodes.size(), 5);
}

void TestClusterRepository::nodesUpsertAndRemove()
{
    auto repo = make();
    QVERIFY(repo);
    QVERIFY(repo->addCluster(sampleCluster(u"c"_s)).ok());
    Cluster c = *repo->cluster(u"c"_s);

    Node node = *c.node(u"compute002"_s);
    node.state = NodeState::Running;
    node.publicIp = u"198.51.100.20"_s;
    node.lastError.clear();
    Node added;
    added.kind = u"compute"_s;
    added.index = c.nextFreeIndex(u"compute"_s);
    QCOMPARE(added.index, 5);
    added.name = Node::nameFor(added.kind, added.index);
    QVERIFY(repo->saveNodes(u"c"_s, {node, added}).ok());

    c = *repo->cluster(u"c"_s);
    QCOMPARE(c.nodes.size(), 6);
    QCOMPARE(c.node(u"compute002"_s)->state, NodeState::Running);
    QCOMPARE(c.node(u"compute002"_s)->publicIp, u"198.51.100.20"_s);
    QVERIFY(c.node(u"compute005"_s));

    QVERIFY(repo->removeNodes(u"c"_s, {u"compute002"_s}).ok());
    c = *repo->cluster(u"c"_s);
    QCOMPARE(c.nodes.size(), 5);
    // The freed index is reused first.
    QCOMPARE(c.nextFreeIndex(u"compute"_s), 2);
    QVERIFY(!repo->saveNodes(u"nope"_s, {node}).ok());
}

void TestClusterRepository::eventsKeptAfterRemoval()
{
    auto repo = make();
    QVERIFY(repo);
    QVERIFY(repo->addCluster(sampleCluster(u"e"_s)).ok());
    for (int i = 0; i < 5; ++i) {
        ClusterEvent e;
        e.cluster = u"e"_s;
        e.node = i % 2 ? u"compute001"_s : QString();
        e.level = i == 4 ? ClusterEvent::Level::Error : ClusterEvent::Level::Info;
        e.text = u"event %1"_s.arg(i);
        e.time = at(10 + i);
        QVERIFY(repo->appendEvent(e).ok());
    }
    ClusterEvent other;
    other.cluster = u"other"_s;
    other.text = u"elsewhere"_s;
    QVERIFY(repo->appendEvent(other).ok());

    QVERIFY(repo->removeCluster(u"e"_s).ok());
    const QList<ClusterEvent> last3 = repo->events(u"e"_s, 3);
    QCOMPARE(last3.size(), 3);
    QCOMPARE(last3.first().text, u"event 2"_s); // oldest first
    QCOMPARE(last3.last().text, u"event 4"_s);
    QCOMPARE(last3.last().level, ClusterEvent::Level::Error);
    QCOMPARE(last3.at(1).node, u"compute001"_s);
    QCOMPARE(last3.at(1).time, at(13));
    QVERIFY(last3.at(0).id < last3.at(1).id);
    QCOMPARE(repo->events(QString(), 100).size(), 6);
}

void TestClusterRepository::signalsAfterCommit()
{
    auto repo = make();
    QVERIFY(repo);
    QSignalSpy added(repo.get(), &ClusterRepository::clusterAdded);
    QSignalSpy nodes(repo.get(), &ClusterRepository::nodesChanged);
    QSignalSpy removed(repo.get(), &ClusterRepository::clusterRemoved);
    QSignalSpy config(repo.get(), &ClusterRepository::configChanged);
    QSignalSpy events(repo.get(), &ClusterRepository::eventsAppended);

    // A listener that reads back on the signal sees the committed state.
    bool sawCluster = false;
    connect(repo.get(), &ClusterRepository::clusterAdded, this,
            [&](const QString &name) { sawCluster = repo->cluster(name).has_value(); });

    QVERIFY(repo->addCluster(sampleCluster(u"s"_s)).ok());
    QCOMPARE(added.size(), 1);
    QVERIFY(sawCluster);
    QVERIFY(!repo->addCluster(sampleCluster(u"s"_s)).ok());
    QCOMPARE(added.size(), 1); // no signal for a refused write

    Node n = *repo->cluster(u"s"_s)->node(u"frontend001"_s);
    n.state = NodeState::Ready;
    QVERIFY(repo->saveNode(u"s"_s, n).ok());
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first().at(1).toStringList(), QStringList{u"frontend001"_s});

    QVERIFY(repo->saveTemplate(sampleTemplate()).ok());
    QCOMPARE(config.size(), 1);
    QVERIFY(repo->appendEvent({0, {}, u"s"_s, {}, ClusterEvent::Level::Info, u"x"_s}).ok());
    QCOMPARE(events.size(), 1);
    QVERIFY(repo->removeCluster(u"s"_s).ok());
    QCOMPARE(removed.size(), 1);
}

QTEST_GUILESS_MAIN(TestClusterRepository)
#include "tst_clusterrepository.moc"
