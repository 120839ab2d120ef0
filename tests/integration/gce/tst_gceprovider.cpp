// GceProvider against the fake: the exact instances.insert requests (machine type, image
// family, boot disk, network with a NAT access config, ssh-keys and startup-script metadata,
// encoded labels, scheduling), zone operations polled to DONE, describe/find by label (paged),
// delete/stop/start. Listings, node keys and firewalls: tst_gceresources.
#include "providers/cloud/gce/gcenames.h"
#include "tests/integration/gce/gcerig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPublicKey
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMuVtgj9PQUVyRWQh3ZGxP7m0a5QkXwgo5zZtSg4P8nJ me@laptop";

// By value: a range-for over a temporary result's value() would dangle.
QList<InstanceInfo> describe(GceProvider *provider, const QStringList &ids)
{
    const auto described = test::await(provider->describeInstances(ids));
    // A failure yields one Unknown instance, so that the caller's state check fails.
    return described.ok() ? described.value() : QList<InstanceInfo>{InstanceInfo()};
}

} // namespace

using test::metadataValue;
using test::why;

class TestGceProvider final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createSendsExactRequests();
    void describeAndFindByLabelArePaged();
    void operationDoneWithErrorFailsCreate();
    void partialCreateKeepsMinimum();
    void stopStartTerminate();
    void stopOperationError();
    void destroyedWhileWaitingCancels();

private:
    InstanceSpec spec(const QString &cluster, const QStringList &nodes) const;
    test::FakeGce m_fake;
};

void TestGceProvider::initTestCase()
{
    QString error;
    QVERIFY2(m_fake.start(&error), qPrintable(error));
}

InstanceSpec TestGceProvider::spec(const QString &cluster, const QStringList &nodes) const
{
    return test::gceSpec(cluster, nodes);
}

