// The EC2 answer parsers over recorded bodies (../shared/compat/ec2: botocore's and libcloud's
// test fixtures), the XML reader's edge cases, error mapping, query encoding and key
// fingerprints.
#include "providers/cloud/ec2/ec2errors.h"
#include "providers/cloud/ec2/ec2parsers.h"
#include "providers/cloud/ec2/ec2query.h"
#include "providers/cloud/ec2/keyfingerprint.h"

#include "tests/support/testenv.h"
#include "tests/unit/ec2/testkeys.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;
using State = cd::InstanceInfo::State;

namespace {

XmlElement load(const QString &relative)
{
    QFile file(test::sharedDir() + u"/compat/ec2/"_s + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(file.fileName()));
    auto parsed = parseXml(file.readAll());
    if (!parsed)
        qFatal("unparseable sample %s: %s", qPrintable(relative),
               qPrintable(parsed.error().message));
    return std::move(parsed).value();
}

} // namespace

class tst_Ec2Parsers : public QObject
{
    Q_OBJECT

private slots:
    void runInstances_data();
    void runInstances();
    void describeInstances();
    void stateChanges();
    void keyPairs();
    void securityGroups();
    void smallAnswers();
    void errors_data();
    void errors();
    void xmlEdges();
    void errorKinds_data();
    void errorKinds();
    void transportErrors();
    void queryEncoding();
    void fingerprints();
};

void tst_Ec2Parsers::runInstances_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("privateIp");
    QTest::addColumn<QString>("reservation");
    QTest::newRow("botocore") << u"botocore/ec2-run-instances.xml"_s << u"i-0ee0356c"_s
                              << u"10.0.0.142"_s << u"r-157ad274"_s;
    QTest::newRow("libcloud") << u"libcloud/run_instances.xml"_s << u"i-2ba64342"_s << QString()
                              << u"r-47a5402e"_s;
}

void tst_Ec2Parsers::runInstances()
{
    QFETCH(QString, sample);
    QFETCH(QString, id);
    QFETCH(QString, privateIp);
    QFETCH(QString, reservation);
    const ec2::InstancePage page = ec2::parseInstances(load(sample));
    QCOMPARE(page.instances.size(), 1);
    QCOMPARE(page.reservationId, reservation);
    QVERIFY(page.nextToken.isEmpty());
    const InstanceInfo &info = page.instances.first();
    QCOMPARE(info.id, id);
    QCOMPARE(info.state, State::Pending);
    QCOMPARE(info.launchIndex, 0);
    QCOMPARE(info.flavor, u"m1.small"_s);
    QCOMPARE(info.privateIp, privateIp);
    QVERIFY(info.launched.isValid());
}

void tst_Ec2Parsers::describeInstances()
{
    const auto botocore
        = ec2::parseInstances(load(u"botocore/ec2-describe-instances.xml"_s)).instances;
    QCOMPARE(botocore.size(), 2);
    QCOMPARE(botocore.at(0).id, u"i-fde9cece"_s);
    QCOMPARE(botocore.at(0).state, State::Stopped);
    QVERIFY(botocore.at(0).tags.contains(u"notebook"_s));
    QCOMPARE(botocore.at(1).id, u"i-78f1b94a"_s);
    QCOMPARE(botocore.at(1).state, State::Running);
    QCOMPARE(botocore.at(1).publicIp, u"54.245.16.142"_s);
    QCOMPARE(botocore.at(1).privateIp, u"10.253.17.74"_s);
    QCOMPARE(botocore.at(1).flavor, u"m1.medium"_s);
    QCOMPARE(botocore.at(1).image, u"ami-c4d643f4"_s);
    QCOMPARE(botocore.at(1).launched, QDateTime(QDate(2013, 3, 12), QTime(1, 55, 59), Qt::UTC));

    const auto libcloud = ec2::parseInstances(load(u"libcloud/describe_instances.xml"_s)).instances;
    QCOMPARE(libcloud.size(), 2);
    QCOMPARE(libcloud.at(1).id, u"i-8474834a"_s);
    QCOMPARE(libcloud.at(1).publicIp, u"1.2.3.5"_s);
    // The instance's own privateIpAddress, not the ones of its network interfaces.
    QCOMPARE(libcloud.at(1).privateIp, u"172.16.9.139"_s);
    QCOMPARE(libcloud.at(1).tags.value(u"Name"_s), u"Test Server 2"_s);
    QCOMPARE(libcloud.at(1).tags.value(u"Group"_s), u"VPC Test"_s);
    QVERIFY(libcloud.at(1).cluster.isEmpty());
}

