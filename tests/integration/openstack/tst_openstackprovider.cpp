// OpenStackProvider against FakeOpenStack: the exact requests (method, path, JSON fields,
// X-Auth-Token, microversion), token reuse and renewal, paging, error mapping, key pairs,
// security groups, floating IPs and a server in ERROR.
#include "tests/integration/openstack/fakeopenstack.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/testkeys.h"

#include "providers/cloud/openstack/openstackprovider.h"
#include "providers/net/httpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using Fake = cd::test::FakeOpenStack;

namespace {

constexpr auto Image = "70a599e0-31e7-49b7-b260-868f441e862b";
constexpr auto Network = "d32019d3-bc6e-4319-9c1d-6722fc136a22";     // net1 of the sample
constexpr auto FloatingNet = "376da547-b977-4cfe-9cba-275c80debf57"; // from the FIP sample

} // namespace

class TestOpenStackProvider final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passwordAuthThenNovaWithTokenAndMicroversion();
    void applicationCredential();
    void wrongPasswordIsAuth();
    void tokenReusedThenRenewedBeforeExpiry();
    void tokenRenewedOnceOn401();
    void configFromAccountAndEnvironment();
    void createDescribeStopStartTerminate();
    void describePagesWithMarker();
    void serverInErrorReportsFault();
    void errorMapping_data();
    void errorMapping();
    void keyPairImportAndFingerprintCheck();
    void securityGroupOnceWithRules();
    void floatingIpAllocateAssociateRelease();
    void floatingIpWithoutExternalNetwork();
    void imagesFlavorsNetworks();

private:
    ProviderConfig config(const QMap<QString, QString> &extra = {}) const;
    std::unique_ptr<OpenStackProvider> provider(const QMap<QString, QString> &extra = {},
                                                const QProcessEnvironment &env = {});
    InstanceSpec spec(const QStringList &nodes) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    Fake m_fake;
};

void TestOpenStackProvider::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_http = std::make_unique<HttpClient>(&m_network);
    QVERIFY2(m_fake.start(), qPrintable(m_fake.errorString()));
}

void TestOpenStackProvider::init()
{
    m_fake.clearRequests();
    m_fake.clearFaults();
    m_fake.setTokenLifetime(3600);
    m_fake.setBuildPolls(1);
    m_fake.setFloatingPolls(1);
}

ProviderConfig TestOpenStackProvider::config(const QMap<QString, QString> &extra) const
{
    ProviderConfig config;
    config.type = u"openstack"_s;
    config.name = u"fake"_s;
    config.endpoint = m_fake.authUrl().toString();
    config.region = u"RegionOne"_s;
    config.project = u"admin"_s;
    config.settings = {{u"username"_s, QString::fromLatin1(Fake::UserName)},
                       {u"user_domain_name"_s, u"Default"_s},
                       {u"project_domain_name"_s, u"Default"_s},
                       {u"openstack_retry_attempts"_s, u"3"_s},
                       {u"openstack_retry_base_ms"_s, u"1"_s},
                       {u"openstack_retry_max_ms"_s, u"5"_s}};
    config.settings.insert(extra);
    config.secrets.insert(u"password"_s, Fake::Password);
    return config;
}

std::unique_ptr<OpenStackProvider>
TestOpenStackProvider::provider(const QMap<QString, QString> &extra, const QProcessEnvironment &env)
{
    ProviderContext context;
    context.http = m_http.get();
    QString error;
    auto made = OpenStackProvider::createWithEnvironment(config(extra), context, env, &error);
    if (!made)
        qFatal("cannot make the OpenStack provider: %s", qPrintable(error));
    return std::unique_ptr<OpenStackProvider>(static_cast<OpenStackProvider *>(made.release()));
}

InstanceSpec TestOpenStackProvider::spec(const QStringList &nodes) const
{
    InstanceSpec s;
    s.cluster = u"c1"_s;
    s.kind = u"compute"_s;
    s.nodeNames = nodes;
    s.image = QString::fromLatin1(Image);
    s.flavor = u"m1.small"_s;
    s.keyName = u"k1"_s;
    s.securityGroups = {u"sg-1"_s};
    s.networks = {QString::fromLatin1(Network)};
    s.userData = "#!/bin/sh\necho hi\n";
    s.tags = {{u"owner"_s, u"ops"_s}};
    return s;
}

