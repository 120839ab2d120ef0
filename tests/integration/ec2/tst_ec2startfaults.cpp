// Cloud faults during a start, on moto: the second node kind's RunInstances is refused for
// quota (InstanceLimitExceeded). The start fails and says so, and the first kind's instance
// is terminated: nothing is left running in moto, and no node of the repository still holds
// an instance.
#include "model/lifecycle/startclusterjob.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/net/networktransport.h"
#include "tests/integration/ec2/ec2fixture.h"
#include "tests/support/scriptedprober.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/awaitfuture.h"
#include "tests/unit/ec2/faulttransport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace cd;

class TestEc2StartFaults final : public QObject
{
    Q_OBJECT

private slots:
    void quotaOnTheSecondKindOrphansNothing();
};

void TestEc2StartFaults::quotaOnTheSecondKindOrphansNothing()
{
    if (test::MotoServer::findExecutable().isEmpty())
        CD_SKIP_OR_FAIL(u"moto_server not found (set CLUSTERDECK_MOTO_SERVER)"_s);
    test::Ec2Fixture ec2;
    QString error;
    QVERIFY2(ec2.start(&error), qPrintable(error));
    NetworkTransport network(&ec2.network());
    test::FaultTransport faults(&network);
    ec2.useTransport(&faults);
    faults.setFilter([](const HttpRequest &r) {
        return r.body.startsWith("Action=RunInstances&") && r.body.contains("compute");
    });
    faults.setFaults({test::FaultTransport::Fault::Quota});
    std::shared_ptr<CloudProvider> provider = ec2.provider();

    MemoryClusterRepository repo;
    Cluster cluster;
    cluster.name = u"quota"_s;
    for (const auto &[name, count] : {std::pair{u"frontend"_s, 1}, std::pair{u"compute"_s, 2}}) {
        NodeKindSpec kind;
        kind.name = name;
        kind.count = kind.minCount = count;
        kind.image = u"ami-03cf127a"_s;
        kind.flavor = u"t2.micro"_s;
        cluster.spec.kinds << kind;
        for (int i = 1; i <= count; ++i) {
            Node n;
            n.kind = name;
            n.index = i;
            n.name = Node::nameFor(name, i);
            cluster.nodes << n;
        }
    }
    QVERIFY(repo.addCluster(cluster).ok());

    StartOptions options;
    options.pollIntervalMs = 200;
    options.startTimeoutSec = 60;
    options.clusterSecurityGroup = false;
    test::ScriptedProber prober; // every node alive
    StartClusterJob job(&repo, provider, &prober, u"quota"_s, options);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QVERIFY(finished.wait(90000));
    QCOMPARE(job.outcome(), Job::Outcome::Failed);
    QVERIFY2(job.errorString().contains(u"limit"_s, Qt::CaseInsensitive)
                 || job.errorString().contains(u"quota"_s, Qt::CaseInsensitive),
             qPrintable(job.errorString()));
    QCOMPARE(faults.faultsLeft(), 0); // the quota answer was given

    // Nothing of the cluster runs any more in the cloud: the frontend, created before the
    // refusal, is terminated, and no other instance carries the cluster's tag while running.
    const QString frontend = repo.cluster(u"quota"_s)->node(u"frontend001"_s)->instanceId;
    QVERIFY2(!frontend.isEmpty(), "the frontend was created before the refusal");
    const auto described = test::await(provider->describeInstances({frontend}));
    QVERIFY(described && described->ok());
    QCOMPARE(described->value().size(), 1);
    QVERIFY(described->value().first().state == InstanceInfo::State::Terminated
            || described->value().first().state == InstanceInfo::State::Terminating);
    const auto tagged = test::await(provider->findInstancesByTag(u"quota"_s));
    QVERIFY(tagged && tagged->ok());
    for (const InstanceInfo &i : tagged->value())
        QVERIFY2(i.state == InstanceInfo::State::Terminated
                     || i.state == InstanceInfo::State::Terminating,
                 qPrintable(i.id));
    // … and the repository keeps no node that could still hold an instance; the refused ones
    // never got one and say why.
    const QList<Node> nodes = repo.cluster(u"quota"_s)->nodes;
    for (const Node &n : nodes) {
        QVERIFY2(n.instanceId.isEmpty() || !States::mayHaveInstance(n.state),
                 qPrintable(n.name + u' ' + States::toString(n.state)));
        if (n.kind == u"compute")
            QVERIFY2(n.lastError.contains(u"limit"_s, Qt::CaseInsensitive),
                     qPrintable(n.lastError));
    }
}

QTEST_GUILESS_MAIN(TestEc2StartFaults)
#include "tst_ec2startfaults.moc"