void tst_Ec2Parsers::stateChanges()
{
    const auto stop = ec2::parseStateChanges(load(u"botocore/ec2-stop-instances.xml"_s));
    QCOMPARE(stop.size(), 1);
    QCOMPARE(stop.first().first, u"i-10a64379"_s);
    QCOMPARE(stop.first().second, State::Stopping);
    const auto start = ec2::parseStateChanges(load(u"botocore/ec2-start-instances.xml"_s));
    QCOMPARE(start.size(), 1);
    QCOMPARE(start.first().second, State::Pending);
    const auto terminate = ec2::parseStateChanges(load(u"libcloud/terminate_instances.xml"_s));
    QCOMPARE(terminate.size(), 1);
    QCOMPARE(terminate.first().first, u"i-4382922a"_s);
    QCOMPARE(terminate.first().second, State::Terminating);
}

void tst_Ec2Parsers::keyPairs()
{
    const auto described = ec2::parseKeyPairs(load(u"botocore/ec2-describe-key-pairs.xml"_s));
    QCOMPARE(described.size(), 1);
    QCOMPARE(described.first().name, u"aws"_s);
    QCOMPARE(described.first().fingerprint, u"d1:15:f0:ce:7f:ee:94:b5:f2:76:d0:9a:bd:b2:30:18"_s);
    const auto imported = ec2::parseKeyPairs(load(u"libcloud/import_key_pair.xml"_s));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().name, u"keypair"_s);
    QCOMPARE(imported.first().fingerprint.count(u':'), 19);
    QCOMPARE(ec2::parseKeyPairs(load(u"botocore/ec2-import-key-pair.xml"_s)).first().name,
             u"gsg-keypair"_s);
}

void tst_Ec2Parsers::securityGroups()
{
    const auto groups
        = ec2::parseSecurityGroups(load(u"botocore/ec2-describe-security-groups.xml"_s));
    QCOMPARE(groups.size(), 5);
    QCOMPARE(groups.at(0).name, u"quicklaunch-0"_s);
    QCOMPARE(groups.at(0).ingress.size(), 1);
    QCOMPARE(groups.at(0).ingress.first().protocol, u"tcp"_s);
    QCOMPARE(groups.at(0).ingress.first().fromPort, 22);
    QCOMPARE(groups.at(0).ingress.first().cidrs, QStringList{u"0.0.0.0/0"_s});
    const auto &self = groups.at(4);
    QCOMPARE(self.id, u"sg-97b1aefb"_s);
    QCOMPARE(self.ingress.first().protocol, u"-1"_s);
    QCOMPARE(self.ingress.first().groupIds, QStringList{u"sg-97b1aefb"_s});

    const auto libcloud
        = ec2::parseSecurityGroups(load(u"libcloud/describe_security_groups.xml"_s));
    QCOMPARE(libcloud.size(), 2);
    QCOMPARE(libcloud.at(1).ingress.first().fromPort, 6000);
    QCOMPARE(libcloud.at(1).ingress.first().toPort, 7000);
    QCOMPARE(libcloud.at(1).ingress.first().groupIds, QStringList{u"sg-99gh4012"_s});
    QCOMPARE(libcloud.at(0).description, u"Web Servers"_s);
}

void tst_Ec2Parsers::smallAnswers()
{
    QCOMPARE(load(u"libcloud/create_security_group.xml"_s).childText(u"groupId"), u"sg-52e2f530"_s);
    QVERIFY(ec2::parseReturn(load(u"libcloud/authorize_security_group_ingress.xml"_s)));
    QVERIFY(ec2::parseReturn(load(u"libcloud/delete_security_group.xml"_s)));
    QVERIFY(!ec2::parseError(load(u"libcloud/create_security_group.xml"_s)));
}

void tst_Ec2Parsers::errors_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::newRow("malformed id")
        << u"botocore/errors/ec2-describe-instances-InvalidInstanceID.Malformed.xml"_s
        << u"InvalidInstanceID.Malformed"_s << u"Invalid id: \"foobar\""_s
        << u"dfb14b43-9a55-4d8e-b676-e8034d12bbeb"_s << CloudError::Kind::InvalidRequest;
    QTest::newRow("key pair not found")
        << u"libcloud/errors/describe_key_pairs_doesnt_exist-InvalidKeyPair.NotFound.xml"_s
        << u"InvalidKeyPair.NotFound"_s << u"The key pair 'test-key-pair' does not exist"_s
        << u"31b97300-eb8e-405e-9567-b0f57b791fed"_s << CloudError::Kind::InvalidRequest;
    QTest::newRow("idempotent mismatch")
        << u"libcloud/errors/run_instances_idem_mismatch-IdempotentParameterMismatch.xml"_s
        << u"IdempotentParameterMismatch"_s
        << u"Arguments on this idempotent request are inconsistent with arguments used in "
           "previous request(s)."_s
        << u"5dabd361-d2e0-4f79-937d-4b2852a3b719"_s << CloudError::Kind::InvalidRequest;
}

