// GceProvider's resources beside instances, against the fake: machine types, networks and
// images (another project's, with families) for the wizard; the ElastiCluster node keys in the
// insert body; the cluster's security group as firewall rules.
#include "tests/integration/gce/gcerig.h"

#include <QJsonArray>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using test::metadataValue;
using test::why;

class TestGceResources final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listings();
    void elasticlusterNodeKeys();
    void securityGroupAsFirewallRules();

private:
    static InstanceSpec spec(const QString &cluster, const QStringList &nodes)
    {
        return test::gceSpec(cluster, nodes);
    }
    test::FakeGce m_fake;
};

void TestGceResources::initTestCase()
{
    QString error;
    QVERIFY2(m_fake.start(&error), qPrintable(error));
}

void TestGceResources::listings()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    const auto flavors = test::await(provider->listFlavors());
    QVERIFY(flavors.ok());
    QVERIFY(flavors.value().size() >= 3);
    QCOMPARE(flavors.value().first().name, u"f1-micro"_s);
    QCOMPARE(flavors.value().first().vcpus, 1);
    QCOMPARE(flavors.value().first().memoryMiB, 614);
    const auto networks = test::await(provider->listNetworks());
    QVERIFY(networks.ok());
    QCOMPARE(networks.value().size(), 1);
    QCOMPARE(networks.value().first().id, u"default"_s);
    m_fake.clearRequests();
    ImageQuery query;
    query.owners = {u"coreos-cloud"_s};
    const auto images = test::await(provider->listImages(query));
    QVERIFY2(images.ok(), qPrintable(why(images)));
    QCOMPARE(images.value().size(), 3);
    QCOMPARE(m_fake.requests("GET", u"/global/images"_s).first().path,
             u"/compute/v1/projects/coreos-cloud/global/images"_s);
    bool family = false;
    for (const ImageInfo &image : images.value())
        family = family || image.description.contains(u"(family coreos-stable)"_s);
    QVERIFY(family);
    QVERIFY(provider->supports(CloudProvider::Operation::SecurityGroup));
    QVERIFY(provider->supports(CloudProvider::Operation::Stop));
}

void TestGceResources::elasticlusterNodeKeys()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    InstanceSpec s = spec(u"keys"_s, {u"n001"_s}); // its key was never imported: no ssh-keys
    s.tags = {{u"http-server"_s, QString()}, {u"Owner"_s, u"Ann"_s}};
    s.settings.insert(u"accelerator_count"_s, u"2"_s);
    s.settings.insert(u"accelerator_type"_s, u"nvidia-tesla-t4"_s);
    s.settings.insert(u"local_ssd_count"_s, u"2"_s);
    s.settings.insert(u"local_ssd_interface"_s, u"nvme"_s);
    s.settings.insert(u"min_cpu_platform"_s, u"Intel Skylake"_s);
    s.settings.insert(u"allow_project_ssh_keys"_s, u"False"_s);
    const QJsonObject body = provider->instanceBody(s, u"n001"_s);
    const QJsonObject gpu = body.value(u"guestAccelerators"_s).toArray().first().toObject();
    QCOMPARE(gpu.value(u"acceleratorType"_s).toString(),
             u"zones/europe-west1-b/acceleratorTypes/nvidia-tesla-t4"_s);
    QCOMPARE(gpu.value(u"acceleratorCount"_s).toInt(), 2);
    QCOMPARE(body.value(u"scheduling"_s).toObject().value(u"onHostMaintenance"_s).toString(),
             u"TERMINATE"_s);
    const QJsonArray disks = body.value(u"disks"_s).toArray();
    QCOMPARE(disks.size(), 3);
    QCOMPARE(disks.at(1).toObject().value(u"type"_s).toString(), u"SCRATCH"_s);
    QCOMPARE(disks.at(1).toObject().value(u"interface"_s).toString(), u"NVME"_s);
    QCOMPARE(disks.at(2)
                 .toObject()
                 .value(u"initializeParams"_s)
                 .toObject()
                 .value(u"diskType"_s)
                 .toString(),
             u"zones/europe-west1-b/diskTypes/local-ssd"_s);
    QCOMPARE(body.value(u"minCpuPlatform"_s).toString(), u"Intel Skylake"_s);
    QCOMPARE(metadataValue(body, u"block-project-ssh-keys"_s), u"true"_s);
    QVERIFY(metadataValue(body, u"ssh-keys"_s).isEmpty());
    QCOMPARE(body.value(u"tags"_s).toObject().value(u"items"_s).toArray(),
             QJsonArray{u"http-server"_s});
    QCOMPARE(body.value(u"labels"_s).toObject().value(u"owner"_s).toString(), u"ann"_s);
    QVERIFY(!body.value(u"labels"_s).toObject().contains(u"http-server"_s));
}

