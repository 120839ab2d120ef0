// HttpClient: retries with bounded backoff for retryable failures of retry-safe requests only,
// per-attempt timeout and preparation, size cap, cancellation and a redacting wire log, over
// the fault-injecting transport.
#include "providers/net/httpclient.h"
#include "providers/net/httplog.h"

#include "tests/unit/ec2/awaitfuture.h"
#include "tests/unit/ec2/faulttransport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cd::HttpClient;
using cd::HttpRequest;
using cd::HttpResponse;
using cd::RetryPolicy;
using Fault = cd::test::FaultTransport::Fault;

namespace {

RetryPolicy fastPolicy(int attempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelay = 5ms;
    policy.maxDelay = 40ms;
    return policy;
}

HttpRequest request(bool retrySafe = true)
{
    HttpRequest r;
    r.method = "POST";
    r.url = QUrl(u"http://127.0.0.1:9/"_s);
    r.body = "Action=Test";
    r.retrySafe = retrySafe;
    r.timeout = 2s;
    r.label = u"test"_s;
    return r;
}

void verifyDelays(const HttpResponse &response, const RetryPolicy &policy)
{
    QCOMPARE(response.delays.size(), response.attempts - 1);
    for (const auto delay : response.delays) {
        QVERIFY2(delay >= policy.baseDelay && delay <= policy.maxDelay,
                 qPrintable(u"delay %1 ms"_s.arg(delay.count())));
    }
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QByteArrayView(context.category) == "clusterdeck.trace.http")
        g_log.append(message);
}

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private slots:
    void policyBounds();
    void successFirstTime();
    void retriesUntilSuccess_data();
    void retriesUntilSuccess();
    void givesUpWithLastAnswer_data();
    void givesUpWithLastAnswer();
    void throttlingHonoursRetryAfterWithinBounds();
    void notRetrySafeIsNotRetried();
    void permanentFailuresAreNotRetried_data();
    void permanentFailuresAreNotRetried();
    void hangEndsInTimeout();
    void preparedFreshPerAttempt();
    void unpreparedIsNeverSent();
    void classifierDecides();
    void sizeCap();
    void destroyedClientCancels();
    void cancelByOwner();
    void wireLogRedacts();
};

void tst_HttpClient::policyBounds()
{
    const RetryPolicy policy{8, 100ms, 1000ms};
    for (int retry = 1; retry < 12; ++retry) {
        for (const double random : {0.0, 0.5, 0.999999, 1.0}) {
            for (const bool throttled : {false, true}) {
                const auto delay = policy.delayBefore(retry, random, throttled);
                QVERIFY(delay >= policy.baseDelay && delay <= policy.maxDelay);
            }
        }
    }
    // Exponential: the ceiling doubles until the cap, jitter takes at most half of it.
    QCOMPARE(policy.delayBefore(1, 1.0), 100ms);
    QCOMPARE(policy.delayBefore(3, 1.0), 400ms);
    QCOMPARE(policy.delayBefore(3, 0.0), 200ms);
    QCOMPARE(policy.delayBefore(10, 1.0), 1000ms);
    QCOMPARE(policy.delayBefore(10, 0.0), 500ms);
    QCOMPARE(policy.delayBefore(2, 1.0, true), 400ms);
    QCOMPARE(policy.clamp(5000ms), 1000ms);
    QCOMPARE(policy.clamp(1ms), 100ms);
}

void tst_HttpClient::successFirstTime()
{
    cd::test::FaultTransport transport;
    HttpClient client(&transport);
    const auto response = cd::test::await(client.send(request()));
    QVERIFY(response);
    QVERIFY(response->success());
    QCOMPARE(response->attempts, 1);
    QVERIFY(response->delays.isEmpty());
    QVERIFY(response->body.contains("<return>true</return>"));
    QCOMPARE(client.attemptsSent(), 1);
    QCOMPARE(client.pending(), 0);
}

void tst_HttpClient::retriesUntilSuccess_data()
{
    QTest::addColumn<QList<Fault>>("faults");
    QTest::newRow("500") << QList<Fault>{Fault::Status500};
    QTest::newRow("503 twice") << QList<Fault>{Fault::Status503, Fault::Status503};
    QTest::newRow("429") << QList<Fault>{Fault::Status429};
    QTest::newRow("reset") << QList<Fault>{Fault::Reset};
    QTest::newRow("mixed") << QList<Fault>{Fault::Reset, Fault::Status500, Fault::Status503};
}

void tst_HttpClient::retriesUntilSuccess()
{
    QFETCH(QList<Fault>, faults);
    cd::test::FaultTransport transport;
    transport.setFaults(faults);
    HttpClient client(&transport);
    client.setRetryPolicy(fastPolicy());
    const auto response = cd::test::await(client.send(request()));
    QVERIFY(response);
    QVERIFY(response->success());
    QCOMPARE(response->attempts, faults.size() + 1);
    QCOMPARE(transport.seen().size(), faults.size() + 1);
    verifyDelays(*response, fastPolicy());
}