void tst_Ec2Parsers::errors()
{
    QFETCH(QString, sample);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(CloudError::Kind, kind);
    const auto body = ec2::parseError(load(sample));
    QVERIFY(body);
    QCOMPARE(body->code, code);
    QCOMPARE(body->message, message);
    QCOMPARE(body->requestId, requestId);

    HttpResponse response;
    response.status = 400;
    const CloudError error = ec2::toCloudError(response, body, u"DescribeInstances"_s, u"ec2"_s);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, requestId);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(error.describe().contains(code));
}

void tst_Ec2Parsers::xmlEdges()
{
    const QByteArray whole = "<?xml version=\"1.0\"?>\n<A xmlns=\"urn:x\"><b>one</b><c><item><d>2"
                             "</d></item><item><d>3</d></item></c></A>\n";
    auto parsed = parseXml(whole);
    QVERIFY(parsed);
    QCOMPARE(parsed.value().name, u"A"_s);
    QCOMPARE(parsed.value().childText(u"b"), u"one"_s);
    QCOMPARE(parsed.value().items(u"c").size(), size_t(2));
    QCOMPARE(parsed.value().textAt({u"missing", u"x"}), QString());
    QVERIFY(looksComplete(whole));

    const QByteArray cut = whole.left(whole.size() / 2);
    QVERIFY(!looksComplete(cut));
    const auto truncated = parseXml(cut);
    QVERIFY(!truncated);
    QVERIFY(truncated.error().truncated);
    QVERIFY(!looksComplete({}));
    QVERIFY(!parseXml({}));

    const auto malformed = parseXml("<A><b></A>");
    QVERIFY(!malformed);
    QVERIFY(!malformed.error().truncated);
    // No entity expansion: a document type declaration is refused outright.
    QVERIFY(!parseXml("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"));
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep += "<a>";
    QVERIFY(!parseXml(deep));
}

void tst_Ec2Parsers::errorKinds_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<CloudError::Kind>("kind");
    using K = CloudError::Kind;
    QTest::newRow("AuthFailure") << u"AuthFailure"_s << 401 << K::Auth;
    QTest::newRow("UnauthorizedOperation") << u"UnauthorizedOperation"_s << 403 << K::Auth;
    QTest::newRow("SignatureDoesNotMatch") << u"SignatureDoesNotMatch"_s << 403 << K::Auth;
    QTest::newRow("InstanceLimitExceeded") << u"InstanceLimitExceeded"_s << 400 << K::Quota;
    QTest::newRow("VcpuLimitExceeded") << u"VcpuLimitExceeded"_s << 400 << K::Quota;
    QTest::newRow("SecurityGroupLimitExceeded")
        << u"SecurityGroupLimitExceeded"_s << 400 << K::Quota;
    QTest::newRow("FilterLimitExceeded") << u"FilterLimitExceeded"_s << 400 << K::InvalidRequest;
    QTest::newRow("InvalidAMIID.NotFound")
        << u"InvalidAMIID.NotFound"_s << 400 << K::InvalidRequest;
    QTest::newRow("InvalidKeyPair.NotFound")
        << u"InvalidKeyPair.NotFound"_s << 400 << K::InvalidRequest;
    QTest::newRow("InvalidParameterValue")
        << u"InvalidParameterValue"_s << 400 << K::InvalidRequest;
    QTest::newRow("InvalidInstanceID.NotFound")
        << u"InvalidInstanceID.NotFound"_s << 400 << K::NotFound;
    QTest::newRow("RequestLimitExceeded") << u"RequestLimitExceeded"_s << 503 << K::Throttled;
    QTest::newRow("Throttling") << u"Throttling"_s << 400 << K::Throttled;
    QTest::newRow("429") << QString() << 429 << K::Throttled;
    QTest::newRow("InternalError") << u"InternalError"_s << 500 << K::Transient;
    QTest::newRow("Unavailable") << u"Unavailable"_s << 503 << K::Transient;
    QTest::newRow("bare 502") << QString() << 502 << K::Transient;
    QTest::newRow("bare 403") << QString() << 403 << K::Auth;
    QTest::newRow("bare 404") << QString() << 404 << K::Protocol;
}