void TestOpenStackProvider::passwordAuthThenNovaWithTokenAndMicroversion()
{
    CloudProviderFactory factory;
    CloudProviderFactory::registerBuiltins(factory);
    QVERIFY(factory.knows(u"openstack"_s));
    ProviderContext context;
    context.http = m_http.get();
    QString error;
    auto made = factory.create(config(), context, &error);
    QVERIFY2(made, qPrintable(error));
    QCOMPARE(made->typeName(), u"openstack"_s);

    const auto quota = test::await(made->quota());
    QVERIFY2(quota.ok(), qPrintable(quota.ok() ? QString() : quota.error().describe()));
    QCOMPARE(quota.value().maxInstances, 10);
    QCOMPARE(quota.value().maxVcpus, 20);

    const auto requests = m_fake.requests();
    QCOMPARE(requests.size(), 2);
    const Fake::Recorded &auth = requests.at(0);
    QCOMPARE(auth.method, "POST");
    QCOMPARE(auth.path, u"/identity/v3/auth/tokens"_s);
    const QJsonObject body = auth.json().value(u"auth").toObject();
    const QJsonObject user = body.value(u"identity")
                                 .toObject()
                                 .value(u"password")
                                 .toObject()
                                 .value(u"user")
                                 .toObject();
    QCOMPARE(body.value(u"identity").toObject().value(u"methods").toArray(),
             QJsonArray{u"password"_s});
    QCOMPARE(user.value(u"name").toString(), u"demo"_s);
    QCOMPARE(user.value(u"password").toString(), u"s3cret"_s);
    QCOMPARE(user.value(u"domain").toObject().value(u"name").toString(), u"Default"_s);
    const QJsonObject project = body.value(u"scope").toObject().value(u"project").toObject();
    QCOMPARE(project.value(u"name").toString(), u"admin"_s);
    QCOMPARE(project.value(u"domain").toObject().value(u"name").toString(), u"Default"_s);

    const Fake::Recorded &limits = requests.at(1);
    QCOMPARE(limits.method, "GET");
    QCOMPARE(limits.path, u"/compute/v2.1/%1/limits"_s.arg(m_fake.projectId()));
    QCOMPARE(limits.header("X-Auth-Token"), "fake-token-1");
    QCOMPARE(limits.header("OpenStack-API-Version"), "compute 2.52");
    QCOMPARE(limits.header("X-OpenStack-Nova-API-Version"), "2.52");
}

void TestOpenStackProvider::applicationCredential()
{
    ProviderConfig c
        = config({{u"application_credential_id"_s, QString::fromLatin1(Fake::AppCredentialId)}});
    c.secrets.clear();
    c.secrets.insert(u"application_credential_secret"_s, Fake::AppCredentialSecret);
    ProviderContext context;
    context.http = m_http.get();
    QString error;
    auto made = OpenStackProvider::createWithEnvironment(c, context, {}, &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(test::await(made->quota()).ok());
    const QJsonObject auth = m_fake.requests().first().json().value(u"auth").toObject();
    QCOMPARE(auth.value(u"identity").toObject().value(u"methods").toArray(),
             QJsonArray{u"application_credential"_s});
    QCOMPARE(auth.value(u"identity")
                 .toObject()
                 .value(u"application_credential")
                 .toObject()
                 .value(u"id")
                 .toString(),
             QString::fromLatin1(Fake::AppCredentialId));
    QVERIFY(!auth.contains(u"scope")); // bound to its project
}

void TestOpenStackProvider::wrongPasswordIsAuth()
{
    ProviderConfig c = config();
    c.secrets.insert(u"password"_s, "wrong");
    ProviderContext context;
    context.http = m_http.get();
    QString error;
    auto made = OpenStackProvider::createWithEnvironment(c, context, {}, &error);
    const auto result = test::await(made->listFlavors());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, CloudError::Kind::Auth);
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(result.error().message, u"The request you have made requires authentication."_s);
    QCOMPARE(m_fake.requests().size(), 1); // nothing sent to Nova without a token
}

