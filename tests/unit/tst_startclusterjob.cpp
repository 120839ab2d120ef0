// StartClusterJob and DestroyClusterJob logic on the static-hosts provider (real provider, its
// state file in a temp dir) with a scripted SSH prober. The real SSH path is covered by the
// lifecycle integration tests.
#include "model/lifecycle/clusterplan.h"
#include "model/lifecycle/destroyclusterjob.h"
#include "model/lifecycle/startclusterjob.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/cloud/static/statichostsprovider.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/scriptedprober.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

ClusterTemplate slurmTemplate(int computeMin)
{
    ClusterTemplate t;
    t.name = u"slurm"_s;
    t.cloud = u"lab"_s;
    NodeKindSpec frontend;
    frontend.name = u"frontend"_s;
    frontend.count = frontend.minCount = 1;
    NodeKindSpec compute;
    compute.name = u"compute"_s;
    compute.count = 3;
    compute.minCount = computeMin;
    t.kinds = {frontend, compute};
    t.startTimeoutSec = 20;
    return t;
}

using Outcome = Job::Outcome;

} // namespace

class TestStartClusterJob final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void planNamesNodesAndHonoursCounts();
    void startsEveryNodeThenDestroys();
    void belowMinimumCleansUp();
    void atMinimumSucceedsPartly();
    void notEnoughHostsOrphansNothing();
    void cancelTerminatesWhatWasCreated();
    void silentNodesTimeOut();

private:
    std::shared_ptr<CloudProvider> provider(int hosts);
    Outcome run(Job &job);
    void plan(int computeMin);
    int hostsInUse();

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    std::shared_ptr<CloudProvider> m_provider;
    test::ScriptedProber *m_prober = nullptr;
    std::unique_ptr<test::ScriptedProber> m_proberOwner;
};

void TestStartClusterJob::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_repo = std::make_unique<MemoryClusterRepository>();
    m_proberOwner = std::make_unique<test::ScriptedProber>();
    m_prober = m_proberOwner.get();
    m_provider = provider(4);
}

std::shared_ptr<CloudProvider> TestStartClusterJob::provider(int hosts)
{
    ProviderConfig config;
    config.type = u"static"_s;
    config.name = u"lab"_s;
    QStringList list;
    for (int i = 0; i < hosts; ++i)
        list << u"127.0.0.%1:2222"_s.arg(2 + i);
    config.settings.insert(u"hosts"_s, list.join(u','));
    ProviderContext context;
    context.stateDir = m_tmp->path();
    QString error;
    return std::shared_ptr<CloudProvider>(StaticHostsProvider::create(config, context, &error));
}

Job::Outcome TestStartClusterJob::run(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(20000))
        return Outcome::Running;
    return job.outcome();
}

void TestStartClusterJob::plan(int computeMin)
{
    auto cluster = ClusterPlan::fromTemplate(slurmTemplate(computeMin), u"c1"_s);
    QVERIFY(cluster.ok());
    QVERIFY(m_repo->addCluster(cluster.value()).ok());
}

int TestStartClusterJob::hostsInUse()
{
    return test::await(m_provider->quota()).value().usedInstances;
}

void TestStartClusterJob::planNamesNodesAndHonoursCounts()
{
    auto plain = ClusterPlan::fromTemplate(slurmTemplate(2), u"c1"_s);
    QVERIFY(plain.ok());
    QStringList names;
    for (const Node &n : plain.value().nodes) {
        names << n.name;
        QCOMPARE(n.state, NodeState::Planned);
    }
    QCOMPARE(names,
             (QStringList{u"frontend001"_s, u"compute001"_s, u"compute002"_s, u"compute003"_s}));
    auto more = ClusterPlan::fromTemplate(slurmTemplate(2), u"c1"_s, {{u"compute"_s, 5}});
    QVERIFY(more.ok());
    QCOMPARE(more.value().nodes.size(), 6);
    QCOMPARE(more.value().spec.kind(u"compute"_s)->count, 5);
    auto tooFew = ClusterPlan::fromTemplate(slurmTemplate(2), u"c1"_s, {{u"compute"_s, 1}});
    QVERIFY(!tooFew.ok());
    QVERIFY2(tooFew.error().contains(u"minimum of 2"_s), qPrintable(tooFew.error()));
    QVERIFY(!ClusterPlan::fromTemplate(slurmTemplate(2), u"c1"_s, {{u"gpu"_s, 1}}).ok());
    QVERIFY(!ClusterPlan::fromTemplate(slurmTemplate(2), u"1bad"_s).ok());
    QVERIFY(!ClusterPlan::parseCounts(u"three:compute"_s).ok());
    QCOMPARE(ClusterPlan::parseCounts(u"3:compute, 1:frontend"_s).value().value(u"compute"_s), 3);
}

