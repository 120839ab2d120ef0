// Ec2Api over the fault layer: every request on the wire is signed (and one without complete
// credentials is never sent), throttling/5xx/cut-off answers are retried within the policy,
// and what finally fails comes back as a clear, typed CloudError.
#include "providers/cloud/ec2/ec2api.h"
#include "providers/net/httpclient.h"

#include "tests/unit/ec2/awaitfuture.h"
#include "tests/unit/ec2/faulttransport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cd::CloudError;
using cd::Ec2Api;
using Fault = cd::test::FaultTransport::Fault;

namespace {

const QByteArray kRunAnswer
    = "<?xml version=\"1.0\"?>\n<RunInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/"
      "2016-11-15/\"><reservationId>r-1</reservationId><instancesSet><item>"
      "<instanceId>i-1</instanceId></item></instancesSet></RunInstancesResponse>";

Ec2Api::Options options(const QByteArray &secret = "secret", const QByteArray &token = {})
{
    Ec2Api::Options o;
    o.endpoint = QUrl(u"http://127.0.0.1:4566/"_s);
    o.region = u"eu-west-1"_s;
    o.credentials = {u"AKIDTEST"_s, secret, token};
    o.retry = cd::RetryPolicy{4, 2ms, 20ms};
    o.timeout = 2s;
    return o;
}

// AWS4-HMAC-SHA256 Credential=AKIDTEST/<date>/eu-west-1/ec2/aws4_request, SignedHeaders=…,
// Signature=<64 hex>, and the signature is right for what went on the wire.
void verifySigned(const cd::HttpRequest &wire, const cd::SigV4Signer &signer)
{
    static const QRegularExpression shape(
        u"^AWS4-HMAC-SHA256 Credential=AKIDTEST/(\\d{8})/eu-west-1/ec2/aws4_request, "
        "SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$"_s);
    const QString authorization = QString::fromLatin1(wire.header("authorization"));
    const auto match = shape.match(authorization);
    QVERIFY2(match.hasMatch(), qPrintable(authorization));
    QVERIFY(match.captured(2).split(u';').contains(u"host"_s));
    QVERIFY(match.captured(2).split(u';').contains(u"x-amz-date"_s));
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(wire.header("x-amz-date")),
                                                 u"yyyyMMdd'T'HHmmss'Z'"_s);
    QVERIFY(time.isValid());
    QCOMPARE(match.captured(1), time.toString(u"yyyyMMdd"_s));
    cd::SigV4Request request;
    request.method = wire.method;
    request.path = wire.url.path(QUrl::FullyEncoded).toUtf8();
    request.headers = wire.headers;
    cd::removeHeader(request.headers, "authorization");
    request.body = wire.body;
    QCOMPARE(wire.header("authorization"),
             signer.authorization(request, QDateTime(time.date(), time.time(), Qt::UTC)));
}

} // namespace

class tst_Ec2Api : public QObject
{
    Q_OBJECT

private slots:
    void signsEveryAttempt();
    void sessionTokenIsSigned();
    void incompleteCredentialsSendNothing();
    void retriedFailures_data();
    void retriedFailures();
    void exhaustedFailures_data();
    void exhaustedFailures();
    void clientErrorsAreFinal();
    void retryCodes();
};

void tst_Ec2Api::signsEveryAttempt()
{
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(200, kRunAnswer);
    transport.setFaults({Fault::Throttle, Fault::Status500});
    cd::HttpClient http(&transport);
    Ec2Api api(&http, options());
    cd::Ec2Query query;
    query.add(u"ImageId"_s, u"ami-1"_s);
    const auto reply = cd::test::await(api.call(u"RunInstances"_s, query));
    QVERIFY(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->ok() ? QString() : reply->error().describe()));
    QCOMPARE(reply->value().name, u"RunInstancesResponse"_s);
    QCOMPARE(api.callCount(), 1);
    QCOMPARE(transport.seen().size(), 3);
    const cd::SigV4Signer signer(options().credentials, u"eu-west-1"_s, u"ec2"_s);
    for (const cd::HttpRequest &wire : transport.seen()) {
        verifySigned(wire, signer);
        QCOMPARE(wire.method, QByteArray("POST"));
        QCOMPARE(wire.header("host"), QByteArray("127.0.0.1:4566"));
        QVERIFY(wire.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(wire.body, QByteArray("Action=RunInstances&Version=2016-11-15&ImageId=ami-1"));
    }
}

void tst_Ec2Api::sessionTokenIsSigned()
{
    cd::test::FaultTransport transport;
    cd::HttpClient http(&transport);
    Ec2Api api(&http, options("secret", "session-token"));
    QVERIFY(cd::test::await(api.call(u"DescribeRegions"_s, {})));
    QCOMPARE(transport.seen().size(), 1);
    const cd::HttpRequest &wire = transport.seen().first();
    QCOMPARE(wire.header("x-amz-security-token"), QByteArray("session-token"));
    QVERIFY(wire.header("authorization")
                .contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,"));
}

void tst_Ec2Api::incompleteCredentialsSendNothing()
{
    cd::test::FaultTransport transport;
    cd::HttpClient http(&transport);
    Ec2Api api(&http, options(QByteArray()));
    const auto reply = cd::test::await(api.call(u"DescribeInstances"_s, {}));
    QVERIFY(reply);
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, CloudError::Kind::Auth);
    QVERIFY2(reply->error().message.contains(u"secret key"), qPrintable(reply->error().message));
    QVERIFY(transport.seen().isEmpty());
    QCOMPARE(http.attemptsSent(), 0);
}

