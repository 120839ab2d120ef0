// The seed's sample code (shared/seed/elasticluster-api.rst, "Sample Code") written against
// ClusterDeck's model API, as a newcomer would: a cloud provider (machines reached over SSH,
// three sshd nodes here), a setup provider whose groups make frontend a slurm_master and
// compute a slurm_worker, a cluster with one frontend and `add_nodes`-style two compute
// nodes, started (waiting for the job) and set up; the asynchronous variant (start, then poll
// until every node is alive); and the cluster found again after a "program restart".
#include "model/lifecycle/clustercontroller.h"
#include "model/lifecycle/clusterplan.h"
#include "model/lifecycle/sshnodeprober.h"
#include "model/repository/sqlclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "providers/setup/ansiblesetupprovider.h"
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestSeedFlows final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startAndSetupASlurmCluster();
    void asynchronousNodeStart();

private:
    // Everything the sample's first lines build: repository, providers, controller.
    void buildProviders(const QString &databasePath);
    Job::Outcome waitFor(Job *job, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<test::SshNodeFarm> m_farm;
    std::unique_ptr<SqlClusterRepository> m_repo;
    MemorySecretStore m_secrets;
    CloudProviderFactory m_factory;
    std::unique_ptr<ClusterController> m_controller;
};

void TestSeedFlows::init()
{
    if (QStandardPaths::findExecutable(u"ansible-playbook"_s).isEmpty())
        CD_SKIP_OR_FAIL(u"ansible-playbook is missing (package ansible)"_s);
    m_tmp = std::make_unique<QTemporaryDir>();
    m_farm = std::make_unique<test::SshNodeFarm>();
    QVERIFY2(m_farm->start(3), qPrintable(m_farm->errorString()));
    if (!m_factory.knows(u"static"_s))
        CloudProviderFactory::registerBuiltins(m_factory);
}

void TestSeedFlows::cleanup()
{
    m_controller.reset();
    m_repo.reset();
    m_farm.reset();
}

void TestSeedFlows::buildProviders(const QString &databasePath)
{
    // repository = PickleRepository('/path/to/storage/dir')
    auto opened = SqlClusterRepository::open(databasePath);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    m_repo = std::move(opened).value();

    // cloud_provider = ...: an account the controller turns into a provider when it needs one.
    QStringList hosts;
    for (int i = 0; i < m_farm->nodeCount(); ++i)
        hosts << u"%1:%2"_s.arg(m_farm->address(i)).arg(m_farm->port(i));
    CloudAccount cloud;
    cloud.name = u"lab"_s;
    cloud.type = CloudType::Static;
    cloud.settings.insert(u"hosts"_s, hosts.join(u','));
    QVERIFY(m_repo->saveAccount(cloud).ok());

    // groups['frontend'] = ['slurm_master']; groups['compute'] = ['slurm_worker']
    SetupProfile setup;
    setup.name = u"slurm"_s;
    setup.kindGroups = {{u"frontend"_s, {u"slurm_master"_s}}, {u"compute"_s, {u"slurm_worker"_s}}};
    // Three "machines" that are this one cannot run three SLURM daemons: a playbook that
    // writes a file per node stands in (tst_slurmsetup runs the real SLURM roles).
    setup.playbookPath = test::sourceDir() + u"/tests/integration/playbooks/smoke.yml"_s;
    setup.globalVars.insert(u"out_dir"_s, m_tmp->path());
    QVERIFY(m_repo->saveSetup(setup).ok());

    // ssh_key_name, ssh_key_pub, ssh_key_priv: the login used for every node.
    LoginProfile login;
    login.name = u"gc3-user"_s;
    login.imageUser = m_farm->user();
    login.imageSudo = false;
    login.userKeyPrivate = m_farm->clientKeyPath();
    login.userKeyPublic = m_farm->clientKeyPath() + u".pub"_s;
    QVERIFY(m_repo->saveLogin(login).ok());

    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    const auto prober = [dataDir = dataDir.value()](const Cluster &cluster,
                                                    const LoginProfile &login, QObject *parent) {
        SshTarget target;
        target.user = login.imageUser;
        target.privateKeyPath = login.userKeyPrivate;
        target.knownHostsFile = dataDir.knownHostsFile(cluster.name);
        target.policy = HostKeyPolicy::TrustOnFirstUse; // new nodes, as ElastiCluster does
        return static_cast<NodeProber *>(new SshNodeProber(target, parent));
    };
    m_controller = std::make_unique<ClusterController>(
        m_repo.get(), &m_secrets, &m_factory, ProviderContext{nullptr, m_tmp->filePath(u"p"_s)},
        dataDir.value(), prober, prober);
    // setup_provider = AnsibleSetupProvider(groups)
    m_controller->setSetupProvider(std::make_shared<AnsibleSetupProvider>());
}