void TestGceProvider::createSendsExactRequests()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    QVERIFY(test::await(provider->importKeyPair({u"mykey"_s, kPublicKey}))
                .value()
                .startsWith(u"SHA256:"_s));
    m_fake.clearRequests();
    m_fake.setPollsUntilDone(2);
    InstanceSpec s = spec(u"Lab_1"_s, {u"compute001"_s, u"compute002"_s});
    s.bootDiskSizeGb = 20;
    s.bootDiskType = u"pd-ssd"_s;
    s.userData = "#!/bin/sh\necho hello\n";
    s.preemptible = true;
    s.tags.insert(u"Team"_s, u"HPC Ops"_s);
    const auto created = test::await(provider->createInstances(s));
    m_fake.setPollsUntilDone(1);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QCOMPARE(created.value().size(), 2);
    QCOMPARE(created.value().at(0).node, u"compute001"_s);
    QCOMPARE(created.value().at(0).id, gce::instanceName(u"Lab_1"_s, u"compute001"_s));
    QCOMPARE(created.value().at(1).node, u"compute002"_s);

    const auto inserts = m_fake.requests("POST", u"/instances"_s);
    QCOMPARE(inserts.size(), 2);
    QSet<QString> requestIds;
    for (const auto &r : inserts) {
        QCOMPARE(r.path, test::FakeGce::projectPath() + u"/zones/europe-west1-b/instances"_s);
        QVERIFY(r.authorization.startsWith("Bearer ya29.fake-"));
        QVERIFY(!QUuid::fromString(r.query.queryItemValue(u"requestId"_s)).isNull());
        requestIds.insert(r.query.queryItemValue(u"requestId"_s));
        const QJsonObject body = r.json();
        const QString node = metadataValue(body, u"clusterdeck-node"_s);
        QVERIFY(node == u"compute001" || node == u"compute002");
        QCOMPARE(body.value(u"name"_s).toString(), gce::instanceName(u"Lab_1"_s, node));
        QVERIFY(QRegularExpression(u"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"_s)
                    .match(body.value(u"name"_s).toString())
                    .hasMatch());
        QCOMPARE(body.value(u"machineType"_s).toString(),
                 u"zones/europe-west1-b/machineTypes/e2-small"_s);
        const QJsonObject disk = body.value(u"disks"_s).toArray().first().toObject();
        QVERIFY(disk.value(u"boot"_s).toBool());
        QVERIFY(disk.value(u"autoDelete"_s).toBool());
        const QJsonObject init = disk.value(u"initializeParams"_s).toObject();
        QCOMPARE(init.value(u"sourceImage"_s).toString(),
                 u"projects/debian-cloud/global/images/family/debian-12"_s);
        QCOMPARE(init.value(u"diskSizeGb"_s).toString(), u"20"_s);
        QCOMPARE(init.value(u"diskType"_s).toString(), u"zones/europe-west1-b/diskTypes/pd-ssd"_s);
        const QJsonObject nic = body.value(u"networkInterfaces"_s).toArray().first().toObject();
        QCOMPARE(nic.value(u"network"_s).toString(), u"global/networks/default"_s);
        QCOMPARE(
            nic.value(u"accessConfigs"_s).toArray().first().toObject().value(u"type"_s).toString(),
            u"ONE_TO_ONE_NAT"_s);
        QCOMPARE(
            metadataValue(body, u"ssh-keys"_s),
            u"ansible:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMuVtgj9PQUVyRWQh3ZGxP7m0a5QkXwgo5zZtSg4P8nJ ansible"_s);
        QCOMPARE(metadataValue(body, u"startup-script"_s), u"#!/bin/sh\necho hello\n"_s);
        QCOMPARE(metadataValue(body, u"clusterdeck-cluster"_s), u"Lab_1"_s);
        QCOMPARE(metadataValue(body, u"clusterdeck-kind"_s), u"compute"_s);
        const QJsonObject labels = body.value(u"labels"_s).toObject();
        QCOMPARE(labels.value(u"clusterdeck-cluster"_s).toString(), u"_4cab_5f1"_s);
        QCOMPARE(labels.value(u"clusterdeck-node"_s).toString(), node);
        QCOMPARE(labels.value(u"team"_s).toString(), u"hpc_20ops"_s);
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            QVERIFY(QRegularExpression(u"^[a-z][a-z0-9_-]{0,62}$"_s).match(it.key()).hasMatch());
            QVERIFY(QRegularExpression(u"^[a-z0-9_-]{0,63}$"_s)
                        .match(it.value().toString())
                        .hasMatch());
        }
        const QJsonObject scheduling = body.value(u"scheduling"_s).toObject();
        QVERIFY(scheduling.value(u"preemptible"_s).toBool());
        QCOMPARE(scheduling.value(u"automaticRestart"_s).toBool(true), false);
    }
    QCOMPARE(requestIds.size(), 2);
    // Each operation polled until DONE (two GETs each at pollsUntilDone 2).
    QCOMPARE(m_fake.requests("GET", u"/operations/"_s).size(), 4);
    QCOMPARE(m_fake.tokenProblems(), QStringList());

    // A retried create (same client token) sends the same requestIds and creates nothing new.
    const qsizetype before = m_fake.instances().size();
    m_fake.clearRequests();
    QVERIFY(test::await(provider->createInstances(s)).ok());
    QCOMPARE(m_fake.instances().size(), before);
    for (const auto &r : m_fake.requests("POST", u"/instances"_s))
        QVERIFY(requestIds.contains(r.query.queryItemValue(u"requestId"_s)));

    // Spot instead of preemptible.
    InstanceSpec spot = spec(u"spotty"_s, {u"node001"_s});
    spot.settings.insert(u"scheduling"_s, u"spot"_s);
    m_fake.clearRequests();
    QVERIFY(test::await(provider->createInstances(spot)).ok());
    const QJsonObject scheduling
        = m_fake.requests("POST", u"/instances"_s).first().json().value(u"scheduling"_s).toObject();
    QCOMPARE(scheduling.value(u"provisioningModel"_s).toString(), u"SPOT"_s);
}

void TestGceProvider::describeAndFindByLabelArePaged()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider(m_fake.serviceAccountJson(), 2);
    QStringList nodes;
    for (int i = 1; i <= 5; ++i)
        nodes << u"worker%1"_s.arg(i, 3, 10, QChar(u'0'));
    const auto created = test::await(provider->createInstances(spec(u"paged"_s, nodes)));
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QStringList ids;
    for (const InstanceInfo &info : created.value())
        ids << info.id;
    ids << u"paged-gone001"_s;

    m_fake.clearRequests();
    const auto described = test::await(provider->describeInstances(ids));
    QVERIFY2(described.ok(), qPrintable(why(described)));
    QCOMPARE(described.value().size(), 6);
    for (int i = 0; i < 5; ++i) {
        const InstanceInfo &info = described.value().at(i);
        QCOMPARE(info.id, ids.at(i));
        QCOMPARE(info.state, InstanceInfo::State::Running);
        QCOMPARE(info.node, nodes.at(i));
        QCOMPARE(info.cluster, u"paged"_s);
        QVERIFY2(info.publicIp.startsWith(u"35.210."_s), qPrintable(info.publicIp));
        QVERIFY(info.privateIp.startsWith(u"10.132."_s));
        QCOMPARE(info.flavor, u"e2-small"_s);
    }
    QCOMPARE(described.value().at(5).state, InstanceInfo::State::Terminated);
    // One list walk: every page asked for with the label filter, the next with its pageToken.
    const auto lists = m_fake.requests("GET", u"/instances"_s);
    QVERIFY(lists.size() >= 3);
    QCOMPARE(lists.first().query.queryItemValue(u"filter"_s, QUrl::FullyDecoded),
             u"labels.clusterdeck-managed = \"true\""_s);
    QCOMPARE(lists.first().query.queryItemValue(u"maxResults"_s), u"2"_s);
    QVERIFY(!lists.first().query.hasQueryItem(u"pageToken"_s));
    QCOMPARE(lists.at(1).query.queryItemValue(u"pageToken"_s), u"page-2"_s);
    QCOMPARE(lists.at(2).query.queryItemValue(u"pageToken"_s), u"page-4"_s);

    m_fake.clearRequests();
    const auto found = test::await(provider->findInstancesByTag(u"paged"_s));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 5);
    const auto finds = m_fake.requests("GET", u"/instances"_s);
    QCOMPARE(finds.size(), 3);
    QCOMPARE(finds.first().query.queryItemValue(u"filter"_s, QUrl::FullyDecoded),
             u"labels.clusterdeck-cluster = \"paged\""_s);
}

