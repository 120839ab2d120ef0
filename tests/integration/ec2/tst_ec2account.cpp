// Ec2Provider's account-level calls against moto_server: key pairs (imported once, a different
// key under the same name refused), security groups (created once, reused), listings, quota,
// and moto's real error answers mapped to typed CloudErrors.
#include "providers/cloud/ec2/ec2parsers.h"
#include "providers/cloud/ec2/keyfingerprint.h"

#include "tests/integration/ec2/ec2fixture.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/awaitfuture.h"
#include "tests/unit/ec2/testkeys.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cd::CloudError;
namespace keys = cd::test::keys;

namespace {

template<typename T>
QString problem(const cd::CloudResult<T> &result)
{
    return result.ok() ? QString() : result.error().describe();
}

} // namespace

class tst_Ec2Account : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importKeyPair_data();
    void importKeyPair();
    void keyPairRefusedLocally();
    void securityGroupCreatedOnceAndReused();
    void securityGroupMissingRulesAdded();
    void listings();
    void errorsFromMoto();
    void badImageIsNamed();

private:
    std::unique_ptr<cd::test::Ec2Fixture> m_ec2;
};

void tst_Ec2Account::initTestCase()
{
    if (cd::test::MotoServer::findExecutable().isEmpty())
        CD_SKIP_OR_FAIL(u"moto_server not found (set CLUSTERDECK_MOTO_SERVER)"_s);
    m_ec2 = std::make_unique<cd::test::Ec2Fixture>();
    QString error;
    QVERIFY2(m_ec2->start(&error), qPrintable(error));
}

void tst_Ec2Account::init()
{
    QVERIFY(m_ec2->reset());
}

void tst_Ec2Account::importKeyPair_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("other");
    QTest::addColumn<QByteArray>("motoFingerprint");
    QTest::newRow("rsa") << keys::rsa << keys::rsaOther << keys::rsaMd5;
    QTest::newRow("ed25519") << keys::ed25519 << keys::ed25519Other << keys::ed25519Moto;
}

void tst_Ec2Account::importKeyPair()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, other);
    QFETCH(QByteArray, motoFingerprint);
    auto provider = m_ec2->provider();

    const auto first = cd::test::await(provider->importKeyPair({u"deploy"_s, key}));
    QVERIFY(first);
    QVERIFY2(first->ok(), qPrintable(problem(*first)));
    // What moto computed is what we compute for the local key.
    QCOMPARE(first->value(), QString::fromLatin1(motoFingerprint));
    QCOMPARE(m_ec2->actionCounts(),
             (QMap<QString, int>{{u"DescribeKeyPairs"_s, 1}, {u"ImportKeyPair"_s, 1}}));

    // The same key again: found, compared, nothing imported.
    const auto second = cd::test::await(provider->importKeyPair({u"deploy"_s, key}));
    QVERIFY(second && second->ok());
    QCOMPARE(second->value(), first->value());
    QCOMPARE(m_ec2->actionCounts(),
             (QMap<QString, int>{{u"DescribeKeyPairs"_s, 2}, {u"ImportKeyPair"_s, 1}}));

    // Another key under the same name: refused, and the message says why.
    const auto refused = cd::test::await(provider->importKeyPair({u"deploy"_s, other}));
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY2(refused->error().message.contains(u"different key"),
             qPrintable(refused->error().message));
    QVERIFY(refused->error().message.contains(u"deploy"));
    QVERIFY(refused->error().message.contains(first->value()));
    QCOMPARE(m_ec2->actionCounts().value(u"ImportKeyPair"_s), 1);
}

