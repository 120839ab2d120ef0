// ResizeClusterJob on an in-process cloud (tests/support/fakecloud.h) with a scripted SSH
// prober: added nodes copy their kind's spec and their instance ids are stored the moment the
// cloud answers; removal takes the highest-numbered nodes (the controller's choice) or a
// chosen one, with their known_hosts lines; cloud faults and cancels leave no instance the
// repository does not know. The same flows on real peers: tst_cliresize, tst_ec2lifecycle.
#include "model/lifecycle/clustercontroller.h"
#include "model/lifecycle/resizeclusterjob.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/lifecyclerig.h"

#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using Op = CloudProvider::Operation;
using Outcome = Job::Outcome;

class TestResizeClusterJob final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addCopiesTheKindAndStoresIdsAtOnce();
    void removesTheHighestNumbered();
    void removesAChosenNode();
    void createFaultLeavesNothingUnrecorded();
    void terminateFaultNamesTheCloudsReason();
    void cancelDuringTerminateAddsNothing();
    void cancelWhileAddingKeepsWhatWasCreated();

private:
    ResizeClusterJob *resize(const QMap<QString, int> &add, const QStringList &remove);
    QStringList nodeNames() const;

    std::unique_ptr<test::LifecycleRig> m_rig;
    std::unique_ptr<ResizeClusterJob> m_job;
};

void TestResizeClusterJob::init()
{
    m_job.reset();
    m_rig = std::make_unique<test::LifecycleRig>();
    QVERIFY(m_rig->startCluster(2));
}

ResizeClusterJob *TestResizeClusterJob::resize(const QMap<QString, int> &add,
                                               const QStringList &remove)
{
    test::LifecycleRig *rig = m_rig.get();
    const auto makeStart = [rig](QObject *parent) -> Job * {
        StartOptions options = test::LifecycleRig::fastStart();
        options.keepOnFailure = options.keepOnCancel = true; // as the controller does
        return new StartClusterJob(&rig->repo, rig->provider, &rig->prober,
                                   test::LifecycleRig::clusterName(), options, parent);
    };
    m_job = std::make_unique<ResizeClusterJob>(&rig->repo, rig->provider,
                                               test::LifecycleRig::clusterName(), add, remove,
                                               rig->knownHostsFile(), makeStart);
    return m_job.get();
}

QStringList TestResizeClusterJob::nodeNames() const
{
    QStringList names;
    for (const Node &n : m_rig->cluster().nodes)
        names << n.name;
    names.sort();
    return names;
}

void TestResizeClusterJob::addCopiesTheKindAndStoresIdsAtOnce()
{
    const auto creates = m_rig->cloud->creates.size();
    // At the first describe after the create call, the repository must know every id made.
    QStringList unrecordedAtFirstDescribe = {u"no describe"_s};
    bool checked = false;
    m_rig->cloud->onCall
        = [this, &checked, &unrecordedAtFirstDescribe](Op op, const QStringList &) {
              if (op == Op::Describe && !checked) {
                  checked = true;
                  unrecordedAtFirstDescribe = m_rig->unrecorded();
              }
          };
    ResizeClusterJob *job = resize({{u"compute"_s, 2}}, {});
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Succeeded);
    m_rig->cloud->onCall = nullptr;
    QCOMPARE(unrecordedAtFirstDescribe, QStringList{});

    QCOMPARE(m_rig->cloud->creates.size(), creates + 1); // one create call for the kind
    const InstanceSpec spec = m_rig->cloud->creates.last();
    QCOMPARE(spec.kind, u"compute"_s);
    QCOMPARE(spec.nodeNames, (QStringList{u"compute003"_s, u"compute004"_s}));
    QCOMPARE(spec.image, u"img-compute"_s);
    QCOMPARE(spec.flavor, u"large"_s);
    QCOMPARE(spec.tags.value(u"role"_s), u"worker"_s);
    QCOMPARE(spec.cluster, u"c1"_s);
    for (const QString &name : {u"compute003"_s, u"compute004"_s}) {
        const Node n = m_rig->node(name);
        QCOMPARE(n.state, NodeState::Reachable);
        QCOMPARE(m_rig->cloud->instances.value(n.instanceId).node, name);
    }
    QCOMPARE(m_rig->cluster().state, ClusterState::Ready);
    QCOMPARE(m_rig->cloud->liveIds().size(), 5);
    QCOMPARE(m_rig->cloud->calls.value(Op::Terminate), 0);
}