void TestGceProvider::operationDoneWithErrorFailsCreate()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    // No published operation body with a quota error exists (SOURCES.md); this one has the
    // shape of extracted/operation-stop-DONE-error-404.json with libcloud's QUOTA_EXCEEDED code.
    const QJsonObject quota{
        {u"errors"_s,
         QJsonArray{QJsonObject{
             {u"code"_s, u"QUOTA_EXCEEDED"_s},
             {u"message"_s, u"Quota 'CPUS' exceeded.  Limit: 24.0 in region europe-west1."_s}}}}};
    m_fake.failNextOperation(u"insert"_s, quota, 403);
    const auto created = test::await(provider->createInstances(spec(u"quota"_s, {u"big001"_s})));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::Quota);
    QCOMPARE(created.error().code, u"QUOTA_EXCEEDED"_s);
    QCOMPARE(created.error().httpStatus, 403);
    QVERIFY(created.error().message.contains(u"Quota 'CPUS' exceeded"_s));
    QVERIFY(created.error().message.contains(u"big001"_s));

    // RESOURCE_ALREADY_EXISTS (jclouds' sample operation) means an earlier create made it.
    const QJsonObject exists
        = QJsonDocument::fromJson(test::FakeGce::sample(u"jclouds/zone_operation_error.json"_s))
              .object()
              .value(u"error"_s)
              .toObject();
    m_fake.failNextOperation(u"insert"_s, exists, 400);
    const auto existed = test::await(provider->createInstances(spec(u"exists"_s, {u"node001"_s})));
    QVERIFY2(existed.ok(), qPrintable(why(existed)));
    // So does a 409 alreadyExists on the insert itself (a re-run with another client token).
    QVERIFY(test::await(provider->createInstances(spec(u"again"_s, {u"node001"_s}))).ok());
    InstanceSpec again = spec(u"again"_s, {u"node001"_s});
    again.clientToken = u"another-token"_s;
    m_fake.clearRequests();
    const auto twice = test::await(provider->createInstances(again));
    QVERIFY2(twice.ok(), qPrintable(why(twice)));
    QCOMPARE(m_fake.requests("POST", u"/instances"_s).size(), 1);
    QCOMPARE(m_fake.requests("GET", u"/instances/again-node001"_s).size(), 1);

    // Someone else's instance under the name: not adopted.
    QJsonObject foreign = QJsonDocument::fromJson(
                              test::FakeGce::sample(u"extracted/instance-get-RUNNING-natIP.json"_s))
                              .object();
    foreign.insert(u"name"_s, gce::instanceName(u"foreign"_s, u"node001"_s));
    m_fake.addInstance(foreign);
    const auto taken = test::await(provider->createInstances(spec(u"foreign"_s, {u"node001"_s})));
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(taken.error().code, u"alreadyExists"_s);
}

