// The GCE provider's pure pieces: label encoding (injective, [a-z0-9_-], ≤ 63), instance
// names, image paths, status → state, error kinds, operation errors and credentials files,
// checked on the real samples in ../shared/compat/gce.
#include "providers/cloud/gce/gcecredentials.h"
#include "providers/cloud/gce/gceerrors.h"
#include "providers/cloud/gce/gcenames.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CloudError::Kind)
Q_DECLARE_METATYPE(InstanceInfo::State)

namespace {

QJsonObject sampleObject(const QString &path)
{
    QFile file(test::sharedDir() + u"/compat/gce/"_s + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestGceNames final : public QObject
{
    Q_OBJECT

private slots:
    void labels_data();
    void labels();
    void instanceNames();
    void images_data();
    void images();
    void states_data();
    void states();
    void instanceSample();
    void aggregatedSampleStates();
    void errorKinds_data();
    void errorKinds();
    void operationErrors();
    void credentials();
};

void TestGceNames::labels_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("plain") << u"frontend001"_s << u"frontend001"_s;
    QTest::newRow("upper and underscore") << u"Lab_1"_s << u"_4cab_5f1"_s;
    QTest::newRow("dot space") << u"a.b c"_s << u"a_2eb_20c"_s;
    QTest::newRow("umlaut") << u"Grün"_s << u"_47r_c3_bcn"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestGceNames::labels()
{
    QFETCH(QString, value);
    QFETCH(QString, label);
    QCOMPARE(gce::labelValue(value), label);
    QCOMPARE(gce::labelDecode(label), value);
    // Injective where it matters: these differ only in what the encoding escapes.
    QVERIFY(gce::labelValue(u"a_b"_s) != gce::labelValue(u"a-b"_s));
    QVERIFY(gce::labelValue(u"AB"_s) != gce::labelValue(u"ab"_s));
    const QString longValue(100, u'X');
    const QString shortened = gce::labelValue(longValue);
    QCOMPARE(shortened.size(), 63);
    QVERIFY(QRegularExpression(u"^[a-z0-9_-]+$"_s).match(shortened).hasMatch());
    QVERIFY(shortened != gce::labelValue(QString(101, u'X')));
}

void TestGceNames::instanceNames()
{
    QCOMPARE(gce::instanceName(u"mycluster"_s, u"compute001"_s), u"mycluster-compute001"_s);
    const QRegularExpression valid(u"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"_s);
    const QStringList odd{gce::instanceName(u"My_Cluster"_s, u"compute001"_s),
                          gce::instanceName(u"my-cluster"_s, u"compute001"_s),
                          gce::instanceName(u"my_cluster"_s, u"compute001"_s),
                          gce::instanceName(u"1st"_s, u"node"_s),
                          gce::instanceName(QString(80, u'c'), u"node001"_s)};
    for (const QString &name : odd)
        QVERIFY2(valid.match(name).hasMatch(), qPrintable(name));
    QCOMPARE(QSet<QString>(odd.cbegin(), odd.cend()).size(), odd.size());
}

void TestGceNames::images_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("source");
    QTest::newRow("debian family")
        << u"debian-12"_s << u"projects/debian-cloud/global/images/family/debian-12"_s;
    QTest::newRow("ubuntu version")
        << u"ubuntu-2204-jammy-v20240319"_s
        << u"projects/ubuntu-os-cloud/global/images/ubuntu-2204-jammy-v20240319"_s;
    QTest::newRow("own family") << u"family/hpc"_s << u"projects/p/global/images/family/hpc"_s;
    QTest::newRow("other family") << u"coreos-cloud/family/coreos-stable"_s
                                  << u"projects/coreos-cloud/global/images/family/coreos-stable"_s;
    QTest::newRow("own image") << u"my-image"_s << u"projects/p/global/images/my-image"_s;
    QTest::newRow("path") << u"projects/x/global/images/y"_s << u"projects/x/global/images/y"_s;
    QTest::newRow("url") << u"https://www.googleapis.com/compute/v1/projects/x/global/images/y"_s
                         << u"https://www.googleapis.com/compute/v1/projects/x/global/images/y"_s;
}

void TestGceNames::images()
{
    QFETCH(QString, image);
    QFETCH(QString, source);
    QCOMPARE(gce::sourceImage(image, u"p"_s), source);
}

void TestGceNames::states_data()
{
    using S = InstanceInfo::State;
    QTest::addColumn<QString>("status");
    QTest::addColumn<InstanceInfo::State>("state");
    QTest::newRow("PROVISIONING") << u"PROVISIONING"_s << S::Pending;
    QTest::newRow("STAGING") << u"STAGING"_s << S::Pending;
    QTest::newRow("RUNNING") << u"RUNNING"_s << S::Running;
    QTest::newRow("STOPPING") << u"STOPPING"_s << S::Stopping;
    QTest::newRow("SUSPENDING") << u"SUSPENDING"_s << S::Stopping;
    QTest::newRow("TERMINATED") << u"TERMINATED"_s << S::Stopped;
    QTest::newRow("SUSPENDED") << u"SUSPENDED"_s << S::Stopped;
    QTest::newRow("REPAIRING") << u"REPAIRING"_s << S::Pending;
    QTest::newRow("other") << u"WHATEVER"_s << S::Unknown;
}

void TestGceNames::states()
{
    QFETCH(QString, status);
    QFETCH(InstanceInfo::State, state);
    QCOMPARE(gce::stateFor(status), state);
}

void TestGceNames::instanceSample()
{
    const InstanceInfo info
        = gce::instanceFromJson(sampleObject(u"extracted/instance-get-RUNNING-natIP.json"_s));
    QCOMPARE(info.id, u"existing-instance"_s);
    QCOMPARE(info.state, InstanceInfo::State::Running);
    QCOMPARE(info.publicIp, u"35.184.107.186"_s);
    QCOMPARE(info.privateIp, u"10.128.0.5"_s);
    QCOMPARE(info.flavor, u"f1-micro"_s);
    QVERIFY(info.cluster.isEmpty()); // not one of ours
    QCOMPARE(info.tags.value(u"goog-terraform-provisioned"_s), u"true"_s);
}

void TestGceNames::aggregatedSampleStates()
{
    // libcloud's captured stopped instance (status TERMINATED) is a paused one for us.
    const InstanceInfo stopped = gce::instanceFromJson(
        sampleObject(u"libcloud/zones_us_central1_a_instances_stopped_node.json"_s));
    QCOMPARE(stopped.state, InstanceInfo::State::Stopped);
    const QJsonArray items = sampleObject(u"gcpdiag/gce6/compute-instances-us-central1-c.json"_s)
                                 .value(u"items"_s)
                                 .toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &v : items)
        QVERIFY(gce::instanceFromJson(v.toObject()).state != InstanceInfo::State::Unknown);
}

void TestGceNames::errorKinds_data()
{
    using K = CloudError::Kind;
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::newRow("rate") << u"rateLimitExceeded"_s << 403 << K::Throttled;
    QTest::newRow("user rate") << u"userRateLimitExceeded"_s << 403 << K::Throttled;
    QTest::newRow("quota") << u"quotaExceeded"_s << 403 << K::Quota;
    QTest::newRow("QUOTA_EXCEEDED") << u"QUOTA_EXCEEDED"_s << 403 << K::Quota;
    QTest::newRow("pool") << u"ZONE_RESOURCE_POOL_EXHAUSTED"_s << 503 << K::Quota;
    QTest::newRow("forbidden") << u"forbidden"_s << 403 << K::Auth;
    QTest::newRow("401") << QString() << 401 << K::Auth;
    QTest::newRow("invalid_grant") << u"invalid_grant"_s << 400 << K::Auth;
    QTest::newRow("404") << u"notFound"_s << 404 << K::NotFound;
    QTest::newRow("RESOURCE_NOT_FOUND") << u"RESOURCE_NOT_FOUND"_s << 404 << K::NotFound;
    QTest::newRow("429") << QString() << 429 << K::Throttled;
    QTest::newRow("500") << QString() << 500 << K::Transient;
    QTest::newRow("backendError") << u"backendError"_s << 503 << K::Transient;
    QTest::newRow("400") << u"invalid"_s << 400 << K::InvalidRequest;
}

void TestGceNames::errorKinds()
{
    QFETCH(QString, reason);
    QFETCH(int, status);
    QFETCH(CloudError::Kind, kind);
    QCOMPARE(gce::kindFor(reason, status), kind);
}

void TestGceNames::operationErrors()
{
    QVERIFY(!gce::operationError(sampleObject(u"extracted/operation-insert-instance-DONE.json"_s)));
    const auto exists = gce::operationError(sampleObject(u"jclouds/zone_operation_error.json"_s));
    QVERIFY(exists);
    QCOMPARE(exists->code, u"RESOURCE_ALREADY_EXISTS"_s);
    QCOMPARE(exists->httpStatus, 400);
    QCOMPARE(exists->kind, CloudError::Kind::InvalidRequest);
    QVERIFY(exists->message.contains(u"instances/test-1' already exists"_s));
    const auto gone
        = gce::operationError(sampleObject(u"extracted/operation-stop-DONE-error-404.json"_s));
    QVERIFY(gone);
    QCOMPARE(gone->kind, CloudError::Kind::NotFound);
}

void TestGceNames::credentials()
{
    QString error;
    const auto user = gce::Credentials::parse(
        R"({"type":"authorized_user","client_id":"id","client_secret":"s","refresh_token":"r"})",
        &error);
    QVERIFY(user);
    QCOMPARE(user->type, gce::Credentials::Type::AuthorizedUser);
    QCOMPARE(user->tokenUri, u"https://oauth2.googleapis.com/token"_s);
    QVERIFY(!gce::Credentials::parse(R"({"type":"external_account"})", &error));
    QVERIFY(error.contains(u"external_account"_s));
    QVERIFY(!gce::Credentials::parse("not json SECRET", &error));
    QVERIFY(!error.contains(u"SECRET"_s));
}

QTEST_GUILESS_MAIN(TestGceNames)
#include "tst_gcenames.moc"