void tst_HttpClient::givesUpWithLastAnswer_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpResponse::Error>("error");
    QTest::newRow("500") << Fault::Status500 << 500 << HttpResponse::Error::None;
    QTest::newRow("503") << Fault::Status503 << 503 << HttpResponse::Error::None;
    QTest::newRow("reset") << Fault::Reset << 0 << HttpResponse::Error::ConnectionClosed;
}

void tst_HttpClient::givesUpWithLastAnswer()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    QFETCH(HttpResponse::Error, error);
    cd::test::FaultTransport transport;
    transport.setFaults(QList<Fault>(10, fault));
    HttpClient client(&transport);
    const RetryPolicy policy = fastPolicy(4);
    client.setRetryPolicy(policy);
    const auto response = cd::test::await(client.send(request()));
    QVERIFY(response);
    QVERIFY(!response->success());
    QCOMPARE(response->status, status);
    QCOMPARE(response->error, error);
    QCOMPARE(response->attempts, 4);
    QCOMPARE(transport.faultsLeft(), 6);
    verifyDelays(*response, policy);
}

void tst_HttpClient::throttlingHonoursRetryAfterWithinBounds()
{
    // 429 says "Retry-After: 1" (1000 ms): the delay goes up to it, but never past maxDelay.
    cd::test::FaultTransport transport;
    transport.setFaults({Fault::Status429, Fault::Status429});
    HttpClient client(&transport);
    HttpRequest r = request();
    r.retryPolicy = RetryPolicy{3, 5ms, 30ms};
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QVERIFY(response->success());
    QCOMPARE(response->delays, (QList<std::chrono::milliseconds>{30ms, 30ms}));
}

void tst_HttpClient::notRetrySafeIsNotRetried()
{
    cd::test::FaultTransport transport;
    transport.setFaults({Fault::Status500});
    HttpClient client(&transport);
    client.setRetryPolicy(fastPolicy());
    const auto response = cd::test::await(client.send(request(false)));
    QVERIFY(response);
    QCOMPARE(response->status, 500);
    QCOMPARE(response->attempts, 1);
    QCOMPARE(transport.seen().size(), 1);
}

void tst_HttpClient::permanentFailuresAreNotRetried_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("refused") << Fault::Refuse;
    QTest::newRow("400 without code") << Fault::None; // canned 400 below
}

void tst_HttpClient::permanentFailuresAreNotRetried()
{
    QFETCH(Fault, fault);
    cd::test::FaultTransport transport;
    if (fault == Fault::None)
        transport.setCannedAnswer(400, "bad request");
    transport.setFaults({fault});
    HttpClient client(&transport);
    client.setRetryPolicy(fastPolicy());
    const auto response = cd::test::await(client.send(request()));
    QVERIFY(response);
    QCOMPARE(response->attempts, 1);
}

void tst_HttpClient::hangEndsInTimeout()
{
    cd::test::FaultTransport transport;
    transport.setFaults({Fault::Hang, Fault::Hang, Fault::Hang});
    HttpClient client(&transport);
    client.setRetryPolicy(fastPolicy(3));
    HttpRequest r = request();
    r.timeout = 50ms;
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QCOMPARE(response->error, HttpResponse::Error::Timeout);
    QCOMPARE(response->attempts, 3);
    verifyDelays(*response, fastPolicy(3));

    transport.setFaults({Fault::Hang});
    r.timeout = 300ms;
    const auto second = cd::test::await(client.send(r));
    QVERIFY(second);
    QVERIFY(second->success());
    QCOMPARE(second->attempts, 2);
}

