// Keystone and the calls around it, against FakeOpenStack: the exact token request, X-Auth-Token
// and the compute microversion on Nova calls, token reuse, renewal before expiry and after a
// 401, the account/OS_* precedence, and every error mapping.
#include "tests/integration/openstack/openstackfixture.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/testkeys.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using Fake = cd::test::FakeOpenStack;

class TestOpenStackAuth final : public QObject
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
    void errorMapping_data();
    void errorMapping();
    void tlsTrustsTheAccountCacert();

private:
    test::OpenStackFixture m_os;
};

void TestOpenStackAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_os.start(&error), qPrintable(error));
}

void TestOpenStackAuth::init()
{
    m_os.reset();
}

void TestOpenStackAuth::passwordAuthThenNovaWithTokenAndMicroversion()
{
    CloudProviderFactory factory;
    CloudProviderFactory::registerBuiltins(factory);
    QVERIFY(factory.knows(u"openstack"_s));
    ProviderContext context;
    context.http = m_os.http();
    QString error;
    auto made = factory.create(m_os.config(), context, &error);
    QVERIFY2(made, qPrintable(error));
    QCOMPARE(made->typeName(), u"openstack"_s);

    const auto quota = test::await(made->quota());
    QVERIFY2(quota.ok(), qPrintable(quota.ok() ? QString() : quota.error().describe()));
    QCOMPARE(quota.value().maxInstances, 10);
    QCOMPARE(quota.value().maxVcpus, 20);

    const auto requests = m_os.fake().requests();
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
    QCOMPARE(limits.path, u"/compute/v2.1/%1/limits"_s.arg(m_os.fake().projectId()));
    QCOMPARE(limits.header("X-Auth-Token"), "fake-token-1");
    QCOMPARE(limits.header("OpenStack-API-Version"), "compute 2.52");
    QCOMPARE(limits.header("X-OpenStack-Nova-API-Version"), "2.52");
}

void TestOpenStackAuth::applicationCredential()
{
    ProviderConfig c = m_os.config(
        {{u"application_credential_id"_s, QString::fromLatin1(Fake::AppCredentialId)}});
    c.secrets.clear();
    c.secrets.insert(u"application_credential_secret"_s, Fake::AppCredentialSecret);
    ProviderContext context;
    context.http = m_os.http();
    QString error;
    auto made = OpenStackProvider::createWithEnvironment(c, context, {}, &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(test::await(made->quota()).ok());
    const QJsonObject auth = m_os.fake().requests().first().json().value(u"auth").toObject();
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

void TestOpenStackAuth::wrongPasswordIsAuth()
{
    ProviderConfig c = m_os.config();
    c.secrets.insert(u"password"_s, "wrong");
    ProviderContext context;
    context.http = m_os.http();
    QString error;
    auto made = OpenStackProvider::createWithEnvironment(c, context, {}, &error);
    const auto result = test::await(made->listFlavors());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, CloudError::Kind::Auth);
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(result.error().message, u"The request you have made requires authentication."_s);
    QCOMPARE(m_os.fake().requests().size(), 1); // nothing sent to Nova without a token
}

void TestOpenStackAuth::tokenReusedThenRenewedBeforeExpiry()
{
    auto p = m_os.provider();
    QVERIFY(test::await(p->quota()).ok());
    QVERIFY(test::await(p->quota()).ok());
    QCOMPARE(p->api()->auth()->authCount(), 1);
    QCOMPARE(m_os.fake().requests("POST", u"/auth/tokens"_s).size(), 1);

    // Concurrent callers share the one authentication in flight.
    auto fresh = m_os.provider();
    auto a = fresh->quota();
    auto b = fresh->listFlavors();
    QVERIFY(test::await(a).ok());
    QVERIFY(test::await(b).ok());
    QCOMPARE(fresh->api()->auth()->authCount(), 1);

    // A token that expires within the renewal margin (5 min) is replaced before use.
    m_os.fake().clearRequests();
    m_os.fake().setTokenLifetime(120);
    auto shortLived = m_os.provider();
    QVERIFY(test::await(shortLived->quota()).ok());
    QVERIFY(test::await(shortLived->quota()).ok());
    QCOMPARE(shortLived->api()->auth()->authCount(), 2);
    const auto limits = m_os.fake().requests("GET", u"/limits"_s);
    QCOMPARE(limits.size(), 2);
    QCOMPARE_NE(limits.at(0).header("X-Auth-Token"), limits.at(1).header("X-Auth-Token"));
}

void TestOpenStackAuth::tokenRenewedOnceOn401()
{
    auto p = m_os.provider();
    QVERIFY(test::await(p->quota()).ok());
    m_os.fake().revokeTokens();
    m_os.fake().clearRequests();
    const auto again = test::await(p->quota());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().describe()));
    const auto requests = m_os.fake().requests();
    QCOMPARE(requests.size(), 3); // refused, new token, accepted
    QCOMPARE(requests.at(0).path.endsWith(u"/limits"), true);
    QCOMPARE(requests.at(1).path, u"/identity/v3/auth/tokens"_s);
    QVERIFY(requests.at(2).path.endsWith(u"/limits"));
    QCOMPARE_NE(requests.at(0).header("X-Auth-Token"), requests.at(2).header("X-Auth-Token"));

    // Refused again after renewing: Auth, and no loop.
    m_os.fake().clearRequests();
    m_os.fake().addFault(
        {"GET", u"/limits"_s, 401,
         R"({"error": {"code": 401, "title": "Unauthorized", "message": "Nope."}})", 2});
    const auto refused = test::await(p->quota());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
    QCOMPARE(refused.error().message, u"Nope."_s);
    QCOMPARE(m_os.fake().requests("GET", u"/limits"_s).size(), 2);
}