void TestGceResources::securityGroupAsFirewallRules()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    m_fake.clearRequests();
    SecurityGroupSpec group;
    group.name = u"clusterdeck-fw1"_s;
    group.description = u"ClusterDeck cluster fw1"_s;
    group.sshFrom = u"203.0.113.0/24"_s;
    const auto ensured = test::await(provider->ensureSecurityGroup(group));
    QVERIFY2(ensured.ok(), qPrintable(why(ensured)));
    QCOMPARE(ensured.value(), u"clusterdeck-fw1"_s);
    const auto posts = m_fake.requests("POST", u"/global/firewalls"_s);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.first().path, test::FakeGce::projectPath() + u"/global/firewalls"_s);
    const QJsonObject ssh = posts.at(0).json();
    QCOMPARE(ssh.value(u"name"_s).toString(), u"clusterdeck-fw1"_s);
    QCOMPARE(ssh.value(u"network"_s).toString(), u"global/networks/default"_s);
    QCOMPARE(ssh.value(u"direction"_s).toString(), u"INGRESS"_s);
    QCOMPARE(ssh.value(u"targetTags"_s).toArray(), QJsonArray{u"clusterdeck-fw1"_s});
    QCOMPARE(ssh.value(u"sourceRanges"_s).toArray(), QJsonArray{u"203.0.113.0/24"_s});
    const QJsonObject port22 = ssh.value(u"allowed"_s).toArray().first().toObject();
    QCOMPARE(port22.value(u"IPProtocol"_s).toString(), u"tcp"_s);
    QCOMPARE(port22.value(u"ports"_s).toArray(), QJsonArray{u"22"_s});
    const QJsonObject internal = posts.at(1).json();
    QCOMPARE(internal.value(u"name"_s).toString(), u"clusterdeck-fw1-internal"_s);
    QCOMPARE(internal.value(u"sourceTags"_s).toArray(), QJsonArray{u"clusterdeck-fw1"_s});
    QCOMPARE(internal.value(u"allowed"_s).toArray().size(), 3);
    // Each insert's global operation followed to DONE.
    QCOMPARE(m_fake.requests("GET", u"/global/operations/"_s).size(), 2);

    // A second start finds both rules and changes nothing.
    m_fake.clearRequests();
    QCOMPARE(test::await(provider->ensureSecurityGroup(group)).value(), u"clusterdeck-fw1"_s);
    QCOMPARE(m_fake.requests("POST", u"/global/firewalls"_s).size(), 0);
    QCOMPARE(m_fake.requests("GET", u"/global/firewalls/"_s).size(), 2);

    // Instances of the cluster carry the tag the rules target.
    InstanceSpec s = spec(u"fw1"_s, {u"n001"_s});
    s.securityGroups = {ensured.value()};
    s.tags = {{u"http-server"_s, QString()}};
    const QJsonArray tags = provider->instanceBody(s, u"n001"_s)
                                .value(u"tags"_s)
                                .toObject()
                                .value(u"items"_s)
                                .toArray();
    QCOMPARE(tags, (QJsonArray{u"clusterdeck-fw1"_s, u"http-server"_s}));
}

QTEST_GUILESS_MAIN(TestGceResources)
#include "tst_gceresources.moc"
