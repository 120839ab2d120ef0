// Nova through OpenStackProvider against FakeOpenStack: the exact create requests (one per node,
// named and tagged), describe with paging by marker, stop/start/terminate, a server in ERROR
// with its fault, key pair import with the fingerprint check.
#include "tests/integration/openstack/openstackfixture.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/testkeys.h"

#include <QCryptographicHash>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using Fake = cd::test::FakeOpenStack;

class TestOpenStackCompute final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createDescribeStopStartTerminate();
    void describePagesWithMarker();
    void serverInErrorReportsFault();
    void keyPairImportAndFingerprintCheck();
    void minCountNotReachedLeavesNothing();
    void minCountReachedKeepsWhatWasMade();
    void bootFromVolume();
    void createAgainTakesExistingServers();
    void olderMicroversion();
    void antiAffinityServerGroup();
    void destroyedWhileCalling();

private:
    test::OpenStackFixture m_os;
};

void TestOpenStackCompute::initTestCase()
{
    QString error;
    QVERIFY2(m_os.start(&error), qPrintable(error));
}

void TestOpenStackCompute::init()
{
    m_os.reset();
}

void TestOpenStackCompute::createDescribeStopStartTerminate()
{
    auto p = m_os.provider();
    const auto created
        = test::await(p->createInstances(m_os.spec({u"compute001"_s, u"compute002"_s})));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().describe()));
    QCOMPARE(created.value().size(), 2);
    QCOMPARE(m_os.fake().requests("GET", u"/flavors"_s).size(), 1); // the name → id, once
    const auto posts = m_os.fake().requests("POST", u"/servers"_s);
    QCOMPARE(posts.size(), 2);
    QStringList names;
    for (const auto &post : posts) {
        QCOMPARE(post.header("OpenStack-API-Version"), "compute 2.52");
        QVERIFY(!post.header("X-Auth-Token").isEmpty());
        const QJsonObject server = post.json().value(u"server").toObject();
        names << server.value(u"name").toString();
        QCOMPARE(server.value(u"flavorRef").toString(), u"2"_s);
        QCOMPARE(server.value(u"imageRef").toString(),
                 QString::fromLatin1(test::OpenStackFixture::Image));
        QCOMPARE(server.value(u"key_name").toString(), u"k1"_s);
        const QJsonArray groups{QJsonObject{{u"name"_s, u"sg-1"_s}}};
        QCOMPARE(server.value(u"security_groups").toArray(), groups);
        const QJsonArray networks{
            QJsonObject{{u"uuid"_s, QString::fromLatin1(test::OpenStackFixture::Network)}}};
        QCOMPARE(server.value(u"networks").toArray(), networks);
        QCOMPARE(QByteArray::fromBase64(server.value(u"user_data").toString().toLatin1()),
                 "#!/bin/sh\necho hi\n");
        const QJsonObject metadata = server.value(u"metadata").toObject();
        QCOMPARE(metadata.value(u"clusterdeck:cluster").toString(), u"c1"_s);
        QCOMPARE(metadata.value(u"clusterdeck:kind").toString(), u"compute"_s);
        QCOMPARE(metadata.value(u"owner").toString(), u"ops"_s);
        QCOMPARE(u"c1-"_s + metadata.value(u"clusterdeck:node").toString(),
                 server.value(u"name").toString());
        QVERIFY(server.value(u"tags").toArray().contains(u"clusterdeck:cluster=c1"_s));
    }
    names.sort();
    QCOMPARE(names, QStringList({u"c1-compute001"_s, u"c1-compute002"_s}));
    QStringList ids;
    for (const InstanceInfo &info : created.value()) {
        QCOMPARE(info.state, InstanceInfo::State::Pending);
        QVERIFY(info.node == u"compute001" || info.node == u"compute002");
        ids << info.id;
    }

    const auto described = test::await(p->describeInstances(ids + QStringList{u"gone-id"_s}));
    QVERIFY(described.ok());
    QCOMPARE(described.value().size(), 3);
    for (const InstanceInfo &info : described.value()) {
        if (info.id == u"gone-id") {
            QCOMPARE(info.state, InstanceInfo::State::Terminated);
            continue;
        }
        QCOMPARE(info.state, InstanceInfo::State::Running);
        QVERIFY(info.privateIp.startsWith(u"10.0.0."));
        QCOMPARE(info.cluster, u"c1"_s);
        QCOMPARE(info.flavor, u"m1.small"_s);
    }

    QVERIFY(test::await(p->stopInstances(ids)).ok());
    QVERIFY(test::await(p->stopInstances(ids)).ok()); // already stopped (409) is fine
    const auto stops = m_os.fake().requests("POST", u"/action"_s);
    QCOMPARE(stops.size(), 4);
    QCOMPARE(stops.first().json(), QJsonObject({{u"os-stop"_s, QJsonValue::Null}}));
    QCOMPARE(m_os.fake().server(ids.first()).value(u"status").toString(), u"SHUTOFF"_s);
    QVERIFY(test::await(p->startInstances(ids)).ok());
    QCOMPARE(m_os.fake().server(ids.first()).value(u"status").toString(), u"ACTIVE"_s);
    QCOMPARE(m_os.fake().requests("POST", u"/action"_s).last().json(),
             QJsonObject({{u"os-start"_s, QJsonValue::Null}}));

    const auto found = test::await(p->findInstancesByTag(u"c1"_s));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 2);
    QCOMPARE(m_os.fake()
                 .requests("GET", u"/servers/detail"_s)
                 .last()
                 .query.queryItemValue(u"tags"_s, QUrl::FullyDecoded),
             u"clusterdeck:cluster=c1"_s);

    QVERIFY(test::await(p->terminateInstances(ids + QStringList{u"gone-id"_s})).ok());
    QCOMPARE(m_os.fake().requests("DELETE", u"/servers/"_s).size(), 3); // 404 for gone-id is fine
    QCOMPARE(m_os.fake().serverCount(), 0);
}