void TestResizeClusterJob::removesTheHighestNumbered()
{
    // The choice of nodes is the controller's: it hands the job the names to remove.
    m_rig = std::make_unique<test::LifecycleRig>();
    QVERIFY(m_rig->startCluster(4));
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    lab.settings.insert(u"hosts"_s, u"127.0.0.2:2222"_s);
    QVERIFY(m_rig->repo.saveAccount(lab).ok());
    CloudProviderFactory factory;
    factory.registerType(u"static"_s,
                         [cloud = m_rig->cloud](const ProviderConfig &, const ProviderContext &,
                                                QString *) -> std::unique_ptr<CloudProvider> {
                             return std::make_unique<test::FakeCloudProvider>(cloud);
                         });
    MemorySecretStore secrets;
    auto dataDir = DataDir::open(m_rig->tmp.filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    ClusterController controller(&m_rig->repo, &secrets, &factory,
                                 ProviderContext{nullptr, m_rig->tmp.path()}, dataDir.value(),
                                 nullptr, nullptr);
    const Cluster before = m_rig->cluster();
    QString error;
    QVERIFY(!controller.resizeCluster(u"c1"_s, {}, {{u"compute"_s, 4}}, {}, &error));
    QVERIFY2(error.contains(u"minimum of 1"_s), qPrintable(error));
    Job *job = controller.resizeCluster(u"c1"_s, {}, {{u"compute"_s, 2}}, {}, &error);
    QVERIFY2(job, qPrintable(error));
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Succeeded);

    QCOMPARE(nodeNames(), (QStringList{u"compute001"_s, u"compute002"_s, u"frontend001"_s}));
    QCOMPARE(m_rig->cloud->calls.value(Op::Terminate), 1);
    for (const Node &n : before.nodes) {
        const bool gone = n.name == u"compute003" || n.name == u"compute004";
        QCOMPARE(m_rig->cloud->liveIds().contains(n.instanceId), !gone);
    }
    QCOMPARE(m_rig->cloud->calls.value(Op::Create), 2); // only the start's two
}

void TestResizeClusterJob::removesAChosenNode()
{
    const Node leaving = m_rig->node(u"compute001"_s);
    KnownHosts knownHosts(m_rig->knownHostsFile());
    QCOMPARE(knownHosts.keys(leaving.preferredIp, 22).size(), 1);
    ResizeClusterJob *job = resize({}, {u"compute001"_s});
    QSignalSpy states(job, &ResizeClusterJob::nodeStateChanged);
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Succeeded);

    // Only the chosen node goes; the others keep their names (no renumbering).
    QCOMPARE(nodeNames(), (QStringList{u"compute002"_s, u"frontend001"_s}));
    QCOMPARE(m_rig->cloud->instances.value(leaving.instanceId).state,
             InstanceInfo::State::Terminating);
    QCOMPARE(m_rig->cloud->liveIds().size(), 2);
    QVERIFY(knownHosts.keys(leaving.preferredIp, 22).isEmpty());
    QCOMPARE(knownHosts.keys(m_rig->node(u"compute002"_s).preferredIp, 22).size(), 1);
    // Terminating was announced (and stored) before the terminate call's answer.
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.at(0).at(0).toString(), u"compute001"_s);
    QCOMPARE(states.at(0).at(1).value<NodeState>(), NodeState::Terminating);
    QCOMPARE(m_rig->cluster().state, ClusterState::Ready);
}