void tst_HttpClient::preparedFreshPerAttempt()
{
    cd::test::FaultTransport transport;
    transport.setFaults({Fault::Status503, Fault::Status503});
    HttpClient client(&transport);
    client.setRetryPolicy(fastPolicy());
    HttpRequest r = request();
    int calls = 0;
    bool fresh = true;
    r.prepare = [&calls, &fresh](HttpRequest &wire, QString *) {
        fresh = fresh && wire.header("x-attempt").isEmpty(); // a fresh copy every time
        wire.setHeader("X-Attempt", QByteArray::number(++calls));
        return true;
    };
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QVERIFY(response->success());
    QCOMPARE(calls, 3);
    QVERIFY(fresh);
    QCOMPARE(transport.seen().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(transport.seen().at(i).header("x-attempt"), QByteArray::number(i + 1));
}

void tst_HttpClient::unpreparedIsNeverSent()
{
    cd::test::FaultTransport transport;
    HttpClient client(&transport);
    HttpRequest r = request();
    r.prepare = [](HttpRequest &, QString *error) {
        *error = u"no credentials"_s;
        return false;
    };
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QCOMPARE(response->error, HttpResponse::Error::NotPrepared);
    QCOMPARE(response->errorString, u"no credentials"_s);
    QVERIFY(transport.seen().isEmpty());
    QCOMPARE(client.attemptsSent(), 0);
}

void tst_HttpClient::classifierDecides()
{
    // An API whose throttling comes as a 400 body: its classifier says so.
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(400, "slow down");
    HttpClient client(&transport);
    client.setRetryPolicy(fastPolicy(3));
    HttpRequest r = request();
    int asked = 0;
    r.classify = [&asked](const HttpResponse &response, cd::HttpRetry byDefault) {
        asked += byDefault == cd::HttpRetry::Never ? 1 : 100;
        return response.body == "slow down" ? cd::HttpRetry::Throttled : byDefault;
    };
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QCOMPARE(response->attempts, 3);
    QCOMPARE(asked, 3);
}

void tst_HttpClient::sizeCap()
{
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(200, QByteArray(2000, 'x'));
    HttpClient client(&transport);
    HttpRequest r = request();
    r.maxResponseBytes = 1000;
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QCOMPARE(response->error, HttpResponse::Error::TooLarge);
    QCOMPARE(response->attempts, 1);
    QVERIFY(response->body.isEmpty());
}

void tst_HttpClient::destroyedClientCancels()
{
    cd::test::FaultTransport transport;
    transport.setFaults({Fault::Hang});
    auto client = std::make_unique<HttpClient>(&transport);
    QFuture<HttpResponse> future = client->send(request());
    QTRY_COMPARE_WITH_TIMEOUT(transport.seen().size(), 1, 5000);
    client.reset();
    QVERIFY(future.isFinished());
    QCOMPARE(future.result().error, HttpResponse::Error::Cancelled);
}

void tst_HttpClient::cancelByOwner()
{
    cd::test::FaultTransport transport;
    transport.setFaults({Fault::None, Fault::Hang, Fault::Hang});
    HttpClient client(&transport);
    QObject owner;
    QObject other;
    HttpRequest mine = request();
    mine.owner = &owner;
    HttpRequest theirs = request();
    theirs.owner = &other;
    // The first answer's continuation cancels the owner's other request from inside the
    // delivery, as a provider destroyed by its caller's continuation does.
    QFuture<HttpResponse> first = client.send(mine);
    QFuture<HttpResponse> second = client.send(mine);
    QFuture<HttpResponse> third = client.send(theirs);
    auto cancelled = first.then([&client, &owner](const HttpResponse &) { client.cancel(&owner); });
    QVERIFY(cd::test::await(first));
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 5000);
    QCOMPARE(second.result().error, HttpResponse::Error::Cancelled);
    QVERIFY(!third.isFinished());
    QCOMPARE(client.pending(), 1);
    client.cancel(&other);
    QVERIFY(third.isFinished());
    QCOMPARE(third.result().error, HttpResponse::Error::Cancelled);
    QCOMPARE(client.pending(), 0);
}

void tst_HttpClient::wireLogRedacts()
{
    QLoggingCategory::setFilterRules(u"clusterdeck.trace.http.debug=true"_s);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    cd::test::FaultTransport transport;
    transport.setCannedAnswer(
        200, R"({"token":"answer-secret","id":1})",
        {{"Content-Type", "application/json"}, {"Set-Cookie", "s=cookie-secret"}});
    HttpClient client(&transport);
    HttpRequest r = request();
    r.url = QUrl(u"http://user:url-password@127.0.0.1:9/?X-Amz-Signature=query-secret&Action=Go"_s);
    r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    r.body = "Action=RunInstances&UserData=userdata-secret&SecretKey=form-secret&ImageId=ami-1";
    r.secretParameters = {u"UserData"_s};
    r.prepare = [](HttpRequest &wire, QString *) {
        wire.setHeader("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=sig-secret");
        wire.setHeader("X-Amz-Security-Token", "token-secret");
        return true;
    };
    const auto response = cd::test::await(client.send(r));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    QVERIFY(response && response->success());
    const QString log = g_log.join(u'\n');
    QVERIFY2(log.contains(u"ImageId=ami-1"), qPrintable(log)); // the log is there …
    QVERIFY(log.contains(u"Action=RunInstances"));
    QVERIFY(log.contains(QLatin1StringView(cd::httplog::Redacted)));
    for (const auto secret : {u"sig-secret", u"token-secret", u"userdata-secret", u"form-secret",
                              u"query-secret", u"url-password", u"answer-secret", u"cookie-secret"})
        QVERIFY2(!log.contains(secret), qPrintable(QStringView(secret).toString()));
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