void TestOpenStackProvider::tokenReusedThenRenewedBeforeExpiry()
{
    auto p = provider();
    QVERIFY(test::await(p->quota()).ok());
    QVERIFY(test::await(p->quota()).ok());
    QCOMPARE(p->api()->auth()->authCount(), 1);
    QCOMPARE(m_fake.requests("POST", u"/auth/tokens"_s).size(), 1);

    // Concurrent callers share the one authentication in flight.
    auto fresh = provider();
    auto a = fresh->quota();
    auto b = fresh->listFlavors();
    QVERIFY(test::await(a).ok());
    QVERIFY(test::await(b).ok());
    QCOMPARE(fresh->api()->auth()->authCount(), 1);

    // A token that expires within the renewal margin (5 min) is replaced before use.
    m_fake.clearRequests();
    m_fake.setTokenLifetime(120);
    auto shortLived = provider();
    QVERIFY(test::await(shortLived->quota()).ok());
    QVERIFY(test::await(shortLived->quota()).ok());
    QCOMPARE(shortLived->api()->auth()->authCount(), 2);
    const auto limits = m_fake.requests("GET", u"/limits"_s);
    QCOMPARE(limits.size(), 2);
    QCOMPARE_NE(limits.at(0).header("X-Auth-Token"), limits.at(1).header("X-Auth-Token"));
}

void TestOpenStackProvider::tokenRenewedOnceOn401()
{
    auto p = provider();
    QVERIFY(test::await(p->quota()).ok());
    m_fake.revokeTokens();
    m_fake.clearRequests();
    const auto again = test::await(p->quota());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().describe()));
    const auto requests = m_fake.requests();
    QCOMPARE(requests.size(), 3); // refused, new token, accepted
    QCOMPARE(requests.at(0).path.endsWith(u"/limits"), true);
    QCOMPARE(requests.at(1).path, u"/identity/v3/auth/tokens"_s);
    QVERIFY(requests.at(2).path.endsWith(u"/limits"));
    QCOMPARE_NE(requests.at(0).header("X-Auth-Token"), requests.at(2).header("X-Auth-Token"));

    // Refused again after renewing: Auth, and no loop.
    m_fake.clearRequests();
    m_fake.addFault({"GET", u"/limits"_s, 401,
                     R"({"error": {"code": 401, "title": "Unauthorized", "message": "Nope."}})",
                     2});
    const auto refused = test::await(p->quota());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
    QCOMPARE(refused.error().message, u"Nope."_s);
    QCOMPARE(m_fake.requests("GET", u"/limits"_s).size(), 2);
}

void TestOpenStackProvider::configFromAccountAndEnvironment()
{
    ProviderContext context;
    context.http = m_http.get();
    QString error;
    ProviderConfig bare;
    bare.type = u"openstack"_s;
    bare.name = u"bare"_s;
    QVERIFY(!OpenStackProvider::createWithEnvironment(bare, context, {}, &error));
    QVERIFY2(error.contains(u"auth_url"), qPrintable(error));

    // OS_* fill what the account leaves empty …
    QProcessEnvironment env;
    env.insert(u"OS_AUTH_URL"_s, m_fake.authUrl().toString());
    env.insert(u"OS_USERNAME"_s, QString::fromLatin1(Fake::UserName));
    env.insert(u"OS_PASSWORD"_s, QString::fromLatin1(Fake::Password));
    env.insert(u"OS_PROJECT_NAME"_s, u"admin"_s);
    env.insert(u"OS_REGION_NAME"_s, u"RegionOne"_s);
    auto fromEnv = OpenStackProvider::createWithEnvironment(bare, context, env, &error);
    QVERIFY2(fromEnv, qPrintable(error));
    QVERIFY(test::await(fromEnv->quota()).ok());

    // … and never override what it says.
    m_fake.clearRequests();
    auto account = provider({{u"username"_s, u"alice"_s}}, env);
    const auto refused = test::await(account->quota());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
    QCOMPARE(m_fake.requests()
                 .first()
                 .json()
                 .value(u"auth")
                 .toObject()
                 .value(u"identity")
                 .toObject()
                 .value(u"password")
                 .toObject()
                 .value(u"user")
                 .toObject()
                 .value(u"name")
                 .toString(),
             u"alice"_s);

    QVERIFY(!OpenStackProvider::createWithEnvironment(config({{u"compute_api_version"_s, u"x"_s}}),
                                                      context, {}, &error));
}

