// Keystone bodies and catalog lookup, parsers and error mapping, over the published samples
// in ../shared/compat/openstack/.
#include "providers/cloud/openstack/keystoneauth.h"
#include "providers/cloud/openstack/openstackapi.h"
#include "providers/cloud/openstack/openstackerrors.h"
#include "providers/cloud/openstack/openstackparsers.h"

#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace cd;
using namespace cd::openstack;
using namespace Qt::StringLiterals;

namespace {

QJsonObject sample(const QString &relative)
{
    QFile file(test::sharedDir() + u"/compat/openstack/"_s + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s missing", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestOpenStackParsers final : public QObject
{
    Q_OBJECT

private slots:
    void passwordBodyMatchesSample();
    void applicationCredentialBodyMatchesSample();
    void authUrlNormalized_data();
    void authUrlNormalized();
    void catalogEndpoints();
    void serverDetail();
    void serverInError();
    void serverStates_data();
    void serverStates();
    void flavorsLimitsImagesNetworks();
    void nextMarker();
    void errorBodies_data();
    void errorBodies();
    void fingerprint();
};

void TestOpenStackParsers::passwordBodyMatchesSample()
{
    // The sample: a user by id, a project by name within a domain given by id.
    KeystoneCredentials c;
    c.userId = u"ee4dfb6e5540447cb3741905149d9b6e"_s;
    c.userName = u"ignored when the id is known"_s;
    c.password = "devstacker";
    c.projectName = u"admin"_s;
    c.projectDomainId = u"default"_s;
    c.projectDomainName = u"Default"_s;
    const QJsonObject ours = QJsonDocument::fromJson(KeystoneAuth::requestBody(c)).object();
    const QJsonObject theirs = sample(u"keystone/auth/requests/project-name-password.json"_s);
    QCOMPARE(ours, theirs);

    KeystoneCredentials byId;
    byId.userId = u"ee4dfb6e5540447cb3741905149d9b6e"_s;
    byId.password = "devstacker";
    byId.projectId = u"a6944d763bf64ee6a275f1263fae0352"_s;
    const QJsonObject auth = QJsonDocument::fromJson(KeystoneAuth::requestBody(byId))
                                 .object()
                                 .value(u"auth")
                                 .toObject();
    QCOMPARE(auth.value(u"scope").toObject().value(u"project").toObject(),
             QJsonObject({{u"id"_s, byId.projectId}}));
    const QJsonObject user = auth.value(u"identity")
                                 .toObject()
                                 .value(u"password")
                                 .toObject()
                                 .value(u"user")
                                 .toObject();
    QCOMPARE(user.value(u"id").toString(), byId.userId);
    QVERIFY(!user.contains(u"domain"));
}

void TestOpenStackParsers::applicationCredentialBodyMatchesSample()
{
    KeystoneCredentials c;
    c.applicationCredentialId = u"423f19a4ac1e4f48bbb4180756e6eb6c"_s;
    c.applicationCredentialSecret = "rEaqvJka48mpv";
    QCOMPARE(QJsonDocument::fromJson(KeystoneAuth::requestBody(c)).object(),
             sample(u"keystone/admin/auth-application-credential-id-request.json"_s));
}

void TestOpenStackParsers::authUrlNormalized_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << u"https://keystone:5000"_s << u"https://keystone:5000/v3"_s;
    QTest::newRow("v3 slash") << u"https://k/identity/v3/"_s << u"https://k/identity/v3"_s;
    QTest::newRow("v2.0") << u"https://k:5000/v2.0"_s << u"https://k:5000/v3"_s;
}

void TestOpenStackParsers::authUrlNormalized()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QCOMPARE(KeystoneAuth::normalizedAuthUrl(given).toString(), expected);
}

void TestOpenStackParsers::catalogEndpoints()
{
    const QJsonArray catalog
        = sample(u"keystone/admin/auth-password-project-scoped-response.json"_s)
              .value(u"token")
              .toObject()
              .value(u"catalog")
              .toArray();
    auto compute = KeystoneAuth::endpoint(catalog, u"compute"_s, u"RegionOne"_s, u"public"_s);
    QVERIFY(compute.ok());
    QCOMPARE(compute.value().toString(),
             u"http://23.253.248.171:8774/v2.1/a6944d763bf64ee6a275f1263fae0352"_s);
    auto identity = KeystoneAuth::endpoint(catalog, u"identity"_s, {}, u"admin"_s);
    QVERIFY(identity.ok());
    QCOMPARE(identity.value().toString(), u"http://example.com/identity_v2_admin/v2.0"_s);
    auto wrongRegion = KeystoneAuth::endpoint(catalog, u"network"_s, u"RegionTwo"_s, u"public"_s);
    QVERIFY(!wrongRegion.ok());
    QCOMPARE(wrongRegion.error().kind, CloudError::Kind::NotFound);
    QVERIFY2(wrongRegion.error().message.contains(u"RegionOne/public"),
             qPrintable(wrongRegion.error().message));
    QVERIFY(!KeystoneAuth::endpoint(catalog, u"dns"_s, {}, u"public"_s).ok());
}

void TestOpenStackParsers::serverDetail()
{
    const QJsonObject server = sample(u"nova/servers/v2.100/servers-details-resp.json"_s)
                                   .value(u"servers")
                                   .toArray()
                                   .first()
                                   .toObject();
    const InstanceInfo info = parseServer(server);
    QCOMPARE(info.id, u"f5dc173b-6804-445a-a6d8-c705dad5b5eb"_s);
    QCOMPARE(info.state, InstanceInfo::State::Running);
    QCOMPARE(info.privateIp, u"192.168.1.30"_s);
    QVERIFY(info.publicIp.isEmpty());
    QCOMPARE(info.flavor, u"m1.tiny"_s); // 2.47+: the embedded flavor's name
    QCOMPARE(info.image, u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    QCOMPARE(info.tags.value(u"My Server Name"_s), u"Apache1"_s);
    QCOMPARE(info.launched.date(), QDate(2013, 9, 23));

    // Before 2.47 the flavor is a reference by id.
    const InstanceInfo old = parseServer(sample(u"nova/servers/servers-details-resp.json"_s)
                                             .value(u"servers")
                                             .toArray()
                                             .first()
                                             .toObject());
    QCOMPARE(old.flavor, u"1"_s);
}

void TestOpenStackParsers::serverInError()
{
    // The excerpt elides "details" as [snip]: not JSON until that is taken out.
    QFile file(test::sharedDir()
               + u"/compat/openstack/nova/errors/server-error-state-fault-excerpt.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(u",\\s*\"details\":\\s*\\[snip\\]"_s));
    const QJsonObject server
        = QJsonDocument::fromJson(text.toUtf8()).object().value(u"server").toObject();
    QVERIFY(!server.isEmpty());
    const InstanceInfo info = parseServer(server);
    QCOMPARE(info.state, InstanceInfo::State::Error);
    QCOMPARE(info.stateReason, u"No valid host was found. There are not enough hosts available."_s);
}

void TestOpenStackParsers::serverStates_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("task");
    QTest::addColumn<InstanceInfo::State>("state");
    using S = InstanceInfo::State;
    QTest::newRow("build") << u"BUILD"_s << u"spawning"_s << S::Pending;
    QTest::newRow("active") << u"ACTIVE"_s << QString() << S::Running;
    QTest::newRow("powering-off") << u"ACTIVE"_s << u"powering-off"_s << S::Stopping;
    QTest::newRow("shutoff") << u"SHUTOFF"_s << QString() << S::Stopped;
    QTest::newRow("shelved") << u"SHELVED_OFFLOADED"_s << QString() << S::Stopped;
    QTest::newRow("deleting") << u"ACTIVE"_s << u"deleting"_s << S::Terminating;
    QTest::newRow("deleted") << u"DELETED"_s << QString() << S::Terminated;
    QTest::newRow("error") << u"ERROR"_s << QString() << S::Error;
    QTest::newRow("unknown") << u"UNKNOWN"_s << QString() << S::Unknown;
}

