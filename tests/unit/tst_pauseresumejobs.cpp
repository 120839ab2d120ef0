// PauseClusterJob and ResumeClusterJob on an in-process cloud (tests/support/fakecloud.h) with
// a scripted SSH prober: pause stops every instance in one call and waits (one describe per
// round for all nodes) until the cloud says stopped; resume starts them, takes the addresses
// the cloud gives them and carries each node's recorded host key to its new address before
// probing; cancels stop waiting without undoing the call made; a cloud error reaches the
// result with the cloud's own code and message. DestroyClusterJob, the third job that waits
// with InstanceStateWaiter, is checked here for its cancel. On real peers: tst_ec2pause.
#include "model/lifecycle/destroyclusterjob.h"
#include "model/lifecycle/pauseclusterjob.h"
#include "model/lifecycle/resumeclusterjob.h"
#include "tests/support/lifecyclerig.h"

#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using Op = CloudProvider::Operation;
using Outcome = Job::Outcome;

class TestPauseResumeJobs final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pauseStopsEveryNode();
    void resumeRefreshesAddressesAndKnownHosts();
    void resumeRefusesAChangedKey();
    void stopErrorNamesTheCloudsReason();
    void startErrorNamesTheCloudsReason();
    void cloudWithoutStopSaysSo();
    void cancelledPauseIgnoresLateAnswers();
    void cancelledResumeStopsProbing();
    void cancelledDestroyStopsWaiting();

private:
    std::unique_ptr<PauseClusterJob> pause();
    std::unique_ptr<ResumeClusterJob> resume();
    void pauseAll();

    std::unique_ptr<test::LifecycleRig> m_rig;
};

void TestPauseResumeJobs::init()
{
    m_rig = std::make_unique<test::LifecycleRig>();
    QVERIFY(m_rig->startCluster(2));
}

std::unique_ptr<PauseClusterJob> TestPauseResumeJobs::pause()
{
    return std::make_unique<PauseClusterJob>(&m_rig->repo, m_rig->provider,
                                             test::LifecycleRig::clusterName(), 20, 20);
}

std::unique_ptr<ResumeClusterJob> TestPauseResumeJobs::resume()
{
    return std::make_unique<ResumeClusterJob>(&m_rig->repo, m_rig->provider, &m_rig->prober,
                                              test::LifecycleRig::clusterName(),
                                              m_rig->knownHostsFile(), 20, 20);
}

void TestPauseResumeJobs::pauseAll()
{
    auto job = pause();
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Succeeded);
}

void TestPauseResumeJobs::pauseStopsEveryNode()
{
    const auto describesBefore = m_rig->cloud->describes.size();
    QStringList ids;
    for (const Node &n : m_rig->cluster().nodes)
        ids << n.instanceId;
    ids.sort();
    auto job = pause();
    QSignalSpy states(job.get(), &PauseClusterJob::nodeStateChanged);
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Succeeded);

    QCOMPARE(m_rig->cluster().state, ClusterState::Paused);
    for (const Node &n : m_rig->cluster().nodes) {
        QCOMPARE(n.state, NodeState::Paused);
        QCOMPARE(m_rig->cloud->instances.value(n.instanceId).state, InstanceInfo::State::Stopped);
    }
    QCOMPARE(m_rig->cloud->calls.value(Op::Stop), 1);
    // The fake reports "stopping" once before "stopped": two rounds, each one call for all.
    const QList<QStringList> rounds = m_rig->cloud->describes.mid(describesBefore);
    QCOMPARE(rounds.size(), 2);
    for (QStringList round : rounds) {
        round.sort();
        QCOMPARE(round, ids);
    }
    // Every node went Stopping (stored before the stop call) and then Paused.
    QCOMPARE(states.size(), 6);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(states.at(i).at(1).value<NodeState>(), NodeState::Stopping);
}

