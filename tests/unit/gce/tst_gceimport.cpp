// An ElastiCluster `provider=google` configuration, imported as a user would, reaches the GCE
// provider intact: project, zone and network from the cloud section, the OAuth client secret
// split off as a secret, node keys (boot disk, preemptible, network tags, accelerators) turned
// into the instances.insert body. No server: the provider is only built, not called.
#include "model/cloud/providerconfigloader.h"
#include "model/config/elasticlusterimporter.h"
#include "providers/cloud/gce/gceprovider.h"
#include "providers/net/httpclient.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kConfig = R"([cloud/google]
provider=google
gce_project_id=my-project
gce_client_id=1234.apps.googleusercontent.com
gce_client_secret=s3cr3t
zone=europe-west1-b
network=hpc-net

[login/g]
image_user=ann
user_key_name=elasticluster
user_key_private=/nonexistent/key
user_key_public=/nonexistent/key.pub

[setup/s]
provider=ansible
frontend_groups=slurm_master
compute_groups=slurm_worker

[cluster/c]
cloud=google
login=g
setup=s
image_id=debian-12
flavor=n1-standard-2
frontend_nodes=1
compute_nodes=2
boot_disk_type=pd-ssd
boot_disk_size=30
scheduling=preemptible
tags=http-server
accelerator_count=1
accelerator_type=nvidia-tesla-t4
)";

} // namespace

class TestGceImport final : public QObject
{
    Q_OBJECT

private slots:
    void googleSectionReachesTheProvider();
    void serviceAccountFileUnderHome();
};

void TestGceImport::googleSectionReachesTheProvider()
{
    ElastiClusterImporter importer(ElastiClusterImporter::Options{});
    const ImportResult result = importer.importText(u"google.conf"_s, kConfig);
    QCOMPARE(result.accounts.size(), 1);
    const CloudAccount &account = result.accounts.first();
    QCOMPARE(account.type, CloudType::Gce);
    QVERIFY2(account.startable(), qPrintable(account.notStartableReason));
    QCOMPARE(account.project, u"my-project"_s);
    QCOMPARE(account.zone, u"europe-west1-b"_s);
    QCOMPARE(account.settings.value(u"network"_s), u"hpc-net"_s);
    QCOMPARE(account.settings.value(u"gce_client_id"_s), u"1234.apps.googleusercontent.com"_s);
    QVERIFY(account.secretRefs.contains(u"gce_client_secret"_s));
    QVERIFY(!account.settings.contains(u"gce_client_secret"_s));
    for (const ImportIssue &issue : result.issues)
        QVERIFY2(!issue.message.contains(u"not a key"_s), qPrintable(issue.message));

    ProviderConfig config = ProviderConfigLoader::withoutSecrets(account);
    QCOMPARE(config.type, u"gce"_s);
    for (const ImportedSecret &secret : result.secrets)
        config.secrets.insert(secret.ref.section(u'/', -1), secret.value);
    QCOMPARE(config.secrets.value(u"gce_client_secret"_s), "s3cr3t");

    HttpClient http;
    ProviderContext context{&http, {}};
    QString error;
    // ElastiCluster's OAuth client with a refresh token of the account.
    config.secrets.insert(u"gce_refresh_token"_s, "1//refresh");
    auto provider = GceProvider::create(config, context, &error);
    QVERIFY2(provider, qPrintable(error));
    // Without one: Application Default Credentials from $CLOUDSDK_CONFIG.
    config.secrets.remove(u"gce_refresh_token"_s);
    QTemporaryDir sdk;
    QFile adc(sdk.filePath(u"application_default_credentials.json"_s));
    QVERIFY(adc.open(QIODevice::WriteOnly));
    adc.write(
        R"({"type":"authorized_user","client_id":"c","client_secret":"s","refresh_token":"r"})");
    adc.close();
    qputenv("CLOUDSDK_CONFIG", sdk.path().toLocal8Bit());
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    auto adcProvider = GceProvider::create(config, context, &error);
    qunsetenv("CLOUDSDK_CONFIG");
    QVERIFY2(adcProvider, qPrintable(error));

    // The kind as StartClusterJob hands it over.
    QCOMPARE(result.templates.size(), 1);
    const NodeKindSpec *kind = result.templates.first().kind(u"compute"_s);
    QVERIFY(kind);
    InstanceSpec spec;
    spec.cluster = u"c1"_s;
    spec.kind = kind->name;
    spec.nodeNames = {u"compute001"_s};
    spec.image = kind->image;
    spec.flavor = kind->flavor;
    spec.networks = kind->networks;
    spec.bootDiskSizeGb = kind->bootDiskSizeGb;
    spec.bootDiskType = kind->bootDiskType;
    spec.preemptible = kind->preemptible;
    spec.tags = kind->tags;
    spec.settings = kind->settings;
    const auto *gce = static_cast<GceProvider *>(provider.get());
    const QJsonObject body = gce->instanceBody(spec, u"compute001"_s);
    QCOMPARE(body.value(u"machineType"_s).toString(),
             u"zones/europe-west1-b/machineTypes/n1-standard-2"_s);
    const QJsonObject init = body.value(u"disks"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"initializeParams"_s)
                                 .toObject();
    QCOMPARE(init.value(u"sourceImage"_s).toString(),
             u"projects/debian-cloud/global/images/family/debian-12"_s);
    QCOMPARE(init.value(u"diskSizeGb"_s).toString(), u"30"_s);
    QCOMPARE(init.value(u"diskType"_s).toString(), u"zones/europe-west1-b/diskTypes/pd-ssd"_s);
    QCOMPARE(body.value(u"networkInterfaces"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"network"_s)
                 .toString(),
             u"global/networks/hpc-net"_s);
    QVERIFY(body.value(u"scheduling"_s).toObject().value(u"preemptible"_s).toBool());
    QCOMPARE(body.value(u"tags"_s).toObject().value(u"items"_s).toArray(),
             QJsonArray{u"http-server"_s});
    const QJsonObject gpu = body.value(u"guestAccelerators"_s).toArray().first().toObject();
    QCOMPARE(gpu.value(u"acceleratorType"_s).toString(),
             u"zones/europe-west1-b/acceleratorTypes/nvidia-tesla-t4"_s);
    QCOMPARE(gpu.value(u"acceleratorCount"_s).toInt(), 1);
}

// Our own key beside ElastiCluster's: a key file's path, with ~ expanded like other paths.
void TestGceImport::serviceAccountFileUnderHome()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(u"keys"_s));
    QFile key(home.filePath(u"keys/sa.json"_s));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(R"({"type": "service_account", "client_email": "a@p.iam.gserviceaccount.com",
                  "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"})");
    key.close();
    ElastiClusterImporter::Options options;
    options.homeDir = home.path();
    const ImportResult result = ElastiClusterImporter(options).importText(
        u"sa.conf"_s,
        "[cloud/sa]\nprovider=google\ngce_project_id=p\ngce_service_account_file=~/keys/sa.json\n");
    QCOMPARE(result.accounts.size(), 1);
    const CloudAccount &account = result.accounts.first();
    QCOMPARE(account.settings.value(u"gce_service_account_file"_s), key.fileName());
    for (const ImportIssue &issue : result.issues)
        QVERIFY2(!issue.message.contains(u"not a key"_s), qPrintable(issue.message));
    HttpClient http;
    QString error;
    QVERIFY2(GceProvider::create(ProviderConfigLoader::withoutSecrets(account),
                                 ProviderContext{&http, {}}, &error),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestGceImport)
#include "tst_gceimport.moc"