void TestOpenStackParsers::serverStates()
{
    QFETCH(QString, status);
    QFETCH(QString, task);
    QFETCH(InstanceInfo::State, state);
    QCOMPARE(serverState(status, task), state);
}

void TestOpenStackParsers::flavorsLimitsImagesNetworks()
{
    const QList<FlavorInfo> flavors = parseFlavors(
        sample(u"nova/flavors/flavors-detail-resp.json"_s).value(u"flavors").toArray());
    QVERIFY(flavors.size() >= 5);
    QCOMPARE(flavors.at(1).name, u"m1.small"_s);
    QCOMPARE(flavors.at(1).memoryMiB, 2048);
    QCOMPARE(flavors.at(1).diskGb, 20);
    const QuotaInfo quota = parseLimits(sample(u"nova/limits/limit-get-resp.json"_s));
    QCOMPARE(quota.maxInstances, 10);
    QCOMPARE(quota.usedInstances, 0);
    QCOMPARE(quota.maxVcpus, 20);
    QCOMPARE(quota.usedVcpus, 0);
    const QList<ImageInfo> images
        = parseImages(sample(u"glance/images-list-response.json"_s).value(u"images").toArray());
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.first().name, u"cirros-0.3.2-x86_64-disk"_s);
    QVERIFY(images.first().created.isValid());
    const QList<NetworkInfo> networks = parseNetworks(
        sample(u"neutron/networks/networks-list-response.json"_s).value(u"networks").toArray());
    QCOMPARE(networks.size(), 2);
    QCOMPARE(networks.first().name, u"net1"_s);
}