void TestPauseResumeJobs::resumeRefreshesAddressesAndKnownHosts()
{
    pauseAll();
    const Node moved = m_rig->node(u"compute001"_s);
    const Node stayed = m_rig->node(u"compute002"_s);
    KnownHosts knownHosts(m_rig->knownHostsFile());
    const QList<HostKey> key = knownHosts.keys(moved.preferredIp, 22);
    QCOMPARE(key.size(), 1);
    m_rig->cloud->addressAfterStart.insert(moved.instanceId, u"10.9.0.7"_s);

    auto job = resume();
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Succeeded);
    QCOMPARE(m_rig->cloud->calls.value(Op::Start), 1);
    QCOMPARE(m_rig->cluster().state, ClusterState::Ready);
    for (const Node &n : m_rig->cluster().nodes)
        QCOMPARE(n.state, NodeState::Reachable);

    const Node now = m_rig->node(u"compute001"_s);
    QCOMPARE(now.publicIp, u"10.9.0.7"_s);
    QCOMPARE(now.preferredIp, u"10.9.0.7"_s); // probed there first, and it answered
    QCOMPARE(m_rig->prober.addresses.value(u"compute001"_s).first(), u"10.9.0.7"_s);
    QVERIFY(!m_rig->prober.addresses.value(u"compute001"_s).contains(moved.publicIp));
    // Its key now stands for the new address only; the other nodes' lines are untouched.
    QVERIFY(knownHosts.keys(u"10.9.0.7"_s, 22) == key);
    QVERIFY(knownHosts.keys(moved.publicIp, 22).isEmpty());
    QCOMPARE(knownHosts.keys(stayed.preferredIp, 22).size(), 1);
    QCOMPARE(knownHosts.lines().size(), 3);
    bool told = false;
    for (const ClusterEvent &e : m_rig->repo.events(u"c1"_s, 100))
        told |= e.node == u"compute001" && e.text.contains(u"10.9.0.7"_s)
                && e.text.contains(moved.publicIp);
    QVERIFY(told);
}

void TestPauseResumeJobs::resumeRefusesAChangedKey()
{
    pauseAll();
    m_rig->prober.script.insert(u"compute002"_s, u"changed"_s);
    auto job = resume();
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Succeeded);
    QCOMPARE(m_rig->cluster().state, ClusterState::Partial);
    const Node refused = m_rig->node(u"compute002"_s);
    QCOMPARE(refused.state, NodeState::Unreachable);
    QVERIFY2(refused.lastError.contains(u"host key changed"_s), qPrintable(refused.lastError));
    QCOMPARE(m_rig->node(u"compute001"_s).state, NodeState::Reachable);
}

void TestPauseResumeJobs::stopErrorNamesTheCloudsReason()
{
    m_rig->cloud->faults.insert(
        Op::Stop,
        test::FakeCloud::error(CloudError::Kind::InvalidRequest, u"UnsupportedOperation"_s,
                               u"Instances with instance store volumes cannot stop."_s));
    auto job = pause();
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Failed);
    QVERIFY2(job->errorString().contains(u"UnsupportedOperation"_s)
                 && job->errorString().contains(u"instance store volumes cannot stop"_s),
             qPrintable(job->errorString()));
    QCOMPARE(m_rig->cluster().state, ClusterState::Partial);
    QCOMPARE(m_rig->cloud->calls.value(Op::Stop), 1);
    for (const Node &n : m_rig->cluster().nodes)
        QCOMPARE(m_rig->cloud->instances.value(n.instanceId).state, InstanceInfo::State::Running);
}

void TestPauseResumeJobs::startErrorNamesTheCloudsReason()
{
    pauseAll();
    m_rig->cloud->faults.insert(
        Op::Start,
        test::FakeCloud::error(CloudError::Kind::Quota, u"InsufficientInstanceCapacity"_s,
                               u"We currently do not have sufficient capacity."_s));
    auto job = resume();
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Failed);
    QVERIFY2(job->errorString().contains(u"InsufficientInstanceCapacity"_s)
                 && job->errorString().contains(u"do not have sufficient capacity"_s),
             qPrintable(job->errorString()));
    for (const Node &n : m_rig->cluster().nodes) {
        QCOMPARE(n.state, NodeState::Failed);
        QVERIFY(n.lastError.contains(u"InsufficientInstanceCapacity"_s));
    }
    QCOMPARE(m_rig->cluster().state, ClusterState::Failed);
}