void TestOpenStackProvider::createDescribeStopStartTerminate()
{
    auto p = provider();
    const auto created = test::await(p->createInstances(spec({u"compute001"_s, u"compute002"_s})));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().describe()));
    QCOMPARE(created.value().size(), 2);
    QCOMPARE(m_fake.requests("GET", u"/flavors"_s).size(), 1); // the name → id, once
    const auto posts = m_fake.requests("POST", u"/servers"_s);
    QCOMPARE(posts.size(), 2);
    QStringList names;
    for (const auto &post : posts) {
        QCOMPARE(post.header("OpenStack-API-Version"), "compute 2.52");
        QVERIFY(!post.header("X-Auth-Token").isEmpty());
        const QJsonObject server = post.json().value(u"server").toObject();
        names << server.value(u"name").toString();
        QCOMPARE(server.value(u"flavorRef").toString(), u"2"_s);
        QCOMPARE(server.value(u"imageRef").toString(), QString::fromLatin1(Image));
        QCOMPARE(server.value(u"key_name").toString(), u"k1"_s);
        const QJsonArray groups{QJsonObject{{u"name"_s, u"sg-1"_s}}};
        QCOMPARE(server.value(u"security_groups").toArray(), groups);
        const QJsonArray networks{QJsonObject{{u"uuid"_s, QString::fromLatin1(Network)}}};
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
    const auto stops = m_fake.requests("POST", u"/action"_s);
    QCOMPARE(stops.size(), 4);
    QCOMPARE(stops.first().json(), QJsonObject({{u"os-stop"_s, QJsonValue::Null}}));
    QCOMPARE(m_fake.server(ids.first()).value(u"status").toString(), u"SHUTOFF"_s);
    QVERIFY(test::await(p->startInstances(ids)).ok());
    QCOMPARE(m_fake.server(ids.first()).value(u"status").toString(), u"ACTIVE"_s);
    QCOMPARE(m_fake.requests("POST", u"/action"_s).last().json(),
             QJsonObject({{u"os-start"_s, QJsonValue::Null}}));

    const auto found = test::await(p->findInstancesByTag(u"c1"_s));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 2);
    QCOMPARE(m_fake.requests("GET", u"/servers/detail"_s)
                 .last()
                 .query.queryItemValue(u"tags"_s, QUrl::FullyDecoded),
             u"clusterdeck:cluster=c1"_s);

    QVERIFY(test::await(p->terminateInstances(ids + QStringList{u"gone-id"_s})).ok());
    QCOMPARE(m_fake.requests("DELETE", u"/servers/"_s).size(), 3); // 404 for gone-id is fine
    QCOMPARE(m_fake.serverCount(), 0);
}

void TestOpenStackProvider::describePagesWithMarker()
{
    auto p = provider({{u"openstack_page_size"_s, u"2"_s}});
    const auto created = test::await(
        p->createInstances(spec({u"n001"_s, u"n002"_s, u"n003"_s, u"n004"_s, u"n005"_s})));
    QVERIFY(created.ok());
    QStringList ids;
    for (const InstanceInfo &info : created.value())
        ids << info.id;
    m_fake.clearRequests();
    const auto described = test::await(p->describeInstances(ids));
    QVERIFY(described.ok());
    for (const InstanceInfo &info : described.value())
        QCOMPARE(info.state, InstanceInfo::State::Running);
    const auto pages = m_fake.requests("GET", u"/servers/detail"_s);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).query.queryItemValue(u"limit"_s), u"2"_s);
    QVERIFY(!pages.at(0).query.hasQueryItem(u"marker"_s));
    QVERIFY(!pages.at(1).query.queryItemValue(u"marker"_s).isEmpty());
    QVERIFY(pages.at(2).query.queryItemValue(u"marker"_s)
            != pages.at(1).query.queryItemValue(u"marker"_s));
    QVERIFY(test::await(p->terminateInstances(ids)).ok());
}

void TestOpenStackProvider::serverInErrorReportsFault()
{
    m_fake.failServer(u"c1-bad001"_s);
    auto p = provider();
    auto s = spec({u"bad001"_s});
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

void TestOpenStackProvider::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("times");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("attempts");
    using K = CloudError::Kind;
    QTest::newRow("403")
        << 403
        << QByteArray(R"({"forbidden": {"code": 403, "message": "Policy doesn't allow it."}})") << 1
        << K::Auth << u"Policy doesn't allow it."_s << 1;
    QTest::newRow("403 quota")
        << 403
        << QByteArray(
               R"({"forbidden": {"code": 403, "message": "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"}})")
        << 1 << K::Quota
        << u"Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"_s << 1;
    QTest::newRow("413")
        << 413
        << QByteArray(
               R"({"overLimit": {"code": 413, "message": "Maximum number of ports exceeded"}})")
        << 1 << K::Quota << u"Maximum number of ports exceeded"_s << 1;
    QTest::newRow("404") << 404
                         << QByteArray(R"({"itemNotFound": {"code": 404, "message": "Not here."}})")
                         << 1 << K::NotFound << u"Not here."_s << 1;
    QTest::newRow("429") << 429 << QByteArray("Too many requests, slow down") << 10 << K::Throttled
                         << u"Too many requests, slow down (gave up after 3 attempts)"_s << 3;
    QTest::newRow("500")
        << 500
        << QByteArray(R"({"computeFault": {"code": 500, "message": "Unexpected API Error."}})")
        << 10 << K::Transient << u"Unexpected API Error. (gave up after 3 attempts)"_s << 3;
    QTest::newRow("503 then ok") << 503 << QByteArray("busy") << 1 << K::Cancelled << QString()
                                 << 2;
    QTest::newRow("400") << 400
                         << QByteArray(
                                R"({"badRequest": {"code": 400, "message": "Invalid limit."}})")
                         << 1 << K::InvalidRequest << u"Invalid limit."_s << 1;
}

void TestOpenStackProvider::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, times);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, message);
    QFETCH(int, attempts);
    auto p = provider();
    QVERIFY(test::await(p->quota()).ok()); // token first
    m_fake.clearRequests();
    m_fake.addFault({"GET", u"/limits"_s, status, body, times});
    const auto result = test::await(p->quota());
    QCOMPARE(m_fake.requests("GET", u"/limits"_s).size(), attempts);
    if (kind == CloudError::Kind::Cancelled) { // marker: retried, then answered
        QVERIFY(result.ok());
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QCOMPARE(result.error().httpStatus, status);
    QCOMPARE(result.error().message, message);
}

