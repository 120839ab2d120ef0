// An ElastiCluster [cloud/…] section for OpenStack, imported and turned into a provider the way
// the app does it (importer → CloudAccount + keychain secrets → ProviderConfigLoader → factory).
#include "model/cloud/providerconfigloader.h"
#include "model/config/elasticlusterimporter.h"
#include "providers/cloud/openstack/openstackprovider.h"
#include "providers/net/httpclient.h"

#include "tests/support/testenv.h"

#include <QFile>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestOpenStackConfig final : public QObject
{
    Q_OBJECT

private slots:
    void elasticlusterExample();
    void domainsAndApplicationCredential();

private:
    static ImportResult import(const QByteArray &text);
    static std::unique_ptr<OpenStackProvider> provider(const ImportResult &result, QString *error);
};

ImportResult TestOpenStackConfig::import(const QByteArray &text)
{
    ElastiClusterImporter::Options options;
    options.environment = QProcessEnvironment();
    return ElastiClusterImporter(options).importText(u"config"_s, text);
}

std::unique_ptr<OpenStackProvider> TestOpenStackConfig::provider(const ImportResult &result,
                                                                 QString *error)
{
    static HttpClient http;
    ProviderConfig config = ProviderConfigLoader::withoutSecrets(result.accounts.first());
    for (const ImportedSecret &secret : result.secrets) {
        const QString key = result.accounts.first().secretRefs.key(secret.ref);
        config.secrets.insert(key, secret.value);
    }
    ProviderContext context;
    context.http = &http;
    auto made = OpenStackProvider::createWithEnvironment(config, context, {}, error);
    return std::unique_ptr<OpenStackProvider>(static_cast<OpenStackProvider *>(made.release()));
}

void TestOpenStackConfig::elasticlusterExample()
{
    QFile file(test::sharedDir() + u"/compat/elasticluster/openstack-auth.conf"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult result = import(file.readAll());
    QCOMPARE(result.accounts.size(), 1);
    const CloudAccount &account = result.accounts.first();
    QCOMPARE(account.type, CloudType::OpenStack);
    QCOMPARE(account.endpoint, u"https://openstack.example.com:5000/v2.0"_s);
    QCOMPARE(account.project, u"elasticluster"_s);
    QCOMPARE(account.settings.value(u"username"_s), u"me"_s);
    QVERIFY(!account.settings.contains(u"password"_s)); // a secret, never a setting
    QCOMPARE(account.secretRefs.value(u"password"_s), u"account/openstack/password"_s);
    QCOMPARE(result.secrets.size(), 1);
    QCOMPARE(result.secrets.first().value, "secret");

    QString error;
    auto p = provider(result, &error);
    QVERIFY2(p, qPrintable(error));
    const auto &options = p->api()->options();
    QCOMPARE(options.auth.authUrl.toString(), u"https://openstack.example.com:5000/v3"_s);
    QCOMPARE(options.auth.credentials.userName, u"me"_s);
    QCOMPARE(options.auth.credentials.password, "secret");
    QCOMPARE(options.auth.credentials.projectName, u"elasticluster"_s);
}

void TestOpenStackConfig::domainsAndApplicationCredential()
{
    const ImportResult result = import(R"([cloud/os]
provider=openstack
auth_url=https://keystone.example.org/v3
user_domain_name=Users
project_domain_name=Projects
project_name=hpc
region_name=RegionTwo
application_credential_id=abc123
application_credential_secret=xyz
request_floating_ip=yes
floating_network_id=ext-net
compute_api_version=2.60
)");
    QCOMPARE(result.accounts.size(), 1);
    for (const ImportIssue &issue : result.issues)
        QVERIFY2(issue.severity != ImportIssue::Severity::Warning
                     || !issue.message.contains(u"not a key"),
                 qPrintable(issue.message));
    const CloudAccount &account = result.accounts.first();
    QCOMPARE(account.region, u"RegionTwo"_s);
    QVERIFY(account.secretRefs.contains(u"application_credential_secret"_s));
    QString error;
    auto p = provider(result, &error);
    QVERIFY2(p, qPrintable(error));
    const auto &options = p->api()->options();
    QVERIFY(options.auth.credentials.usesApplicationCredential());
    QCOMPARE(options.auth.credentials.applicationCredentialId, u"abc123"_s);
    QCOMPARE(options.region, u"RegionTwo"_s);
    QCOMPARE(options.computeMicroversion, u"2.60"_s);
    QVERIFY(p->settings().requestFloatingIp);
    QCOMPARE(p->settings().floatingNetworkId, u"ext-net"_s);
}

QTEST_GUILESS_MAIN(TestOpenStackConfig)
#include "tst_openstackconfig.moc"