void tst_Ec2Api::retriedFailures_data()
{
    QTest::addColumn<QList<Fault>>("faults");
    QTest::newRow("500") << QList<Fault>{Fault::Status500};
    QTest::newRow("503") << QList<Fault>{Fault::Status503};
    QTest::newRow("throttling") << QList<Fault>{Fault::Throttle, Fault::Throttle};
    QTest::newRow("429") << QList<Fault>{Fault::Status429};
    QTest::newRow("truncated XML") << QList<Fault>{Fault::Truncate};
    QTest::newRow("timeout") << QList<Fault>{Fault::Hang};
    QTest::newRow("all kinds") << QList<Fault>{Fault::Truncate, Fault::Hang, Fault::Throttle};
}

void tst_Ec2Api::retriedFailures()
{
    QFETCH(QList<Fault>, faults);
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(200, kRunAnswer);
    transport.setFaults(faults);
    cd::HttpClient http(&transport);
    Ec2Api::Options o = options();
    o.timeout = 300ms;
    Ec2Api api(&http, o);
    const auto reply = cd::test::await(api.call(u"RunInstances"_s, {}));
    QVERIFY(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->ok() ? QString() : reply->error().describe()));
    QCOMPARE(transport.seen().size(), faults.size() + 1);
}

void tst_Ec2Api::exhaustedFailures_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << Fault::Status500 << CloudError::Kind::Transient << u"InternalError"_s
                         << 500;
    QTest::newRow("503") << Fault::Status503 << CloudError::Kind::Transient << u"Unavailable"_s
                         << 503;
    QTest::newRow("throttling") << Fault::Throttle << CloudError::Kind::Throttled
                                << u"RequestLimitExceeded"_s << 503;
    QTest::newRow("429") << Fault::Status429 << CloudError::Kind::Throttled << QString() << 429;
    QTest::newRow("truncated XML")
        << Fault::Truncate << CloudError::Kind::Protocol << QString() << 200;
    QTest::newRow("timeout") << Fault::Hang << CloudError::Kind::Transient << QString() << 0;
    QTest::newRow("reset") << Fault::Reset << CloudError::Kind::Transient << QString() << 0;
}

void tst_Ec2Api::exhaustedFailures()
{
    QFETCH(Fault, fault);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(int, status);
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(200, kRunAnswer);
    transport.setFaults(QList<Fault>(8, fault));
    cd::HttpClient http(&transport);
    Ec2Api::Options o = options();
    o.timeout = fault == Fault::Hang ? 50ms : 5000ms; // short only where nothing answers
    Ec2Api api(&http, o);
    const auto reply = cd::test::await(api.call(u"RunInstances"_s, {}));
    QVERIFY(reply);
    QVERIFY(!reply->ok());
    const CloudError &error = reply->error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(transport.seen().size(), 4); // the policy's maxAttempts, then a clear answer
    QVERIFY2(error.message.contains(u"after 4 attempts"), qPrintable(error.message));
    QVERIFY(!error.describe().isEmpty());
}

void tst_Ec2Api::clientErrorsAreFinal()
{
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(
        400, cd::test::FaultTransport::ec2ErrorBody("InvalidAMIID.NotFound",
                                                    "The image id '[ami-x]' does not exist"));
    cd::HttpClient http(&transport);
    Ec2Api api(&http, options());
    const auto reply = cd::test::await(api.call(u"RunInstances"_s, {}));
    QVERIFY(reply && !reply->ok());
    QCOMPARE(reply->error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(reply->error().code, u"InvalidAMIID.NotFound"_s);
    QCOMPARE(reply->error().requestId, u"fault-layer"_s);
    QCOMPARE(transport.seen().size(), 1);
}

void tst_Ec2Api::retryCodes()
{
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(
        400, cd::test::FaultTransport::ec2ErrorBody("InvalidInstanceID.NotFound",
                                                    "The instance ID 'i-1' does not exist"));
    cd::HttpClient http(&transport);
    Ec2Api api(&http, options());
    Ec2Api::CallOptions callOptions;
    callOptions.retryCodes = {u"InvalidInstanceID.NotFound"_s};
    const auto reply = cd::test::await(api.call(u"CreateTags"_s, {}, callOptions));
    QVERIFY(reply && !reply->ok());
    QCOMPARE(reply->error().kind, CloudError::Kind::NotFound);
    QCOMPARE(transport.seen().size(), 4);
    transport.clearSeen();
    QVERIFY(cd::test::await(api.call(u"CreateTags"_s, {})));
    QCOMPARE(transport.seen().size(), 1);
}

QTEST_GUILESS_MAIN(tst_Ec2Api)
#include "tst_ec2api.moc"