void TestOpenStackCompute::describePagesWithMarker()
{
    auto p = m_os.provider({{u"openstack_page_size"_s, u"2"_s}});
    const auto created = test::await(
        p->createInstances(m_os.spec({u"n001"_s, u"n002"_s, u"n003"_s, u"n004"_s, u"n005"_s})));
    QVERIFY(created.ok());
    QStringList ids;
    for (const InstanceInfo &info : created.value())
        ids << info.id;
    m_os.fake().clearRequests();
    const auto described = test::await(p->describeInstances(ids));
    QVERIFY(described.ok());
    for (const InstanceInfo &info : described.value())
        QCOMPARE(info.state, InstanceInfo::State::Running);
    const auto pages = m_os.fake().requests("GET", u"/servers/detail"_s);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).query.queryItemValue(u"limit"_s), u"2"_s);
    QVERIFY(!pages.at(0).query.hasQueryItem(u"marker"_s));
    QVERIFY(!pages.at(1).query.queryItemValue(u"marker"_s).isEmpty());
    QVERIFY(pages.at(2).query.queryItemValue(u"marker"_s)
            != pages.at(1).query.queryItemValue(u"marker"_s));
    QVERIFY(test::await(p->terminateInstances(ids)).ok());
}

void TestOpenStackCompute::serverInErrorReportsFault()
{
    m_os.fake().failServer(u"c1-bad001"_s);
    auto p = m_os.provider();
    auto s = m_os.spec({u"bad001"_s});
    s.kind = u"bad"_s;
    const auto created = test::await(p->createInstances(s));
    QVERIFY(created.ok());
    const auto described = test::await(p->describeInstances({created.value().first().id}));
    QVERIFY(described.ok());
    QCOMPARE(described.value().first().state, InstanceInfo::State::Error);
    QCOMPARE(described.value().first().stateReason,
             u"No valid host was found. There are not enough hosts available."_s);
    QVERIFY(test::await(p->terminateInstances({created.value().first().id})).ok());
}

void TestOpenStackCompute::keyPairImportAndFingerprintCheck()
{
    auto p = m_os.provider();
    const KeyPairSpec key{u"ck-test"_s, test::keys::rsa};
    const auto imported = test::await(p->importKeyPair(key));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().describe()));
    QCOMPARE(m_os.fake().requests("GET", u"/os-keypairs/ck-test"_s).size(), 1);
    const auto posts = m_os.fake().requests("POST", u"/os-keypairs"_s);
    QCOMPARE(posts.size(), 1);
    const QJsonObject pair = posts.first().json().value(u"keypair").toObject();
    QCOMPARE(pair.value(u"name").toString(), u"ck-test"_s);
    QCOMPARE(pair.value(u"public_key").toString().toLatin1(), test::keys::rsa);
    const QByteArray blob = QByteArray::fromBase64(test::keys::rsa.split(' ').at(1));
    QCOMPARE(
        imported.value(),
        QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':')));

    // Same key again: looked up, not imported twice.
    QVERIFY(test::await(p->importKeyPair(key)).ok());
    QCOMPARE(m_os.fake().requests("POST", u"/os-keypairs"_s).size(), 1);

    // Another key under that name: refused with both fingerprints.
    const auto other = test::await(p->importKeyPair({u"ck-test"_s, test::keys::rsaOther}));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY2(other.error().message.contains(imported.value()), qPrintable(other.error().message));
    QVERIFY(!test::await(p->importKeyPair({u"bad"_s, "not a key"})).ok());
}

