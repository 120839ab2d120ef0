// The network HttpTransport (NetworkTransport) under HttpClient, over real sockets on
// 127.0.0.1: what goes on the wire (our Host header, once), timeouts, answers cut off
// mid-body, the size cap, refused connections.
#include "providers/net/httpclient.h"
#include "providers/net/networktransport.h"

#include "tests/unit/ec2/awaitfuture.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cd::HttpClient;
using cd::HttpRequest;
using cd::HttpResponse;
using cd::RetryPolicy;

namespace {

// A tiny HTTP/1.1 server on 127.0.0.1 that misbehaves on request.
class LocalServer final : public QTcpServer
{
public:
    enum class Mode { Ok, Hang, CutBody, Huge };
    Mode mode = Mode::Ok;
    int connections = 0;
    QList<QByteArray> requests;

    LocalServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/path"_s.arg(serverPort())); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        requests.append(buffer.left(end));
        buffer.clear();
        switch (mode) {
        case Mode::Ok:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello");
            break;
        case Mode::Hang:
            break;
        case Mode::CutBody:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly a part");
            socket->flush();
            socket->disconnectFromHost();
            break;
        case Mode::Huge:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n");
            socket->write(QByteArray(64 * 1024, 'x'));
            break;
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

RetryPolicy fastPolicy(int attempts)
{
    return RetryPolicy{attempts, 5ms, 40ms};
}

HttpRequest request(const QUrl &url)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.body = "Action=Test";
    r.retrySafe = true;
    r.timeout = 5s;
    r.label = u"test"_s;
    return r;
}

} // namespace

class tst_HttpTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ok();
    void timeout();
    void cutBody();
    void tooLarge();
    void refused();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_HttpTransport::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void tst_HttpTransport::ok()
{
    LocalServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HttpClient client(m_network.get());
    HttpRequest r = request(server.url());
    r.setHeader("Host", "127.0.0.1:" + QByteArray::number(server.serverPort()));
    r.setHeader("X-Test", "yes");
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QVERIFY2(response->success(), qPrintable(response->errorString));
    QCOMPARE(response->body, QByteArray("hello"));
    QCOMPARE(response->header("content-type"), QByteArray("text/plain"));
    QCOMPARE(server.requests.size(), 1);
    const QByteArray sent = server.requests.first();
    QVERIFY(sent.startsWith("POST /path HTTP/1.1"));
    QVERIFY2(sent.contains("\r\nX-Test: yes"), sent.constData());
    // The Host header we set (and sign) is the one on the wire, once.
    QCOMPARE(sent.count("\r\nHost: "), 1);
    QVERIFY(sent.contains(
        QByteArray("\r\nHost: 127.0.0.1:" + QByteArray::number(server.serverPort()))));
}

void tst_HttpTransport::timeout()
{
    LocalServer server;
    server.mode = LocalServer::Mode::Hang;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HttpClient client(m_network.get());
    client.setRetryPolicy(fastPolicy(2));
    HttpRequest r = request(server.url());
    r.timeout = 200ms;
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QCOMPARE(response->error, HttpResponse::Error::Timeout);
    QCOMPARE(response->attempts, 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 5000);
}

void tst_HttpTransport::cutBody()
{
    LocalServer server;
    server.mode = LocalServer::Mode::CutBody;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HttpClient client(m_network.get());
    client.setRetryPolicy(fastPolicy(3));
    HttpRequest r = request(server.url());
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QVERIFY2(response->error == HttpResponse::Error::Truncated
                 || response->error == HttpResponse::Error::ConnectionClosed,
             qPrintable(HttpResponse::errorName(response->error)));
    QCOMPARE(response->attempts, 3);
    QCOMPARE(server.requests.size(), 3);
}

void tst_HttpTransport::tooLarge()
{
    LocalServer server;
    server.mode = LocalServer::Mode::Huge;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HttpClient client(m_network.get());
    client.setRetryPolicy(fastPolicy(3));
    HttpRequest r = request(server.url());
    r.maxResponseBytes = 1024 * 1024;
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QCOMPARE(response->error, HttpResponse::Error::TooLarge);
    QCOMPARE(response->attempts, 1); // the same again would be as large
}

void tst_HttpTransport::refused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // bound, then closed: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    HttpClient client(m_network.get());
    client.setRetryPolicy(fastPolicy(3));
    HttpRequest r = request(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    const auto response = cd::test::await(client.send(r));
    QVERIFY(response);
    QCOMPARE(response->error, HttpResponse::Error::ConnectionRefused);
    QCOMPARE(response->attempts, 1);
}

QTEST_GUILESS_MAIN(tst_HttpTransport)
#include "tst_httptransport.moc"
