// Every error mapping of the GCE provider, through the real HTTP path: Google's error bodies
// (samples where they exist) → CloudError kind, code and Google's own message; throttling and
// 5xx retried before they reach the caller.
#include "tests/integration/gce/gcerig.h"
#include "tests/support/awaitfuture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CloudError::Kind)

namespace {

// The JSON API error shape; used where no published body exists (see SOURCES.md: no 403
// quotaExceeded, 429, 5xx or permission body was found).
QByteArray
built(int code, const QString &reason, const QString &message, const QString &status = {})
{
    QJsonObject error{{u"code"_s, code},
                      {u"message"_s, message},
                      {u"errors"_s, QJsonArray{QJsonObject{{u"domain"_s, u"global"_s},
                                                           {u"reason"_s, reason},
                                                           {u"message"_s, message}}}}};
    if (!status.isEmpty())
        error.insert(u"status"_s, status);
    return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson();
}

} // namespace

class TestGceErrors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mapping_data();
    void mapping();
    void transientThenSuccessIsRetried();

private:
    test::FakeGce m_fake;
};

void TestGceErrors::initTestCase()
{
    QString error;
    QVERIFY2(m_fake.start(&error), qPrintable(error));
}

void TestGceErrors::mapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("attempts"); // requests the fake saw (3 = retried to the limit)

    using K = CloudError::Kind;
    QTest::newRow("401 twice (renewed token refused too)")
        << 401 << built(401, u"authError"_s, u"Request had invalid authentication credentials."_s)
        << K::Auth << u"authError"_s << u"Request had invalid authentication credentials."_s << 2;
    QTest::newRow("403 permission")
        << 403
        << built(
               403, u"forbidden"_s,
               u"Required 'compute.machineTypes.list' permission for 'projects/clusterdeck-fake'"_s)
        << K::Auth << u"forbidden"_s << u"Required 'compute.machineTypes.list' permission"_s << 1;
    QTest::newRow("403 rateLimitExceeded (google-docs sample)")
        << 403 << test::FakeGce::sample(u"google-docs/rate-limit-exceeded-403.json"_s)
        << K::Throttled << u"rateLimitExceeded"_s << u"Rate Limit Exceeded"_s << 3;
    QTest::newRow("403 quotaExceeded")
        << 403
        << built(403, u"quotaExceeded"_s,
                 u"Quota 'CPUS' exceeded.  Limit: 24.0 in region europe-west1."_s)
        << K::Quota << u"quotaExceeded"_s << u"Quota 'CPUS' exceeded."_s << 1;
    QTest::newRow("404 notFound (libcloud sample)")
        << 404 << test::FakeGce::sample(u"libcloud/global_images_family_notfound.json"_s)
        << K::NotFound << u"notFound"_s << u"global/images/family/coreos-stable' was not found"_s
        << 1;
    QTest::newRow("429") << 429
                         << built(429, u"rateLimitExceeded"_s, u"Too many requests"_s,
                                  u"RESOURCE_EXHAUSTED"_s)
                         << K::Throttled << u"rateLimitExceeded"_s << u"Too many requests"_s << 3;
    QTest::newRow("503 backendError")
        << 503 << built(503, u"backendError"_s, u"Backend Error"_s) << K::Transient
        << u"backendError"_s << u"Backend Error"_s << 3;
    QTest::newRow("500 without a body")
        << 500 << QByteArray() << K::Transient << QString() << u"HTTP 500"_s << 3;
    QTest::newRow("400 invalid") << 400
                                 << built(400, u"invalid"_s, u"Invalid value for field 'zone'."_s)
                                 << K::InvalidRequest << u"invalid"_s
                                 << u"Invalid value for field 'zone'."_s << 1;
}

void TestGceErrors::mapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, attempts);
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    QVERIFY(test::await(provider->listNetworks()).ok()); // token in hand
    m_fake.clearRequests();
    m_fake.failNext("GET", u"/machineTypes"_s, {status, body}, 10);
    const auto flavors = test::await(provider->listFlavors());
    m_fake.clearFailures();
    QVERIFY(!flavors.ok());
    QCOMPARE(flavors.error().kind, kind);
    QCOMPARE(flavors.error().code, code);
    QCOMPARE(flavors.error().httpStatus, status);
    QVERIFY2(flavors.error().message.contains(message), qPrintable(flavors.error().message));
    QCOMPARE(m_fake.requests("GET", u"/machineTypes"_s).size(), attempts);
}

void TestGceErrors::transientThenSuccessIsRetried()
{
    test::GceRig rig(&m_fake);
    auto provider = rig.provider();
    m_fake.clearRequests();
    m_fake.failNext("GET", u"/global/networks"_s,
                    {403, test::FakeGce::sample(u"google-docs/rate-limit-exceeded-403.json"_s)}, 1);
    const auto networks = test::await(provider->listNetworks());
    QVERIFY(networks.ok());
    QCOMPARE(m_fake.requests("GET", u"/global/networks"_s).size(), 2);
}

QTEST_GUILESS_MAIN(TestGceErrors)
#include "tst_gceerrors.moc"