void TestGceProvider::partialCreateKeepsMinimum()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    const QJsonObject pool{
        {u"errors"_s,
         QJsonArray{QJsonObject{
             {u"code"_s, u"ZONE_RESOURCE_POOL_EXHAUSTED"_s},
             {u"message"_s, u"The zone does not have enough resources available."_s}}}}};
    m_fake.failNextOperation(u"insert"_s, pool, 503);
    InstanceSpec s = spec(u"partial"_s, {u"a001"_s, u"a002"_s, u"a003"_s});
    s.minCount = 2;
    const auto created = test::await(provider->createInstances(s));
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QCOMPARE(created.value().size(), 2);

    // Below the minimum: what was created is deleted again and the error is reported.
    m_fake.failNextOperation(u"insert"_s, pool, 503);
    InstanceSpec strict = spec(u"strict"_s, {u"b001"_s, u"b002"_s});
    m_fake.clearRequests();
    const auto failed = test::await(provider->createInstances(strict));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, CloudError::Kind::Quota);
    QCOMPARE(m_fake.requests("DELETE", u"/instances/strict-"_s).size(), 1);
    QVERIFY(test::await(provider->findInstancesByTag(u"strict"_s)).value().isEmpty());
}

void TestGceProvider::stopStartTerminate()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    const auto created
        = test::await(provider->createInstances(spec(u"cycle"_s, {u"n001"_s, u"n002"_s})));
    QVERIFY(created.ok());
    const QStringList ids{created.value().at(0).id, created.value().at(1).id};
    m_fake.clearRequests();
    QVERIFY(test::await(provider->stopInstances(ids)).ok());
    QCOMPARE(m_fake.requests("POST", u"/stop"_s).size(), 2);
    QCOMPARE(m_fake.requests("POST", u"/stop"_s).first().path,
             test::FakeGce::projectPath() + u"/zones/europe-west1-b/instances/"_s + ids.first()
                 + u"/stop"_s);
    for (const InstanceInfo &info : describe(provider.get(), ids))
        QCOMPARE(info.state, InstanceInfo::State::Stopped); // TERMINATED in GCE terms
    QVERIFY(test::await(provider->startInstances(ids)).ok());
    for (const InstanceInfo &info : describe(provider.get(), ids))
        QCOMPARE(info.state, InstanceInfo::State::Running);

    m_fake.clearRequests();
    QVERIFY(test::await(provider->terminateInstances(ids)).ok());
    QCOMPARE(m_fake.requests("DELETE", u"/instances/"_s).size(), 2);
    for (const InstanceInfo &info : describe(provider.get(), ids))
        QCOMPARE(info.state, InstanceInfo::State::Terminated);
    // Already gone (404): still done.
    QVERIFY(test::await(provider->terminateInstances(ids)).ok());
    // But stopping what is gone is an error.
    const auto stopGone = test::await(provider->stopInstances(ids));
    QVERIFY(!stopGone.ok());
    QCOMPARE(stopGone.error().kind, CloudError::Kind::NotFound);
}

void TestGceProvider::stopOperationError()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    const auto created = test::await(provider->createInstances(spec(u"stopper"_s, {u"s001"_s})));
    QVERIFY(created.ok());
    // gcpdiag's real stop operation that finished DONE with RESOURCE_NOT_FOUND.
    const QJsonObject sample
        = QJsonDocument::fromJson(
              test::FakeGce::sample(u"extracted/operation-stop-DONE-error-404.json"_s))
              .object();
    m_fake.failNextOperation(u"stop"_s, sample.value(u"error"_s).toObject(),
                             sample.value(u"httpErrorStatusCode"_s).toInt());
    const auto stopped = test::await(provider->stopInstances({created.value().first().id}));
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(stopped.error().code, u"RESOURCE_NOT_FOUND"_s);
    QCOMPARE(stopped.error().httpStatus, 404);
    QVERIFY(stopped.error().message.contains(u"start-and-stop-vm' was not found"_s));
}

void TestGceProvider::destroyedWhileWaitingCancels()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    m_fake.clearRequests();
    m_fake.setPollsUntilDone(1000); // never DONE while we wait
    auto created = provider->createInstances(spec(u"doomed"_s, {u"d001"_s, u"d002"_s}));
    auto quota = provider->quota();
    QTRY_VERIFY_WITH_TIMEOUT(m_fake.requests("GET", u"/operations/"_s).size() >= 2, 10000);
    provider.reset(); // every call in flight finishes now, as Cancelled
    m_fake.setPollsUntilDone(1);
    QVERIFY(created.isFinished());
    QVERIFY(!created.result().ok());
    QCOMPARE(created.result().error().kind, CloudError::Kind::Cancelled);
    QVERIFY(quota.isFinished());
    // The orphans carry their labels: a later scan finds and removes them.
    auto scanner = rig.provider();
    const auto orphans = test::await(scanner->findInstancesByTag(u"doomed"_s));
    QCOMPARE(orphans.value().size(), 2);
    QStringList ids;
    for (const InstanceInfo &info : orphans.value())
        ids << info.id;
    QVERIFY(test::await(scanner->terminateInstances(ids)).ok());
}

QTEST_GUILESS_MAIN(TestGceProvider)
#include "tst_gceprovider.moc"
