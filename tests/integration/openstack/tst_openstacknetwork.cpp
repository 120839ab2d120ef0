// Neutron and Glance through OpenStackProvider against FakeOpenStack: the cluster security group
// and its rules, floating IPs allocated on the port, awaited, released with the server; images,
// flavors and networks for the wizard.
#include "tests/integration/openstack/openstackfixture.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/testkeys.h"

#include <QCryptographicHash>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using Fake = cd::test::FakeOpenStack;

class TestOpenStackNetwork final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void securityGroupOnceWithRules();
    void floatingIpAllocateAssociateRelease();
    void floatingIpWithoutExternalNetwork();
    void imagesFlavorsNetworks();

private:
    test::OpenStackFixture m_os;
};

void TestOpenStackNetwork::initTestCase()
{
    QString error;
    QVERIFY2(m_os.start(&error), qPrintable(error));
}

void TestOpenStackNetwork::init()
{
    m_os.reset();
}

void TestOpenStackNetwork::securityGroupOnceWithRules()
{
    auto p = m_os.provider();
    SecurityGroupSpec group;
    group.name = u"clusterdeck-c1"_s;
    group.sshFrom = u"192.0.2.0/24"_s;
    const auto made = test::await(p->ensureSecurityGroup(group));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().describe()));
    const auto find = m_os.fake().requests("GET", u"/network/v2.0/security-groups"_s);
    QCOMPARE(find.size(), 1);
    QCOMPARE(find.first().query.queryItemValue(u"name"_s), u"clusterdeck-c1"_s);
    const auto create = m_os.fake().requests("POST", u"/network/v2.0/security-groups"_s);
    QCOMPARE(create.size(), 1);
    QCOMPARE(create.first().json().value(u"security_group").toObject().value(u"name").toString(),
             u"clusterdeck-c1"_s);
    const auto rules = m_os.fake().requests("POST", u"/security-group-rules"_s);
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

    m_os.fake().clearRequests();
    const auto again = test::await(p->ensureSecurityGroup(group));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), made.value());
    QCOMPARE(m_os.fake().requests().size(), 1); // found with both rules: nothing to add
    QCOMPARE(m_os.fake().securityGroups().size(), 1);
}

void TestOpenStackNetwork::floatingIpAllocateAssociateRelease()
{
    auto p = m_os.provider(
        {{u"request_floating_ip"_s, u"yes"_s},
         {u"floating_network_id"_s, QString::fromLatin1(test::OpenStackFixture::FloatingNet)}});
    const auto created = test::await(p->createInstances(m_os.spec({u"fip001"_s})));
    QVERIFY(created.ok());
    const QString id = created.value().first().id;
    QCOMPARE(m_os.fake()
                 .requests("POST", u"/servers"_s)
                 .first()
                 .json()
                 .value(u"server")
                 .toObject()
                 .value(u"metadata")
                 .toObject()
                 .value(u"clusterdeck:floating_network")
                 .toString(),
             QString::fromLatin1(test::OpenStackFixture::FloatingNet));

    // ACTIVE: its port is found, a floating IP allocated on it (DOWN at first): still pending.
    auto first = test::await(p->describeInstances({id}));
    QVERIFY(first.ok());
    QCOMPARE(first.value().first().state, InstanceInfo::State::Pending);
    const auto ports = m_os.fake().requests("GET", u"/network/v2.0/ports"_s);
    QCOMPARE(ports.size(), 1);
    QCOMPARE(ports.first().query.queryItemValue(u"device_id"_s), id);
    const auto allocations = m_os.fake().requests("POST", u"/network/v2.0/floatingips"_s);
    QCOMPARE(allocations.size(), 1);
    const QJsonObject fip = allocations.first().json().value(u"floatingip").toObject();
    QCOMPARE(fip.value(u"floating_network_id").toString(),
             QString::fromLatin1(test::OpenStackFixture::FloatingNet));
    QCOMPARE(fip.value(u"port_id").toString(), u"port-"_s + id);

    // Next poll: ACTIVE, reported as the public address.
    auto second = test::await(p->describeInstances({id}));
    QVERIFY(second.ok());
    QCOMPARE(second.value().first().state, InstanceInfo::State::Running);
    QCOMPARE(second.value().first().publicIp, u"172.24.4.100"_s);
    QCOMPARE(m_os.fake().requests("POST", u"/network/v2.0/floatingips"_s).size(), 1);

    // Then Nova lists it among the addresses: no Neutron call needed.
    m_os.fake().clearRequests();
    auto third = test::await(p->describeInstances({id}));
    QCOMPARE(third.value().first().publicIp, u"172.24.4.100"_s);
    QCOMPARE(m_os.fake().requests("GET", u"/network/"_s).size(), 0);

    // Released with the server.
    QVERIFY(test::await(p->terminateInstances({id})).ok());
    const auto deletes = m_os.fake().requests("DELETE", u"/network/v2.0/floatingips/"_s);
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(m_os.fake().floatingIps().size(), 0);
    QCOMPARE(m_os.fake().serverCount(), 0);
}

void TestOpenStackNetwork::floatingIpWithoutExternalNetwork()
{
    // The networks sample has no router:external network to pick.
    auto p = m_os.provider({{u"request_floating_ip"_s, u"true"_s}});
    const auto created = test::await(p->createInstances(m_os.spec({u"nofip001"_s})));
    QVERIFY(created.ok());
    const auto described = test::await(p->describeInstances({created.value().first().id}));
    QVERIFY(described.ok());
    QCOMPARE(described.value().first().state, InstanceInfo::State::Error);
    QVERIFY2(described.value().first().stateReason.contains(u"floating_network_id"),
             qPrintable(described.value().first().stateReason));
    QCOMPARE(m_os.fake()
                 .requests("GET", u"/network/v2.0/networks"_s)
                 .first()
                 .query.queryItemValue(u"router:external"_s),
             u"true"_s);
    QVERIFY(test::await(p->terminateInstances({created.value().first().id})).ok());
}

void TestOpenStackNetwork::imagesFlavorsNetworks()
{
    auto p = m_os.provider();
    ImageQuery query;
    query.nameFilter = u"CIRROS"_s;
    const auto images = test::await(p->listImages(query));
    QVERIFY(images.ok());
    QCOMPARE(images.value().size(), 1);
    QCOMPARE(images.value().first().name, u"cirros-0.3.2-x86_64-disk"_s);
    QCOMPARE(m_os.fake()
                 .requests("GET", u"/image/v2/images"_s)
                 .first()
                 .query.queryItemValue(u"status"_s),
             u"active"_s);
    query.nameFilter = u"F17-*"_s;
    QCOMPARE(test::await(p->listImages(query)).value().size(), 1);

    const auto flavors = test::await(p->listFlavors());
    QVERIFY(flavors.ok());
    QVERIFY(flavors.value().size() >= 5);
    QCOMPARE(m_os.fake().requests("GET", u"/flavors/detail"_s).size(), 1);
    const auto networks = test::await(p->listNetworks());
    QVERIFY(networks.ok());
    QCOMPARE(networks.value().size(), 2);
}

QTEST_GUILESS_MAIN(TestOpenStackNetwork)
#include "tst_openstacknetwork.moc"