void tst_Ec2Parsers::errorKinds()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(CloudError::Kind, kind);
    QCOMPARE(ec2::kindForCode(code, status), kind);
}

void tst_Ec2Parsers::transportErrors()
{
    HttpResponse response;
    response.error = HttpResponse::Error::Timeout;
    response.attempts = 3;
    CloudError error
        = ec2::toCloudError(response, std::nullopt, u"RunInstances"_s, u"127.0.0.1:9"_s);
    QCOMPARE(error.kind, CloudError::Kind::Transient);
    QVERIFY(error.retryable());
    QVERIFY2(error.message.contains(u"127.0.0.1:9"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"after 3 attempts"), qPrintable(error.message));
    response.error = HttpResponse::Error::NotPrepared;
    QCOMPARE(ec2::toCloudError(response, std::nullopt, {}, {}).kind, CloudError::Kind::Auth);
    response.error = HttpResponse::Error::TooLarge;
    QCOMPARE(ec2::toCloudError(response, std::nullopt, {}, {}).kind, CloudError::Kind::Protocol);
}

void tst_Ec2Parsers::queryEncoding()
{
    Ec2Query query;
    query.addList(u"InstanceId"_s, {u"i-1"_s, u"i-2"_s});
    query.addFilter(u"tag:clusterdeck:cluster"_s, {u"my cluster"_s});
    query.addFilter(u"instance-state-name"_s, {u"running"_s});
    query.addTags(u"Tag"_s, {{u"Name"_s, u"a+b=c&d"_s}});
    QCOMPARE(query.filterCount(), 2);
    QCOMPARE(
        query.encode(u"DescribeInstances"_s, u"2016-11-15"_s),
        QByteArray("Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-1&InstanceId.2=i-2"
                   "&Filter.1.Name=tag%3Aclusterdeck%3Acluster&Filter.1.Value.1=my%20cluster"
                   "&Filter.2.Name=instance-state-name&Filter.2.Value.1=running"
                   "&Tag.1.Key=Name&Tag.1.Value=a%2Bb%3Dc%26d"));
    QCOMPARE(query.value(u"InstanceId.2"_s), u"i-2"_s);
}

void tst_Ec2Parsers::fingerprints()
{
    const auto rsa = ec2::SshPublicKey::parse(test::keys::rsa);
    QVERIFY(rsa);
    QCOMPARE(rsa->type, u"ssh-rsa"_s);
    QCOMPARE(rsa->comment, u"rsa-test"_s);
    QCOMPARE(ec2::importedKeyFingerprints(*rsa),
             QStringList{QString::fromLatin1(test::keys::rsaMd5)});
    QVERIFY(ec2::fingerprintMatches(QString::fromLatin1(test::keys::rsaMd5).toUpper(), *rsa));
    QVERIFY(!ec2::fingerprintMatches(QString::fromLatin1(test::keys::rsaOtherMd5), *rsa));

    const auto ed = ec2::SshPublicKey::parse(test::keys::ed25519);
    QVERIFY(ed);
    QVERIFY(ec2::fingerprintMatches(QString::fromLatin1(test::keys::ed25519Sha256), *ed));
    QVERIFY(ec2::fingerprintMatches(
        u"SHA256:"_s + QString::fromLatin1(test::keys::ed25519Sha256) + u"="_s, *ed));
    QVERIFY(ec2::fingerprintMatches(QString::fromLatin1(test::keys::ed25519Moto), *ed));
    const auto other = ec2::SshPublicKey::parse(test::keys::ed25519Other);
    QVERIFY(other);
    QVERIFY(!ec2::fingerprintMatches(QString::fromLatin1(test::keys::ed25519Sha256), *other));

    const auto ecdsa = ec2::SshPublicKey::parse(test::keys::ecdsa);
    QVERIFY(ecdsa);
    QVERIFY(ec2::importedKeyFingerprints(*ecdsa).isEmpty());
    QVERIFY(!ec2::SshPublicKey::parse("ssh-rsa not-base64!"));
    QVERIFY(!ec2::SshPublicKey::parse("ssh-ed25519 " + test::keys::rsa.split(' ').at(1)));
    QVERIFY(!ec2::SshPublicKey::parse(""));
}

QTEST_GUILESS_MAIN(tst_Ec2Parsers)
#include "tst_ec2parsers.moc"