void TestOpenStackCompute::minCountNotReachedLeavesNothing()
{
    auto p = m_os.provider();
    m_os.fake().addFault(
        {"POST", u"/servers"_s, 403,
         R"({"forbidden": {"code": 403, "message": "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"}})",
         1});
    auto s = m_os.spec({u"q001"_s, u"q002"_s});
    s.minCount = 2;
    const auto created = test::await(p->createInstances(s));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::Quota);
    QVERIFY2(created.error().message.contains(u"Only 1 of at least 2"),
             qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(u"Quota exceeded for instances"),
             qPrintable(created.error().message));
    QCOMPARE(m_os.fake().requests("POST", u"/servers"_s).size(), 2);
    QCOMPARE(m_os.fake().requests("DELETE", u"/servers/"_s).size(), 1); // the one made
    QCOMPARE(m_os.fake().serverCount(), 0);
}

void TestOpenStackCompute::minCountReachedKeepsWhatWasMade()
{
    auto p = m_os.provider();
    m_os.fake().addFault({"POST", u"/servers"_s, 500,
                          R"({"computeFault": {"code": 500, "message": "Unexpected API Error."}})",
                          1});
    auto s = m_os.spec({u"m001"_s, u"m002"_s});
    s.minCount = 1;
    const auto created = test::await(p->createInstances(s));
    QVERIFY(created.ok());
    QCOMPARE(created.value().size(), 1);
    // A create is never sent twice (Nova has no client token): the 500 is not retried.
    QCOMPARE(m_os.fake().requests("POST", u"/servers"_s).size(), 2);
    QCOMPARE(m_os.fake().serverCount(), 1);
    QVERIFY(test::await(p->terminateInstances({created.value().first().id})).ok());
}

void TestOpenStackCompute::bootFromVolume()
{
    auto p = m_os.provider({{u"availability_zone"_s, u"nova-az2"_s}});
    auto s = m_os.spec({u"v001"_s});
    s.bootDiskSizeGb = 40;
    s.bootDiskType = u"ssd"_s;
    const auto created = test::await(p->createInstances(s));
    QVERIFY(created.ok());
    const QJsonObject server
        = m_os.fake().requests("POST", u"/servers"_s).first().json().value(u"server").toObject();
    QVERIFY(!server.contains(u"imageRef"));
    QCOMPARE(server.value(u"availability_zone").toString(), u"nova-az2"_s);
    const QJsonObject volume
        = server.value(u"block_device_mapping_v2").toArray().first().toObject();
    QCOMPARE(volume.value(u"boot_index").toInt(), 0);
    QCOMPARE(volume.value(u"uuid").toString(), QString::fromLatin1(test::OpenStackFixture::Image));
    QCOMPARE(volume.value(u"source_type").toString(), u"image"_s);
    QCOMPARE(volume.value(u"destination_type").toString(), u"volume"_s);
    QCOMPARE(volume.value(u"volume_size").toInt(), 40);
    QCOMPARE(volume.value(u"volume_type").toString(), u"ssd"_s);
    QCOMPARE(volume.value(u"delete_on_termination").toBool(), true);
    QVERIFY(test::await(p->terminateInstances({created.value().first().id})).ok());
}

void TestOpenStackCompute::antiAffinityServerGroup()
{
    auto p = m_os.provider({{u"use_anti_affinity_groups"_s, u"yes"_s}});
    const auto created = test::await(p->createInstances(m_os.spec({u"a001"_s, u"a002"_s})));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().describe()));
    const auto groups = m_os.fake().requests("POST", u"/os-server-groups"_s);
    QCOMPARE(groups.size(), 1);
    const QJsonObject group = groups.first().json().value(u"server_group").toObject();
    QCOMPARE(group.value(u"name").toString(), u"clusterdeck-c1-compute"_s);
    QCOMPARE(group.value(u"policies").toArray(), QJsonArray{u"anti-affinity"_s});
    QStringList hints;
    for (const auto &post : m_os.fake().requests("POST", u"/servers"_s))
        hints << post.json().value(u"os:scheduler_hints").toObject().value(u"group").toString();
    QCOMPARE(hints.size(), 2);
    QVERIFY(!hints.first().isEmpty());
    QCOMPARE(hints.first(), hints.last());

    // The next start of that kind finds the group again.
    const auto more = test::await(p->createInstances(m_os.spec({u"a003"_s})));
    QVERIFY(more.ok());
    QCOMPARE(m_os.fake().requests("POST", u"/os-server-groups"_s).size(), 1);
    QCOMPARE(m_os.fake()
                 .requests("POST", u"/servers"_s)
                 .last()
                 .json()
                 .value(u"os:scheduler_hints")
                 .toObject()
                 .value(u"group")
                 .toString(),
             hints.first());
    QStringList ids;
    for (const InstanceInfo &info : created.value() + more.value())
        ids << info.id;
    QVERIFY(test::await(p->terminateInstances(ids)).ok());
}