void TestOpenStackAuth::configFromAccountAndEnvironment()
{
    ProviderContext context;
    context.http = m_os.http();
    QString error;
    ProviderConfig bare;
    bare.type = u"openstack"_s;
    bare.name = u"bare"_s;
    QVERIFY(!OpenStackProvider::createWithEnvironment(bare, context, {}, &error));
    QVERIFY2(error.contains(u"auth_url"), qPrintable(error));

    // OS_* fill what the account leaves empty …
    QProcessEnvironment env;
    env.insert(u"OS_AUTH_URL"_s, m_os.fake().authUrl().toString());
    env.insert(u"OS_USERNAME"_s, QString::fromLatin1(Fake::UserName));
    env.insert(u"OS_PASSWORD"_s, QString::fromLatin1(Fake::Password));
    env.insert(u"OS_PROJECT_NAME"_s, u"admin"_s);
    env.insert(u"OS_REGION_NAME"_s, u"RegionOne"_s);
    auto fromEnv = OpenStackProvider::createWithEnvironment(bare, context, env, &error);
    QVERIFY2(fromEnv, qPrintable(error));
    QVERIFY(test::await(fromEnv->quota()).ok());

    // … and never override what it says.
    m_os.fake().clearRequests();
    auto account = m_os.provider({{u"username"_s, u"alice"_s}}, env);
    const auto refused = test::await(account->quota());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
    QCOMPARE(m_os.fake()
                 .requests()
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

    QVERIFY(!OpenStackProvider::createWithEnvironment(
        m_os.config({{u"compute_api_version"_s, u"x"_s}}), context, {}, &error));
}

void TestOpenStackAuth::errorMapping_data()
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

void TestOpenStackAuth::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, times);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, message);
    QFETCH(int, attempts);
    auto p = m_os.provider();
    QVERIFY(test::await(p->quota()).ok()); // token first
    m_os.fake().clearRequests();
    m_os.fake().addFault({"GET", u"/limits"_s, status, body, times});
    const auto result = test::await(p->quota());
    QCOMPARE(m_os.fake().requests("GET", u"/limits"_s).size(), attempts);
    if (kind == CloudError::Kind::Cancelled) { // marker: retried, then answered
        QVERIFY(result.ok());
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QCOMPARE(result.error().httpStatus, status);
    QCOMPARE(result.error().message, message);
}

void TestOpenStackAuth::tlsTrustsTheAccountCacert()
{
    // A private cloud behind a certificate of its own CA: trusted through `cacert` only.
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    const QString openssl = test::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        CD_SKIP_OR_FAIL(u"openssl is not installed"_s);
    const auto made = test::runProcess(
        openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                  u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                  u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    Fake tls;
    tls.setTls(QSslCertificate::fromPath(cert).value(0), QSslKey(&keyFile, QSsl::Rsa));
    QVERIFY2(tls.start(), qPrintable(tls.errorString()));
    QCOMPARE(tls.authUrl().scheme(), u"https"_s);

    // A client each: QNetworkAccessManager keeps an encrypted connection per host and reuses
    // it whatever the next request's SSL configuration says.
    HttpClient first;
    HttpClient second;
    ProviderContext context;
    context.http = &first;
    ProviderConfig config = m_os.config();
    config.endpoint = tls.authUrl().toString();
    QString error;
    config.settings.insert(u"cacert"_s, cert);
    auto trusted = OpenStackProvider::createWithEnvironment(config, context, {}, &error);
    QVERIFY2(trusted, qPrintable(error));
    const auto quota = test::await(trusted->quota());
    QVERIFY2(quota.ok(), qPrintable(quota.ok() ? QString() : quota.error().describe()));
    QCOMPARE(tls.requests("GET", u"/limits"_s).size(), 1);
    context.http = &second;
    config.settings.remove(u"cacert"_s);
    auto untrusted = OpenStackProvider::createWithEnvironment(config, context, {}, &error);
    const auto refused = test::await(untrusted->quota());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"No secure connection"),
             qPrintable(refused.error().message));

    config.settings.insert(u"cacert"_s, dir.filePath(u"missing.pem"_s));
    QVERIFY(!OpenStackProvider::createWithEnvironment(config, context, {}, &error));
    QVERIFY2(error.contains(u"cacert"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOpenStackAuth)
#include "tst_openstackauth.moc"