void TestOpenStackProvider::keyPairImportAndFingerprintCheck()
{
    auto p = provider();
    const KeyPairSpec key{u"ck-test"_s, test::keys::rsa};
    const auto imported = test::await(p->importKeyPair(key));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().describe()));
    QCOMPARE(m_fake.requests("GET", u"/os-keypairs/ck-test"_s).size(), 1);
    const auto posts = m_fake.requests("POST", u"/os-keypairs"_s);
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
    QCOMPARE(m_fake.requests("POST", u"/os-keypairs"_s).size(), 1);

    // Another key under that name: refused with both fingerprints.
    const auto other = test::await(p->importKeyPair({u"ck-test"_s, test::keys::rsaOther}));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY2(other.error().message.contains(imported.value()), qPrintable(other.error().message));
    QVERIFY(!test::await(p->importKeyPair({u"bad"_s, "not a key"})).ok());
}

void TestOpenStackProvider::securityGroupOnceWithRules()
{
    auto p = provider();
    SecurityGroupSpec group;
    group.name = u"clusterdeck-c1"_s;
    group.sshFrom = u"192.0.2.0/24"_s;
    const auto made = test::await(p->ensureSecurityGroup(group));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().describe()));
    const auto find = m_fake.requests("GET", u"/network/v2.0/security-groups"_s);
    QCOMPARE(find.size(), 1);
    QCOMPARE(find.first().query.queryItemValue(u"name"_s), u"clusterdeck-c1"_s);
    const auto create = m_fake.requests("POST", u"/network/v2.0/security-groups"_s);
    QCOMPARE(create.size(), 1);
    QCOMPARE(create.first().json().value(u"security_group").toObject().value(u"name").toString(),
             u"clusterdeck-c1"_s);
    const auto rules = m_fake.requests("POST", u"/security-group-rules"_s);
    QCOMPARE(rules.size(), 2);
    bool self = false;
    bool ssh = false;
    for (const auto &r : rules) {
        const QJsonObject rule = r.json().value(u"security_group_rule").toObject();
        QCOMPARE(rule.value(u"security_group_id").toString(), made.value());
        QCOMPARE(rule.value(u"direction").toString(), u"ingress"_s);
        self = self || rule.value(u"remote_group_id").toString() == made.value();
        ssh = ssh
              || (rule.value(u"protocol").toString() == u"tcp"
                  && rule.value(u"port_range_min").toInt() == 22
                  && rule.value(u"port_range_max").toInt() == 22
                  && rule.value(u"remote_ip_prefix").toString() == u"192.0.2.0/24");
    }
    QVERIFY(self && ssh);

    m_fake.clearRequests();
    const auto again = test::await(p->ensureSecurityGroup(group));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), made.value());
    QCOMPARE(m_fake.requests().size(), 1); // found with both rules: nothing to add
    QCOMPARE(m_fake.securityGroups().size(), 1);
}