void TestOpenStackCompute::olderMicroversion()
{
    auto p = m_os.provider({{u"compute_api_version"_s, u"2.10"_s}});
    auto s = m_os.spec({u"o001"_s});
    s.networks.clear();
    const auto mine = test::await(p->createInstances(s));
    QVERIFY(mine.ok());
    s.cluster = u"c2"_s;
    const auto theirs = test::await(p->createInstances(s));
    QVERIFY(theirs.ok());
    const auto post = m_os.fake().requests("POST", u"/servers"_s).first();
    QCOMPARE(post.header("OpenStack-API-Version"), "compute 2.10");
    const QJsonObject server = post.json().value(u"server").toObject();
    QVERIFY(!server.contains(u"tags"));     // server tags on create need 2.52
    QVERIFY(!server.contains(u"networks")); // "auto" needs 2.37
    m_os.fake().clearRequests();
    const auto found = test::await(p->findInstancesByTag(u"c1"_s));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 1); // by metadata, here
    QCOMPARE(found.value().first().id, mine.value().first().id);
    QVERIFY(
        !m_os.fake().requests("GET", u"/servers/detail"_s).first().query.hasQueryItem(u"tags"_s));
    QVERIFY(test::await(p->terminateInstances({mine.value().first().id, theirs.value().first().id}))
                .ok());
}

void TestOpenStackCompute::createAgainTakesExistingServers()
{
    auto p = m_os.provider();
    const auto first = test::await(p->createInstances(m_os.spec({u"r001"_s, u"r002"_s})));
    QVERIFY(first.ok());
    QCOMPARE(m_os.fake().requests("POST", u"/servers"_s).size(), 2);
    // A crash before the ids were stored, then the same start again: no second server.
    const auto again = test::await(p->createInstances(m_os.spec({u"r001"_s, u"r002"_s})));
    QVERIFY(again.ok());
    QCOMPARE(m_os.fake().requests("POST", u"/servers"_s).size(), 2);
    QStringList firstIds;
    QStringList againIds;
    for (const InstanceInfo &info : first.value())
        firstIds << info.id;
    for (const InstanceInfo &info : again.value()) {
        againIds << info.id;
        QCOMPARE(info.cluster, u"c1"_s);
    }
    firstIds.sort();
    againIds.sort();
    QCOMPARE(againIds, firstIds);
    // One of them gone: only that one is made anew.
    QVERIFY(test::await(p->terminateInstances({firstIds.first()})).ok());
    const auto third = test::await(p->createInstances(m_os.spec({u"r001"_s, u"r002"_s})));
    QVERIFY(third.ok());
    QCOMPARE(third.value().size(), 2);
    QCOMPARE(m_os.fake().requests("POST", u"/servers"_s).size(), 3);
    QStringList ids;
    for (const InstanceInfo &info : third.value())
        ids << info.id;
    QVERIFY(test::await(p->terminateInstances(ids)).ok());
    QCOMPARE(m_os.fake().serverCount(), 0);
}

void TestOpenStackCompute::destroyedWhileCalling()
{
    // Calls in flight when the provider goes finish at once (Cancelled), nothing crashes.
    auto p = m_os.provider();
    QFuture<CloudResult<QuotaInfo>> pending = p->quota();
    QFuture<CloudResult<QList<FlavorInfo>>> other = p->listFlavors();
    p.reset();
    QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished() && other.isFinished(), 5000);
    if (pending.resultCount() > 0) {
        QVERIFY(!pending.result().ok());
        QCOMPARE(pending.result().error().kind, CloudError::Kind::Cancelled);
    }
    // The fake is still fine for the next one.
    QVERIFY(test::await(m_os.provider()->quota()).ok());
}

QTEST_GUILESS_MAIN(TestOpenStackCompute)
#include "tst_openstackcompute.moc"
