// GCE OAuth2 against the fake token endpoint: a service-account JWT whose RS256 signature and
// claims the fake verifies, renewal before expiry and after a 401, application default
// credentials (authorized_user), the factory's checks, and no secret in the wire log.
#include "providers/cloud/cloudproviderfactory.h"
#include "tests/integration/gce/gcerig.h"
#include "tests/support/awaitfuture.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

QStringList g_log;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

class TestGceAuth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serviceAccountJwtIsVerified();
    void tokenRenewedBeforeExpiry();
    void tokenRenewedAfter401();
    void wrongKeyIsRejected();
    void applicationDefaultCredentials();
    void factoryWithServiceAccountSecret();
    void factoryRefusesUnusableConfigs();
    void secretsNeverLogged();

private:
    ProviderConfig config() const;
    test::FakeGce m_fake;
};

void TestGceAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_fake.start(&error), qPrintable(error));
}

ProviderConfig TestGceAuth::config() const
{
    ProviderConfig c;
    c.type = u"gce"_s;
    c.name = u"fake"_s;
    c.endpoint = m_fake.computeBase().toString();
    c.project = QString::fromLatin1(test::FakeGce::Project);
    c.zone = QString::fromLatin1(test::FakeGce::Zone);
    c.settings.insert(u"gce_poll_interval_ms"_s, u"10"_s);
    return c;
}

void TestGceAuth::serviceAccountJwtIsVerified()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    m_fake.clearRequests();
    const int before = m_fake.tokensIssued();
    const auto flavors = test::await(provider->listFlavors());
    QVERIFY2(flavors.ok(), qPrintable(flavors.ok() ? QString() : flavors.error().describe()));
    QCOMPARE(m_fake.tokensIssued(), before + 1);
    QCOMPARE(m_fake.tokenProblems(), QStringList());

    const auto posts = m_fake.requests("POST", u"/token"_s);
    QCOMPARE(posts.size(), 1);
    const QUrlQuery form(QString::fromUtf8(posts.first().body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded),
             u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s);
    const QByteArray jwt = form.queryItemValue(u"assertion"_s, QUrl::FullyDecoded).toLatin1();
    const QJsonObject header
        = QJsonDocument::fromJson(
              QByteArray::fromBase64(jwt.split('.').first(), QByteArray::Base64UrlEncoding))
              .object();
    QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(header.value(u"kid"_s).toString(), u"0123456789abcdef0123456789abcdef01234567"_s);

    const auto gets = m_fake.requests("GET", u"/machineTypes"_s);
    QCOMPARE(gets.size(), 1);
    QCOMPARE(gets.first().path,
             test::FakeGce::projectPath() + u"/zones/europe-west1-b/machineTypes"_s);
    QCOMPARE(gets.first().authorization, "Bearer ya29.fake-" + QByteArray::number(before + 1));
}

void TestGceAuth::tokenRenewedBeforeExpiry()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    m_fake.setTokenLifetime(3600);
    const int before = m_fake.tokensIssued();
    QVERIFY(test::await(provider->listNetworks()).ok());
    QVERIFY(test::await(provider->listNetworks()).ok());
    QCOMPARE(m_fake.tokensIssued(), before + 1); // cached
    rig.clock = rig.clock.addSecs(3400);         // within 5 minutes of expiry
    m_fake.clearRequests();
    QVERIFY(test::await(provider->listNetworks()).ok());
    QCOMPARE(m_fake.tokensIssued(), before + 2);
    QCOMPARE(m_fake.requests("GET", u"/global/networks"_s).first().authorization,
             "Bearer ya29.fake-" + QByteArray::number(before + 2));
    QCOMPARE(m_fake.tokenProblems(), QStringList());
}

void TestGceAuth::tokenRenewedAfter401()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    QVERIFY(test::await(provider->quota()).ok());
    const int before = m_fake.tokensIssued();
    m_fake.revokeTokens();
    m_fake.clearRequests();
    const auto quota = test::await(provider->quota());
    QVERIFY2(quota.ok(), qPrintable(quota.ok() ? QString() : quota.error().describe()));
    QCOMPARE(m_fake.tokensIssued(), before + 1);
    const auto gets = m_fake.requests("GET", u"/regions/"_s);
    QCOMPARE(gets.size(), 2); // 401, then again with the new token
    QVERIFY(gets.at(0).authorization != gets.at(1).authorization);
}

void TestGceAuth::wrongKeyIsRejected()
{
    test::TestRsaKey other;
    QJsonObject key = QJsonDocument::fromJson(m_fake.serviceAccountJson()).object();
    key.insert(u"private_key"_s, QString::fromLatin1(other.privateKeyPem()));
    test::GceRig rig(&m_fake);
    auto provider = rig.provider(QJsonDocument(key).toJson(QJsonDocument::Compact));
    const int problems = int(m_fake.tokenProblems().size());
    const auto flavors = test::await(provider->listFlavors());
    QVERIFY(!flavors.ok());
    QCOMPARE(flavors.error().kind, CloudError::Kind::Auth);
    QCOMPARE(flavors.error().code, u"invalid_grant"_s);
    QVERIFY(flavors.error().message.contains(u"signature"_s));
    QCOMPARE(m_fake.tokenProblems().size(), problems + 1);
    QCOMPARE(m_fake.tokenProblems().last(), u"the RS256 signature does not verify"_s);
}