Job::Outcome TestSeedFlows::waitFor(Job *job, int timeoutMs)
{
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(timeoutMs))
        return Job::Outcome::Running;
    return finished.first().at(0).value<Job::Outcome>();
}

void TestSeedFlows::startAndSetupASlurmCluster()
{
    const QString database = m_tmp->filePath(u"clusters.sqlite"_s);
    buildProviders(database);
    if (QTest::currentTestFailed())
        return;

    // cluster = Cluster('my-cluster', cloud_provider, setup_provider, keys…)
    Cluster cluster;
    cluster.name = u"my-cluster"_s;
    cluster.cloud = u"lab"_s;
    cluster.login = u"gc3-user"_s;
    cluster.setup = u"slurm"_s;
    NodeKindSpec frontend, compute;
    frontend.name = u"frontend"_s;
    frontend.minCount = 1;
    compute.name = u"compute"_s;
    compute.minCount = 2;
    cluster.spec.kinds = {frontend, compute};
    // cluster.add_node('frontend', …); cluster.add_nodes('compute', 2, …)
    ClusterPlan::addNodes(cluster, u"frontend"_s, 1);
    ClusterPlan::addNodes(cluster, u"compute"_s, 2);
    QVERIFY(m_repo->addCluster(cluster).ok());

    // cluster.start(): waits until every node is alive.
    QString error;
    Job *start = m_controller->startCluster(u"my-cluster"_s, StartOptions{}, &error);
    QVERIFY2(start, qPrintable(error));
    QCOMPARE(waitFor(start, 60000), Job::Outcome::Succeeded);
    const QList<Node> nodes
        = m_repo->cluster(u"my-cluster"_s)->nodes; // a copy: the optional is a temporary
    for (const Node &n : nodes)
        QCOMPARE(n.state, NodeState::Reachable);

    // cluster.setup()
    Job *setup = m_controller->setupCluster(u"my-cluster"_s, {}, &error);
    QVERIFY2(setup, qPrintable(error));
    QCOMPARE(waitFor(setup, 120000), Job::Outcome::Succeeded);
    const Cluster configured = *m_repo->cluster(u"my-cluster"_s);
    QCOMPARE(configured.state, ClusterState::Ready);
    for (const Node &n : configured.nodes) {
        QCOMPARE(n.state, NodeState::Ready);
        QVERIFY(QFile::exists(m_tmp->filePath(n.name + u".txt"_s)));
    }

    // After a program restart: repository.get('my-cluster'), repository.get_all()
    m_controller.reset();
    m_repo.reset();
    auto reopened = SqlClusterRepository::open(database);
    QVERIFY(reopened);
    const auto again = reopened.value()->cluster(u"my-cluster"_s);
    QVERIFY(again.has_value());
    QCOMPARE(again->nodes.size(), 3);
    QCOMPARE(again->state, ClusterState::Ready);
    QCOMPARE(again->nodes, configured.nodes);
    QCOMPARE(reopened.value()->clusters().size(), 1);
}

void TestSeedFlows::asynchronousNodeStart()
{
    buildProviders(m_tmp->filePath(u"clusters.sqlite"_s));
    if (QTest::currentTestFailed())
        return;
    Cluster cluster;
    cluster.name = u"async"_s;
    cluster.cloud = u"lab"_s;
    cluster.login = u"gc3-user"_s;
    NodeKindSpec compute;
    compute.name = u"compute"_s;
    compute.minCount = 1;
    cluster.spec.kinds = {compute};
    ClusterPlan::addNodes(cluster, u"compute"_s, 3);
    QVERIFY(m_repo->addCluster(cluster).ok());

    // for node in nodes: node.start() — returns at once; the work goes on in the event loop.
    QString error;
    Job *start = m_controller->startCluster(u"async"_s, StartOptions{}, &error);
    QVERIFY2(start, qPrintable(error));
    start->start();
    QVERIFY(!start->isFinished());
    // while starting_nodes: starting_nodes = [n for n in starting_nodes if not n.is_alive()]
    const auto alive = [this] {
        int n = 0;
        const QList<Node> nodes
            = m_repo->cluster(u"async"_s)->nodes; // a copy: the optional is a temporary
        for (const Node &node : nodes)
            n += node.state == NodeState::Reachable;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(alive(), 3, 60000);
}

QTEST_GUILESS_MAIN(TestSeedFlows)
#include "tst_seedflows.moc"
