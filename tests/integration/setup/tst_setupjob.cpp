// SetupClusterJob with the real Ansible provider against three SshNodeFarm nodes: events per
// node arrive while the run goes; a node whose sshd dies mid-run ends Unreachable while the
// others become Ready; cancel mid-run leaves no process behind and the nodes Reachable.
#include "model/lifecycle/setupclusterjob.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/setup/ansiblesetupprovider.h"
#include "tests/support/farmcluster.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class TestSetupJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void liveEventsAndAKilledNode();
    void cancelLeavesNothingRunning();

private:
    SetupClusterJob *makeJob();

    std::unique_ptr<test::SshNodeFarm> m_farm;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    QString m_goFile;
};

void TestSetupJob::init()
{
    if (QStandardPaths::findExecutable(u"ansible-playbook"_s).isEmpty())
        CD_SKIP_OR_FAIL(u"ansible-playbook is missing (package ansible)"_s);
    m_tmp = std::make_unique<QTemporaryDir>();
    m_farm = std::make_unique<test::SshNodeFarm>();
    QVERIFY2(m_farm->start(3), qPrintable(m_farm->errorString()));
    m_goFile = m_tmp->filePath(u"go"_s);
    m_repo = std::make_unique<MemoryClusterRepository>();

    SetupProfile setup;
    setup.name = u"held"_s;
    setup.kindGroups.insert(u"node"_s, {u"workers"_s});
    setup.globalVars.insert(u"go_file"_s, m_goFile);
    setup.playbookPath = test::sourceDir() + u"/tests/integration/playbooks/held.yml"_s;
    QVERIFY(test::addFarmCluster(*m_repo, *m_farm, u"c"_s, setup));
}

void TestSetupJob::cleanup()
{
    m_farm.reset();
    m_repo.reset();
    m_tmp.reset();
}

SetupClusterJob *TestSetupJob::makeJob()
{
    SetupOptions options;
    options.runsDirectory = m_tmp->filePath(u"runs"_s);
    options.knownHostsFile = m_farm->knownHostsFile();
    return new SetupClusterJob(m_repo.get(), std::make_shared<AnsibleSetupProvider>(), u"c"_s,
                               options, this);
}

void TestSetupJob::liveEventsAndAKilledNode()
{
    std::unique_ptr<SetupClusterJob> job(makeJob());
    QElapsedTimer clock;
    clock.start();
    qint64 firstResultAt = -1;
    QStringList pinged;
    connect(job.get(), &SetupClusterJob::taskFinished, this,
            [&](const SetupEvent &event, int, int) {
                if (firstResultAt < 0)
                    firstResultAt = clock.elapsed();
                if (event.task == u"Reach every host" && event.type == SetupEvent::Type::HostOk)
                    pinged << event.host;
            });
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(pinged.size() == 3, 90000);
    QCOMPARE(m_repo->cluster(u"c"_s)->nodes.at(1).state, NodeState::Configuring);

    // node002's machine goes away while the others wait for the go.
    QVERIFY(m_farm->stopNode(1));
    QFile go(m_goFile);
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    QVERIFY(finished.wait(120000));
    const qint64 finishedAt = clock.elapsed();

    QCOMPARE(job->outcome(), Job::Outcome::Failed);
    QVERIFY2(firstResultAt >= 0 && firstResultAt < finishedAt,
             "per-node results must arrive while the run goes, not at its end");
    const Cluster cluster = *m_repo->cluster(u"c"_s);
    QCOMPARE(cluster.nodes.at(0).state, NodeState::Ready);
    QCOMPARE(cluster.nodes.at(2).state, NodeState::Ready);
    QCOMPARE(cluster.nodes.at(1).state, NodeState::Unreachable);
    QVERIFY2(!cluster.nodes.at(1).lastError.isEmpty(), "the node says why");
    QCOMPARE(cluster.state, ClusterState::Partial);
    QVERIFY2(job->errorString().contains(u"setup c"_s), qPrintable(job->errorString()));

    // The run is kept: inventory, configuration, command line, the raw events.
    const QDir run(job->runDirectory());
    for (const QString &name : {u"inventory.ini"_s, u"ansible.cfg"_s, u"extra-vars.json"_s,
                                u"command.txt"_s, u"events.jsonl"_s})
        QVERIFY2(QFileInfo(run.filePath(name)).size() > 0, qPrintable(name));
    QCOMPARE(QFileInfo(run.filePath(u"extra-vars.json"_s)).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions{});
}

void TestSetupJob::cancelLeavesNothingRunning()
{
    const QList<qint64> before = test::descendantProcesses(QCoreApplication::applicationPid());
    std::unique_ptr<SetupClusterJob> job(makeJob());
    bool waiting = false;
    connect(job.get(), &SetupClusterJob::setupEvent, this, [&](const SetupEvent &e) {
        if (e.type == SetupEvent::Type::TaskStarted && e.task == u"Wait for the test's go")
            waiting = true;
    });
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(waiting, 90000);
    QList<qint64> started;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            started.clear();
            for (qint64 pid : test::descendantProcesses(QCoreApplication::applicationPid()))
                if (!before.contains(pid))
                    started << pid;
            return started.size() >= 2; // ansible-playbook and its workers / ssh
        }(),
        30000);
    job->cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job->outcome(), Job::Outcome::Cancelled);
    for (qint64 pid : std::as_const(started))
        QTRY_VERIFY2_WITH_TIMEOUT(test::processGone(pid),
                                  qPrintable(u"process %1 outlived the cancel"_s.arg(pid)), 10000);
    const QList<Node> nodes = m_repo->cluster(u"c"_s)->nodes; // a copy: the optional is a temporary
    for (const Node &n : nodes)
        QCOMPARE(n.state, NodeState::Reachable);
}

QTEST_GUILESS_MAIN(TestSetupJob)
#include "tst_setupjob.moc"