void TestGceAuth::applicationDefaultCredentials()
{
    QTemporaryDir sdk;
    QFile adc(sdk.filePath(u"application_default_credentials.json"_s));
    QVERIFY(adc.open(QIODevice::WriteOnly));
    // As gcloud writes it: no token_uri; the account's gce_token_uri points at the fake.
    QJsonObject user = QJsonDocument::fromJson(m_fake.authorizedUserJson()).object();
    user.remove(u"token_uri"_s);
    adc.write(QJsonDocument(user).toJson());
    adc.close();
    qputenv("CLOUDSDK_CONFIG", sdk.path().toLocal8Bit());
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    test::GceRig rig(&m_fake);
    ProviderContext context{rig.http(), {}};
    QString error;
    ProviderConfig c = config();
    c.settings.insert(u"gce_token_uri"_s, m_fake.tokenUri().toString());
    auto provider = GceProvider::create(c, context, &error); // no key: ADC
    qunsetenv("CLOUDSDK_CONFIG");
    QVERIFY2(provider, qPrintable(error));
    m_fake.clearRequests();
    const auto networks = test::await(provider->listNetworks());
    QVERIFY2(networks.ok(), qPrintable(networks.ok() ? QString() : networks.error().describe()));
    QCOMPARE(networks.value().first().name, u"default"_s);
    const auto posts = m_fake.requests("POST", u"/token"_s);
    QCOMPARE(posts.size(), 1);
    const QUrlQuery form(QString::fromUtf8(posts.first().body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded),
             u"1//fake-refresh-token"_s);
}

void TestGceAuth::factoryWithServiceAccountSecret()
{
    CloudProviderFactory factory;
    CloudProviderFactory::registerBuiltins(factory);
    QVERIFY(factory.knows(u"gce"_s));
    test::GceRig rig(&m_fake);
    ProviderConfig c = config();
    c.secrets.insert(u"service_account_json"_s, m_fake.serviceAccountJson());
    QString error;
    auto provider = factory.create(c, ProviderContext{rig.http(), {}}, &error);
    QVERIFY2(provider, qPrintable(error));
    QCOMPARE(provider->typeName(), u"gce"_s);
    const auto quota = test::await(provider->quota());
    QVERIFY(quota.ok());
    QCOMPARE(quota.value().maxVcpus, 24);
    QCOMPARE(quota.value().usedVcpus, 4);
    QCOMPARE(quota.value().maxInstances, 240);
    QCOMPARE(m_fake.requests("GET", u"/regions/"_s).last().path,
             test::FakeGce::projectPath() + u"/regions/europe-west1"_s);
}

void TestGceAuth::factoryRefusesUnusableConfigs()
{
    test::GceRig rig(&m_fake);
    ProviderContext context{rig.http(), {}};
    QTemporaryDir empty;
    qputenv("CLOUDSDK_CONFIG", empty.path().toLocal8Bit());
    QString error;
    ProviderConfig c = config();
    c.project.clear();
    QVERIFY(!GceProvider::create(c, context, &error));
    QVERIFY(error.contains(u"gce_project_id"_s));
    QVERIFY(!GceProvider::create(config(), context, &error));
    QVERIFY2(error.contains(u"service_account_json"_s), qPrintable(error));
    c = config();
    c.secrets.insert(u"service_account_json"_s,
                     R"({"type": "service_account", "private_key": "SECRETPEM"})");
    QVERIFY(!GceProvider::create(c, context, &error));
    QVERIFY2(error.contains(u"client_email"_s) && !error.contains(u"SECRETPEM"_s),
             qPrintable(error));
    qunsetenv("CLOUDSDK_CONFIG");
}

void TestGceAuth::secretsNeverLogged()
{
    QLoggingCategory::setFilterRules(u"clusterdeck.*=true\nclusterdeck.*.debug=true"_s);
    g_log.clear();
    const auto previous = qInstallMessageHandler(collect);
    {
        test::GceRig rig(&m_fake);
        auto provider = rig.provider();
        const auto flavors = test::await(provider->listFlavors());
        QVERIFY(flavors.ok());
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = g_log.join(u'\n');
    QVERIFY2(!g_log.isEmpty(), "the wire log was not enabled");
    QVERIFY(!all.contains(u"PRIVATE KEY"_s));
    QVERIFY(!all.contains(u"ya29.fake"_s));
    QVERIFY(!all.contains(u"eyJ"_s)); // a JWT
}

QTEST_GUILESS_MAIN(TestGceAuth)
#include "tst_gceauth.moc"