void TestStartClusterJob::startsEveryNodeThenDestroys()
{
    plan(2);
    StartOptions options;
    options.pollIntervalMs = 50;
    StartClusterJob start(m_repo.get(), m_provider, m_prober, u"c1"_s, options);
    QSignalSpy states(&start, &StartClusterJob::nodeStateChanged);
    QCOMPARE(run(start), Outcome::Succeeded);
    const Cluster c = *m_repo->cluster(u"c1"_s);
    QCOMPARE(c.state, ClusterState::Ready);
    for (const Node &n : c.nodes) {
        QCOMPARE(n.state, NodeState::Reachable);
        QVERIFY(n.instanceId.startsWith(u"127.0.0."_s));
        QCOMPARE(n.preferredIp, n.publicIp);
    }
    QCOMPARE(m_prober->probed.size(), 4);
    QCOMPARE(hostsInUse(), 4);
    // Every node went Requested before anything else.
    QCOMPARE(states.first().at(1).value<NodeState>(), NodeState::Requested);

    DestroyOptions destroy;
    destroy.pollIntervalMs = 50;
    DestroyClusterJob job(m_repo.get(), m_provider, u"c1"_s, destroy);
    QCOMPARE(run(job), Outcome::Succeeded);
    QVERIFY(!m_repo->cluster(u"c1"_s));
    QCOMPARE(hostsInUse(), 0);
    QVERIFY(m_repo->events(u"c1"_s, 100).last().text.contains(u"destroyed"_s));
}

void TestStartClusterJob::belowMinimumCleansUp()
{
    plan(3);
    m_prober->script.insert(u"compute002"_s, u"fail"_s);
    StartOptions options;
    options.pollIntervalMs = 50;
    StartClusterJob start(m_repo.get(), m_provider, m_prober, u"c1"_s, options);
    QCOMPARE(run(start), Outcome::Failed);
    QVERIFY2(start.errorString().contains(u"compute: 2 of 3 nodes reachable, at least 3 needed"_s),
             qPrintable(start.errorString()));
    const Cluster c = *m_repo->cluster(u"c1"_s);
    QCOMPARE(c.state, ClusterState::Failed);
    for (const Node &n : c.nodes)
        QCOMPARE(n.state, NodeState::Terminated);
    QCOMPARE(hostsInUse(), 0); // nothing left behind
}

void TestStartClusterJob::atMinimumSucceedsPartly()
{
    plan(2);
    m_prober->script.insert(u"compute003"_s, u"changed"_s);
    StartOptions options;
    options.pollIntervalMs = 50;
    StartClusterJob start(m_repo.get(), m_provider, m_prober, u"c1"_s, options);
    QCOMPARE(run(start), Outcome::Succeeded);
    QCOMPARE(start.failedNodes(), QStringList{u"compute003"_s});
    const Cluster c = *m_repo->cluster(u"c1"_s);
    QCOMPARE(c.state, ClusterState::Partial);
    QCOMPARE(c.node(u"compute003"_s)->state, NodeState::Unreachable);
    QVERIFY(c.node(u"compute003"_s)->lastError.contains(u"scripted failure"_s));
    bool hostKeyEvent = false;
    for (const ClusterEvent &e : m_repo->events(u"c1"_s, 100))
        hostKeyEvent |= e.node == u"compute003" && e.text.contains(u"Host key changed"_s)
                        && e.level == ClusterEvent::Level::Error;
    QVERIFY(hostKeyEvent);
}

void TestStartClusterJob::notEnoughHostsOrphansNothing()
{
    m_provider = provider(2); // frontend gets one, compute (min 2, wants 3) gets at most 1
    plan(2);
    StartOptions options;
    options.pollIntervalMs = 50;
    StartClusterJob start(m_repo.get(), m_provider, m_prober, u"c1"_s, options);
    QCOMPARE(run(start), Outcome::Failed);
    QCOMPARE(hostsInUse(), 0);
    const Cluster c = *m_repo->cluster(u"c1"_s);
    for (const Node &n : c.nodes)
        QVERIFY2(n.state == NodeState::Terminated || n.state == NodeState::Failed,
                 qPrintable(n.name + u' ' + States::toString(n.state)));
}

void TestStartClusterJob::cancelTerminatesWhatWasCreated()
{
    plan(2);
    for (const QString &n : {u"frontend001"_s, u"compute001"_s, u"compute002"_s, u"compute003"_s})
        m_prober->script.insert(n, u"silent"_s);
    StartOptions options;
    options.pollIntervalMs = 50;
    StartClusterJob start(m_repo.get(), m_provider, m_prober, u"c1"_s, options);
    QSignalSpy finished(&start, &Job::finished);
    start.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_prober->probed.size(), 4, 10000);
    QCOMPARE(hostsInUse(), 4);
    start.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(start.outcome(), Outcome::Cancelled);
    QVERIFY(m_prober->cancels > 0);
    QCOMPARE(hostsInUse(), 0);
}

void TestStartClusterJob::silentNodesTimeOut()
{
    plan(0);
    m_prober->script.insert(u"compute001"_s, u"silent"_s);
    StartOptions options;
    options.pollIntervalMs = 50;
    options.startTimeoutSec = 1;
    StartClusterJob start(m_repo.get(), m_provider, m_prober, u"c1"_s, options);
    QCOMPARE(run(start), Outcome::Succeeded); // compute has no minimum
    const Node n = *m_repo->cluster(u"c1"_s)->node(u"compute001"_s);
    QCOMPARE(n.state, NodeState::Unreachable);
    QVERIFY2(n.lastError.contains(u"within 1 s"_s), qPrintable(n.lastError));
}

QTEST_GUILESS_MAIN(TestStartClusterJob)
#include "tst_startclusterjob.moc"