void tst_Ec2Account::keyPairRefusedLocally()
{
    auto provider = m_ec2->provider();
    const auto ecdsa = cd::test::await(provider->importKeyPair({u"ec"_s, keys::ecdsa}));
    QVERIFY(ecdsa && !ecdsa->ok());
    QCOMPARE(ecdsa->error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY(ecdsa->error().message.contains(u"ecdsa-sha2-nistp256"));
    const auto garbage = cd::test::await(provider->importKeyPair({u"bad"_s, "not a key"}));
    QVERIFY(garbage && !garbage->ok());
    QCOMPARE(garbage->error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY(m_ec2->recording().isEmpty());
}

void tst_Ec2Account::securityGroupCreatedOnceAndReused()
{
    auto provider = m_ec2->provider();
    cd::SecurityGroupSpec spec;
    spec.name = u"clusterdeck-eta"_s;
    spec.sshFrom = u"203.0.113.0/24"_s;
    const auto first = cd::test::await(provider->ensureSecurityGroup(spec));
    QVERIFY(first);
    QVERIFY2(first->ok(), qPrintable(problem(*first)));
    QVERIFY(first->value().startsWith(u"sg-"));
    QCOMPARE(m_ec2->actionCounts(), (QMap<QString, int>{{u"DescribeSecurityGroups"_s, 1},
                                                        {u"CreateSecurityGroup"_s, 1},
                                                        {u"AuthorizeSecurityGroupIngress"_s, 1}}));

    // The rules as the cloud has them: everything from the group itself, SSH from the user.
    cd::Ec2Query query;
    query.addList(u"GroupId"_s, {first->value()});
    const auto described
        = cd::test::await(provider->api()->call(u"DescribeSecurityGroups"_s, query));
    QVERIFY(described && described->ok());
    const auto groups = cd::ec2::parseSecurityGroups(described->value());
    QCOMPARE(groups.size(), 1);
    bool self = false;
    bool ssh = false;
    for (const auto &rule : groups.first().ingress) {
        self = self || (rule.protocol == u"-1" && rule.groupIds.contains(first->value()));
        ssh = ssh
              || (rule.protocol == u"tcp" && rule.fromPort == 22 && rule.toPort == 22
                  && rule.cidrs == QStringList{spec.sshFrom});
    }
    QVERIFY(self);
    QVERIFY(ssh);

    QVERIFY(m_ec2->moto().startRecording());
    const auto second = cd::test::await(provider->ensureSecurityGroup(spec));
    QVERIFY(second && second->ok());
    QCOMPARE(second->value(), first->value());
    QCOMPARE(m_ec2->actionCounts(), (QMap<QString, int>{{u"DescribeSecurityGroups"_s, 1}}));
}

void tst_Ec2Account::securityGroupMissingRulesAdded()
{
    auto provider = m_ec2->provider();
    cd::Ec2Query create;
    create.add(u"GroupName"_s, u"bare"_s);
    create.add(u"GroupDescription"_s, u"made elsewhere"_s);
    const auto made = cd::test::await(provider->api()->call(u"CreateSecurityGroup"_s, create));
    QVERIFY(made && made->ok());
    QVERIFY(m_ec2->moto().startRecording());
    cd::SecurityGroupSpec spec;
    spec.name = u"bare"_s;
    const auto ensured = cd::test::await(provider->ensureSecurityGroup(spec));
    QVERIFY(ensured && ensured->ok());
    QCOMPARE(ensured->value(), made->value().childText(u"groupId"));
    QCOMPARE(m_ec2->actionCounts(), (QMap<QString, int>{{u"DescribeSecurityGroups"_s, 1},
                                                        {u"AuthorizeSecurityGroupIngress"_s, 1}}));
    QVERIFY(m_ec2->moto().startRecording());
    QVERIFY(cd::test::await(provider->ensureSecurityGroup(spec)));
    QCOMPARE(m_ec2->actionCounts(), (QMap<QString, int>{{u"DescribeSecurityGroups"_s, 1}}));
}

void tst_Ec2Account::listings()
{
    auto provider = m_ec2->provider();
    const auto images = cd::test::await(provider->listImages({{u"amazon"_s}, u"ubuntu"_s, 5}));
    QVERIFY(images);
    QVERIFY2(images->ok(), qPrintable(problem(*images)));
    QVERIFY(!images->value().isEmpty());
    QVERIFY(images->value().size() <= 5);
    for (const cd::ImageInfo &image : images->value()) {
        QVERIFY(image.id.startsWith(u"ami-"));
        QVERIFY2(image.name.contains(u"ubuntu", Qt::CaseInsensitive), qPrintable(image.name));
    }
    const QString imagesBody
        = QString::fromUtf8(cd::test::Ec2Fixture::body(m_ec2->recording().last()));
    QVERIFY(imagesBody.contains(u"Owner.1=amazon"));
    QVERIFY(imagesBody.contains(u"Filter.1.Name=name&Filter.1.Value.1=%2Aubuntu%2A"));

    const auto flavors = cd::test::await(provider->listFlavors());
    QVERIFY(flavors && flavors->ok());
    bool micro = false;
    for (const cd::FlavorInfo &flavor : flavors->value()) {
        if (flavor.name == u"t2.micro") {
            micro = true;
            QCOMPARE(flavor.vcpus, 1);
            QCOMPARE(flavor.memoryMiB, 1024);
        }
    }
    QVERIFY(micro);

    const auto networks = cd::test::await(provider->listNetworks());
    QVERIFY(networks && networks->ok());
    QVERIFY(!networks->value().isEmpty());
    for (const cd::NetworkInfo &network : networks->value()) {
        QVERIFY(network.id.startsWith(u"subnet-"));
        QVERIFY(network.parentId.startsWith(u"vpc-"));
        QVERIFY(network.cidr.contains(u'/'));
        QVERIFY(!network.zone.isEmpty());
    }

    const auto quota = cd::test::await(provider->quota());
    QVERIFY(quota && quota->ok());
    QCOMPARE(quota->value().maxInstances, 20); // moto's account attribute
    QCOMPARE(quota->value().maxVcpus, -1);     // EC2 does not say (Service Quotas does)
}

void tst_Ec2Account::errorsFromMoto()
{
    auto provider = m_ec2->provider();
    // An unknown instance.
    const auto started = cd::test::await(provider->startInstances({u"i-0aaaaaaaaaaaaaaaa"_s}));
    QVERIFY(started && !started->ok());
    QCOMPARE(started->error().kind, CloudError::Kind::NotFound);
    QCOMPARE(started->error().code, u"InvalidInstanceID.NotFound"_s);
    QCOMPARE(started->error().httpStatus, 400);

    // A key pair that does not exist, asked by name.
    cd::Ec2Query query;
    query.addList(u"KeyName"_s, {u"no-such-key"_s});
    const auto key = cd::test::await(provider->api()->call(u"DescribeKeyPairs"_s, query));
    QVERIFY(key && !key->ok());
    QCOMPARE(key->error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(key->error().code, u"InvalidKeyPair.NotFound"_s);
    QVERIFY(key->error().message.contains(u"no-such-key"));

    // Key material EC2 cannot read.
    cd::Ec2Query import;
    import.add(u"KeyName"_s, u"broken"_s);
    import.add(u"PublicKeyMaterial"_s, QString::fromLatin1(QByteArray("ssh-rsa AAAA").toBase64()));
    const auto broken = cd::test::await(provider->api()->call(u"ImportKeyPair"_s, import));
    QVERIFY(broken && !broken->ok());
    QCOMPARE(broken->error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(broken->error().code, u"InvalidKeyPair.Format"_s);

    // None of these is retried.
    QCOMPARE(m_ec2->recording().size(), 3);
}

void tst_Ec2Account::badImageIsNamed()
{
    // A moto of its own that checks images, as EC2 does.
    cd::test::Ec2Fixture strict;
    QString error;
    QVERIFY2(strict.start(&error, {{u"MOTO_ENABLE_AMI_VALIDATION"_s, u"1"_s}}), qPrintable(error));
    QVERIFY(strict.reset());
    auto provider = strict.provider();
    cd::InstanceSpec spec;
    spec.cluster = u"theta"_s;
    spec.kind = u"node"_s;
    spec.nodeNames = {u"node001"_s, u"node002"_s};
    spec.image = u"ami-deadbeef"_s;
    const auto created = cd::test::await(provider->createInstances(spec));
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(created->error().code, u"InvalidAMIID.NotFound"_s);
    QVERIFY2(created->error().message.contains(u"ami-deadbeef"),
             qPrintable(created->error().message));
    QVERIFY(created->error().describe().contains(u"InvalidAMIID.NotFound"));
    QCOMPARE(strict.actionCounts(), (QMap<QString, int>{{u"RunInstances"_s, 1}}));

    spec.image = u"ami-03cf127a"_s; // a default image exists there too
    const auto good = cd::test::await(provider->createInstances(spec));
    QVERIFY(good && good->ok());
}

QTEST_GUILESS_MAIN(tst_Ec2Account)
#include "tst_ec2account.moc"