void TestOpenStackProvider::floatingIpAllocateAssociateRelease()
{
    auto p = provider({{u"request_floating_ip"_s, u"yes"_s},
                       {u"floating_network_id"_s, QString::fromLatin1(FloatingNet)}});
    const auto created = test::await(p->createInstances(spec({u"fip001"_s})));
    QVERIFY(created.ok());
    const QString id = created.value().first().id;
    QCOMPARE(m_fake.requests("POST", u"/servers"_s)
                 .first()
                 .json()
                 .value(u"server")
                 .toObject()
                 .value(u"metadata")
                 .toObject()
                 .value(u"clusterdeck:floating_network")
                 .toString(),
             QString::fromLatin1(FloatingNet));

    // ACTIVE: its port is found, a floating IP allocated on it (DOWN at first): still pending.
    auto first = test::await(p->describeInstances({id}));
    QVERIFY(first.ok());
    QCOMPARE(first.value().first().state, InstanceInfo::State::Pending);
    const auto ports = m_fake.requests("GET", u"/network/v2.0/ports"_s);
    QCOMPARE(ports.size(), 1);
    QCOMPARE(ports.first().query.queryItemValue(u"device_id"_s), id);
    const auto allocations = m_fake.requests("POST", u"/network/v2.0/floatingips"_s);
    QCOMPARE(allocations.size(), 1);
    const QJsonObject fip = allocations.first().json().value(u"floatingip").toObject();
    QCOMPARE(fip.value(u"floating_network_id").toString(), QString::fromLatin1(FloatingNet));
    QCOMPARE(fip.value(u"port_id").toString(), u"port-"_s + id);

    // Next poll: ACTIVE, reported as the public address.
    auto second = test::await(p->describeInstances({id}));
    QVERIFY(second.ok());
    QCOMPARE(second.value().first().state, InstanceInfo::State::Running);
    QCOMPARE(second.value().first().publicIp, u"172.24.4.100"_s);
    QCOMPARE(m_fake.requests("POST", u"/network/v2.0/floatingips"_s).size(), 1);

    // Then Nova lists it among the addresses: no Neutron call needed.
    m_fake.clearRequests();
    auto third = test::await(p->describeInstances({id}));
    QCOMPARE(third.value().first().publicIp, u"172.24.4.100"_s);
    QCOMPARE(m_fake.requests("GET", u"/network/"_s).size(), 0);

    // Released with the server.
    QVERIFY(test::await(p->terminateInstances({id})).ok());
    const auto deletes = m_fake.requests("DELETE", u"/network/v2.0/floatingips/"_s);
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(m_fake.floatingIps().size(), 0);
    QCOMPARE(m_fake.serverCount(), 0);
}

void TestOpenStackProvider::floatingIpWithoutExternalNetwork()
{
    // The networks sample has no router:external network to pick.
    auto p = provider({{u"request_floating_ip"_s, u"true"_s}});
    const auto created = test::await(p->createInstances(spec({u"nofip001"_s})));
    QVERIFY(created.ok());
    const auto described = test::await(p->describeInstances({created.value().first().id}));
    QVERIFY(described.ok());
    QCOMPARE(described.value().first().state, InstanceInfo::State::Error);
    QVERIFY2(described.value().first().stateReason.contains(u"floating_network_id"),
             qPrintable(described.value().first().stateReason));
    QCOMPARE(m_fake.requests("GET", u"/network/v2.0/networks"_s)
                 .first()
                 .query.queryItemValue(u"router:external"_s),
             u"true"_s);
    QVERIFY(test::await(p->terminateInstances({created.value().first().id})).ok());
}

void TestOpenStackProvider::imagesFlavorsNetworks()
{
    auto p = provider();
    ImageQuery query;
    query.nameFilter = u"CIRROS"_s;
    const auto images = test::await(p->listImages(query));
    QVERIFY(images.ok());
    QCOMPARE(images.value().size(), 1);
    QCOMPARE(images.value().first().name, u"cirros-0.3.2-x86_64-disk"_s);
    QCOMPARE(
        m_fake.requests("GET", u"/image/v2/images"_s).first().query.queryItemValue(u"status"_s),
        u"active"_s);
    query.nameFilter = u"F17-*"_s;
    QCOMPARE(test::await(p->listImages(query)).value().size(), 1);

    const auto flavors = test::await(p->listFlavors());
    QVERIFY(flavors.ok());
    QVERIFY(flavors.value().size() >= 5);
    QCOMPARE(m_fake.requests("GET", u"/flavors/detail"_s).size(), 1);
    const auto networks = test::await(p->listNetworks());
    QVERIFY(networks.ok());
    QCOMPARE(networks.value().size(), 2);
}

QTEST_GUILESS_MAIN(TestOpenStackProvider)
#include "tst_openstackprovider.moc"