void TestOpenStackParsers::nextMarker()
{
    const QJsonObject page = sample(u"nova/servers/v2.100/servers-details-resp.json"_s);
    QCOMPARE(OpenStackApi::nextMarker(page, u"servers"_s),
             u"f5dc173b-6804-445a-a6d8-c705dad5b5eb"_s);
    QCOMPARE(OpenStackApi::nextMarker(QJsonObject{{u"next"_s, u"/v2/images?marker=abc&limit=2"_s}},
                                      u"images"_s),
             u"abc"_s);
    QVERIFY(OpenStackApi::nextMarker(sample(u"glance/images-list-response.json"_s), u"images"_s)
                .isEmpty());
}

void TestOpenStackParsers::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<QString>("message");
    using K = CloudError::Kind;
    QFile notFound(test::sharedDir()
                   + u"/compat/openstack/nova/errors/fault-itemNotFound-404.json"_s);
    QVERIFY(notFound.open(QIODevice::ReadOnly));
    QTest::newRow("nova 404 sample")
        << 404 << notFound.readAll() << K::NotFound << u"Aggregate agg_h1 could not be found."_s;
    QTest::newRow("keystone 401")
        << 401
        << QByteArray(R"({"error": {"code": 401, "title": "Unauthorized", "message": "Bad."}})")
        << K::Auth << u"Bad."_s;
    QTest::newRow("nova 403 policy")
        << 403 << QByteArray(R"({"forbidden": {"code": 403, "message": "Policy forbids."}})")
        << K::Auth << u"Policy forbids."_s;
    QTest::newRow("nova 403 quota")
        << 403
        << QByteArray(
               R"({"forbidden": {"code": 403, "message": "Quota exceeded for cores: Requested 2, but already used 20 of 20 cores"}})")
        << K::Quota << u"Quota exceeded for cores: Requested 2, but already used 20 of 20 cores"_s;
    QTest::newRow("nova 413") << 413
                              << QByteArray(R"({"overLimit": {"code": 413, "message": "Over."}})")
                              << K::Quota << u"Over."_s;
    QTest::newRow("neutron quota")
        << 409
        << QByteArray(
               R"({"NeutronError": {"type": "OverQuota", "message": "Quota exceeded for resources: ['floatingip'].", "detail": ""}})")
        << K::Quota << u"Quota exceeded for resources: ['floatingip']."_s;
    QTest::newRow("429") << 429 << QByteArray("Too Many Requests") << K::Throttled
                         << u"Too Many Requests"_s;
    QTest::newRow("503 html") << 503
                              << QByteArray(
                                     "<html><body><h1>503 Service Unavailable</h1></body></html>")
                              << K::Transient << u"503 Service Unavailable"_s;
    QTest::newRow("400") << 400
                         << QByteArray(
                                R"({"badRequest": {"code": 400, "message": "Invalid imageRef."}})")
                         << K::InvalidRequest << u"Invalid imageRef."_s;
}

void TestOpenStackParsers::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, message);
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.attempts = 1;
    const CloudError error = toCloudError(response, u"nova GET /limits"_s, u"cloud"_s);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, status);
}

void TestOpenStackParsers::fingerprint()
{
    // Nova's sample: the imported key and the fingerprint it reported for it.
    const QJsonObject pair
        = sample(u"nova/os-keypairs/keypairs-import-post-resp.json"_s).value(u"keypair").toObject();
    const QByteArray blob = QByteArray::fromBase64(
        pair.value(u"public_key").toString().section(u' ', 1, 1).toLatin1());
    QCOMPARE(novaFingerprint(blob), pair.value(u"fingerprint").toString());
}

QTEST_GUILESS_MAIN(TestOpenStackParsers)
#include "tst_openstackparsers.moc"
