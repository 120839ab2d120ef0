// The MotoServer fixture: a real moto_server on loopback, its moto-api endpoints, and a clean
// stop by PID. EC2 requests carry an unverified SigV4-shaped Authorization header: moto routes
// by the credential scope, and the product's signer is tested elsewhere.
#include "tests/support/motoserver.h"
#include "tests/support/testenv.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kDescribe = "Action=DescribeInstances&Version=2016-11-15";

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

} // namespace

class tst_MotoServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersHttp();
    void describeInstancesAnswersXml();
    void resetForgetsInstances();
    void recordingCapturesRequests();
    void stopKillsTheProcess();
    void cleanupTestCase();

private:
    HttpResult ec2(const QByteArray &form);

    std::unique_ptr<cd::test::MotoServer> m_server;
    QNetworkAccessManager m_network;
};

void tst_MotoServer::initTestCase()
{
    if (cd::test::MotoServer::findExecutable().isEmpty())
        CD_SKIP_OR_FAIL(u"moto_server not found (set CLUSTERDECK_MOTO_SERVER)"_s);
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<cd::test::MotoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->processId() > 0);
}

void tst_MotoServer::cleanupTestCase()
{
    m_server.reset();
}

HttpResult tst_MotoServer::ec2(const QByteArray &form)
{
    QNetworkRequest request(m_server->endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("X-Amz-Date", "20260101T000000Z");
    request.setRawHeader("Authorization",
                         "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/ec2/"
                         "aws4_request, SignedHeaders=host;x-amz-date, Signature=00");
    request.setTransferTimeout(30000);
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, form));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

void tst_MotoServer::answersHttp()
{
    const QUrl endpoint = m_server->endpoint();
    QCOMPARE(endpoint.scheme(), u"http"_s);
    QCOMPARE(endpoint.host(), u"127.0.0.1"_s);
    QCOMPARE(endpoint.port(), int(m_server->port()));
    const auto reply = m_server->request("GET", u"/moto-api/"_s);
    QCOMPARE(reply.status, 200);
    // moto's reset only accepts POST: proves we reach moto-api, not some other server.
    QCOMPARE(m_server->request("GET", u"/moto-api/reset"_s).status, 400);
}

void tst_MotoServer::describeInstancesAnswersXml()
{
    const HttpResult reply = ec2(kDescribe);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.contains("<DescribeInstancesResponse"), reply.body.constData());
}

void tst_MotoServer::resetForgetsInstances()
{
    const HttpResult run = ec2("Action=RunInstances&Version=2016-11-15&ImageId=ami-03cf127a"
                               "&MinCount=1&MaxCount=1&InstanceType=t2.micro");
    QCOMPARE(run.status, 200);
    QVERIFY2(run.body.contains("<RunInstancesResponse"), run.body.constData());
    QVERIFY(ec2(kDescribe).body.contains("<instanceId>"));

    QVERIFY2(m_server->reset(), qPrintable(m_server->errorString()));
    const HttpResult after = ec2(kDescribe);
    QCOMPARE(after.status, 200);
    QVERIFY2(!after.body.contains("<instanceId>"), after.body.constData());
}

void tst_MotoServer::recordingCapturesRequests()
{
    QVERIFY(m_server->startRecording());
    QCOMPARE(m_server->recording().size(), 0);
    QCOMPARE(ec2(kDescribe).status, 200);
    QVERIFY(m_server->stopRecording());
    QCOMPARE(ec2(kDescribe).status, 200); // not recorded any more

    const QList<QJsonObject> entries = m_server->recording();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first();
    QCOMPARE(entry.value(u"method").toString(), u"POST"_s);
    QCOMPARE(QUrl(entry.value(u"url").toString()).path(), u"/"_s);
    const QJsonObject headers = entry.value(u"headers").toObject();
    QVERIFY(headers.value(u"Authorization").toString().contains(u"Credential=AKIDEXAMPLE/"));
    QCOMPARE(headers.value(u"X-Amz-Date").toString(), u"20260101T000000Z"_s);
    QByteArray body = entry.value(u"body").toString().toUtf8();
    if (entry.value(u"body_encoded").toBool())
        body = QByteArray::fromBase64(body);
    QCOMPARE(body, kDescribe);

    QVERIFY(m_server->resetRecording());
    QCOMPARE(m_server->recording().size(), 0);
}

void tst_MotoServer::stopKillsTheProcess()
{
    const qint64 pid = m_server->processId();
    const quint16 port = m_server->port();
    QVERIFY(pid > 0);
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    QCOMPARE(m_server->processId(), 0);
    errno = 0;
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);

    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    QVERIFY(!socket.waitForConnected(5000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(tst_MotoServer)
#include "tst_motoserver.moc"