void TestPauseResumeJobs::cloudWithoutStopSaysSo()
{
    m_rig->cloud->canStopStart = false;
    auto job = pause();
    QCOMPARE(test::LifecycleRig::run(*job), Outcome::Failed);
    QVERIFY2(job->errorString().contains(u"cannot"_s), qPrintable(job->errorString()));
    for (const Node &n : m_rig->cluster().nodes)
        QCOMPARE(n.state, NodeState::Reachable); // nothing was marked
    auto again = resume();
    QCOMPARE(test::LifecycleRig::run(*again), Outcome::Failed);
    QVERIFY2(again->errorString().contains(u"cannot"_s), qPrintable(again->errorString()));
}

void TestPauseResumeJobs::cancelledPauseIgnoresLateAnswers()
{
    m_rig->cloud->hold(Op::Describe);
    auto job = pause();
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->cloud->heldCalls(Op::Describe), 1, 10000);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->outcome(), Outcome::Cancelled);
    // The cloud has stopped them meanwhile: the held answer says so, and it comes too late.
    for (InstanceInfo &info : m_rig->cloud->instances)
        info.state = InstanceInfo::State::Stopped;
    const auto describes = m_rig->cloud->calls.value(Op::Describe);
    m_rig->cloud->release(Op::Describe);
    QCoreApplication::processEvents();                            // the answer's continuation
    QCOMPARE(m_rig->cloud->calls.value(Op::Stop), 1);             // the stop call stands
    QCOMPARE(m_rig->cloud->calls.value(Op::Describe), describes); // no more rounds
    for (const Node &n : m_rig->cluster().nodes)
        QCOMPARE(n.state, NodeState::Stopping);
    bool warned = false;
    for (const ClusterEvent &e : m_rig->repo.events(u"c1"_s, 100))
        warned |= e.level == ClusterEvent::Level::Warning && e.text.contains(u"cancelled"_s);
    QVERIFY(warned);
}

void TestPauseResumeJobs::cancelledResumeStopsProbing()
{
    pauseAll();
    for (const QString &n : {u"frontend001"_s, u"compute001"_s, u"compute002"_s})
        m_rig->prober.script.insert(n, u"silent"_s);
    const int cancels = m_rig->prober.cancels;
    auto job = resume();
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->prober.probed.count(u"compute002"_s), 2, 10000);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->outcome(), Outcome::Cancelled);
    QVERIFY(m_rig->prober.cancels > cancels);
    // The instances run (the start call stands); what the cloud said is recorded.
    for (const Node &n : m_rig->cluster().nodes) {
        QCOMPARE(n.state, NodeState::Running);
        QCOMPARE(m_rig->cloud->instances.value(n.instanceId).state, InstanceInfo::State::Running);
    }
}

void TestPauseResumeJobs::cancelledDestroyStopsWaiting()
{
    m_rig->cloud->hold(Op::Terminate);
    DestroyOptions options;
    options.pollIntervalMs = 20;
    DestroyClusterJob job(&m_rig->repo, m_rig->provider, test::LifecycleRig::clusterName(),
                          options);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->cloud->heldCalls(Op::Terminate), 1, 10000);
    const auto describes = m_rig->cloud->calls.value(Op::Describe);
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.outcome(), Outcome::Cancelled);
    m_rig->cloud->release(Op::Terminate); // the terminate stands, answered after the cancel
    QCoreApplication::processEvents();
    QCOMPARE(m_rig->cloud->calls.value(Op::Describe), describes); // no waiting began
    QVERIFY(m_rig->cloud->liveIds().isEmpty());
    // The record stays (the nodes still Terminating) for the next destroy to finish.
    QCOMPARE(m_rig->cluster().state, ClusterState::Failed);
    for (const Node &n : m_rig->cluster().nodes)
        QCOMPARE(n.state, NodeState::Terminating);
}

QTEST_GUILESS_MAIN(TestPauseResumeJobs)
#include "tst_pauseresumejobs.moc"