void TestResizeClusterJob::createFaultLeavesNothingUnrecorded()
{
    m_rig->cloud->faults.insert(
        Op::Create, test::FakeCloud::error(CloudError::Kind::Quota, u"InstanceLimitExceeded"_s,
                                           u"Your quota allows no more compute."_s));
    m_rig->cloud->failCreateOfKind = u"compute"_s;
    ResizeClusterJob *job = resize({{u"frontend"_s, 1}, {u"compute"_s, 2}}, {u"compute002"_s});
    test::LifecycleRig::run(*job);
    QVERIFY(job->isFinished());

    QCOMPARE(m_rig->unrecorded(), QStringList{});
    QCOMPARE(m_rig->node(u"frontend002"_s).state, NodeState::Reachable); // its create worked
    for (const QString &name : {u"compute002"_s, u"compute003"_s}) {
        const Node n = m_rig->node(name);
        QCOMPARE(n.state, NodeState::Failed);
        QVERIFY(n.instanceId.isEmpty());
        QVERIFY2(n.lastError.contains(u"InstanceLimitExceeded"_s)
                     && n.lastError.contains(u"Your quota allows no more compute."_s),
                 qPrintable(n.lastError));
    }
    QCOMPARE(m_rig->node(u"compute001"_s).state, NodeState::Reachable); // left alone
    QCOMPARE(m_rig->cloud->liveIds().size(), 3);
}

void TestResizeClusterJob::terminateFaultNamesTheCloudsReason()
{
    m_rig->cloud->faults.insert(
        Op::Terminate,
        test::FakeCloud::error(CloudError::Kind::Auth, u"UnauthorizedOperation"_s,
                               u"You are not authorized to perform this operation."_s));
    const Node leaving = m_rig->node(u"compute002"_s);
    ResizeClusterJob *job = resize({{u"compute"_s, 1}}, {u"compute002"_s});
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Failed);
    QVERIFY2(job->errorString().contains(u"UnauthorizedOperation"_s)
                 && job->errorString().contains(u"not authorized to perform"_s),
             qPrintable(job->errorString()));
    // Kept, marked, and not replaced: nothing was created after the failed terminate.
    QCOMPARE(m_rig->node(u"compute002"_s).state, NodeState::Terminating);
    QCOMPARE(m_rig->node(u"compute002"_s).instanceId, leaving.instanceId);
    QCOMPARE(m_rig->cloud->calls.value(Op::Create), 2);
    QCOMPARE(m_rig->unrecorded(), QStringList{});
    bool reported = false;
    for (const ClusterEvent &e : m_rig->repo.events(u"c1"_s, 100))
        reported
            |= e.level == ClusterEvent::Level::Error && e.text.contains(u"UnauthorizedOperation"_s);
    QVERIFY(reported);
}

void TestResizeClusterJob::cancelDuringTerminateAddsNothing()
{
    m_rig->cloud->hold(Op::Terminate);
    const Node leaving = m_rig->node(u"compute002"_s);
    ResizeClusterJob *job = resize({{u"compute"_s, 2}}, {u"compute002"_s});
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->cloud->heldCalls(Op::Terminate), 1, 10000);
    job->cancel();
    QCOMPARE(finished.size(), 0); // a terminate in flight cannot be taken back: it is awaited
    m_rig->cloud->release(Op::Terminate);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(job->outcome(), Outcome::Cancelled);
    QCOMPARE(nodeNames(), (QStringList{u"compute001"_s, u"frontend001"_s}));
    QVERIFY(!m_rig->cloud->liveIds().contains(leaving.instanceId));
    QCOMPARE(m_rig->cloud->calls.value(Op::Create), 2); // the additions never began
    QCOMPARE(m_rig->unrecorded(), QStringList{});
}

void TestResizeClusterJob::cancelWhileAddingKeepsWhatWasCreated()
{
    m_rig->prober.script.insert(u"compute003"_s, u"silent"_s);
    const int cancels = m_rig->prober.cancels;
    ResizeClusterJob *job = resize({{u"compute"_s, 1}}, {});
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->prober.probed.contains(u"compute003"_s), 10000);
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(job->outcome(), Outcome::Cancelled);
    QVERIFY(m_rig->prober.cancels > cancels);
    // Kept on cancel (the resize never takes down what it made) and recorded.
    const Node added = m_rig->node(u"compute003"_s);
    QVERIFY(!added.instanceId.isEmpty());
    QVERIFY(m_rig->cloud->liveIds().contains(added.instanceId));
    QCOMPARE(m_rig->unrecorded(), QStringList{});
    QCOMPARE(m_rig->cloud->calls.value(Op::Terminate), 0);
}

QTEST_GUILESS_MAIN(TestResizeClusterJob)
#include "tst_resizeclusterjob.moc"
