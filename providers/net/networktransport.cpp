#include "providers/net/networktransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace cd {

HttpExchange::HttpExchange(QObject *parent)
    : QObject(parent)
{}

HttpExchange::~HttpExchange() = default;

HttpTransport::~HttpTransport() = default;

namespace {

HttpResponse::Error transportError(QNetworkReply::NetworkError error, bool gotStatus)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpResponse::Error::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return gotStatus ? HttpResponse::Error::Truncated : HttpResponse::Error::ConnectionClosed;
    case QNetworkReply::HostNotFoundError:
        return HttpResponse::Error::HostNotFound;
    case QNetworkReply::TimeoutError:
        return HttpResponse::Error::Timeout;
    case QNetworkReply::OperationCanceledError:
        return HttpResponse::Error::Cancelled;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        return error == QNetworkReply::SslHandshakeFailedError ? HttpResponse::Error::Tls
                                                               : HttpResponse::Error::Other;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return HttpResponse::Error::ConnectionClosed;
    case QNetworkReply::ProtocolFailure:
        return gotStatus ? HttpResponse::Error::Truncated : HttpResponse::Error::Other;
    default:
        return HttpResponse::Error::Other;
    }
}

// Network-level failures are below 200 in QNetworkReply::NetworkError (proxy ones 101–199);
// 201 and up are HTTP statuses that we report as answers.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
           || error == QNetworkReply::ProtocolFailure;
}

class NetworkExchange final : public HttpExchange
{
public:
    NetworkExchange(QNetworkReply *reply, qint64 maxBytes, QObject *parent)
        : HttpExchange(parent)
        , m_reply(reply)
        , m_maxBytes(maxBytes)
    {
        reply->setParent(this);
        connect(reply, &QNetworkReply::metaDataChanged, this, &NetworkExchange::checkLength);
        connect(reply, &QNetworkReply::readyRead, this, &NetworkExchange::read);
        connect(reply, &QNetworkReply::finished, this, &NetworkExchange::done);
    }

    ~NetworkExchange() override { abort(); }

    void abort() override
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }

private:
    void checkLength()
    {
        bool ok = false;
        const qint64 announced
            = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && announced > m_maxBytes)
            fail(HttpResponse::Error::TooLarge,
                 HttpExchange::tr("The answer is %1 bytes long, more than the %2 accepted.")
                     .arg(announced)
                     .arg(m_maxBytes));
    }

    void read()
    {
        if (!m_reply)
            return;
        m_body += m_reply->readAll();
        if (m_body.size() > m_maxBytes)
            fail(HttpResponse::Error::TooLarge,
                 HttpExchange::tr("The answer is longer than the %1 bytes accepted.")
                     .arg(m_maxBytes));
    }

    void fail(HttpResponse::Error error, const QString &message)
    {
        if (!m_reply)
            return;
        HttpResponse response;
        response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = error;
        response.errorString = message;
        abort();
        emit finished(response);
    }

    void done()
    {
        if (!m_reply)
            return;
        read();
        if (!m_reply)
            return; // too large: already reported
        HttpResponse response;
        response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : m_reply->rawHeaderPairs())
            response.headers.append(pair);
        response.body = std::move(m_body);
        const QNetworkReply::NetworkError error = m_reply->error();
        if (isTransportFailure(error) || response.status == 0) {
            response.error = transportError(error, response.status != 0);
            response.errorString = m_reply->errorString();
        } else {
            bool ok = false;
            const qint64 announced
                = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
            if (ok && announced > response.body.size()) {
                response.error = HttpResponse::Error::Truncated;
                response.errorString = HttpExchange::tr("The answer ended after %1 of %2 bytes.")
                                           .arg(response.body.size())
                                           .arg(announced);
            }
        }
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();
        emit finished(response);
    }

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
};

} // namespace

NetworkTransport::NetworkTransport(QNetworkAccessManager *network)
    : m_network(network)
{}

NetworkTransport::~NetworkTransport() = default;

HttpExchange *NetworkTransport::start(const HttpRequest &request, QObject *parent)
{
    QNetworkRequest wire(request.url);
    for (const auto &[name, value] : request.headers)
        wire.setRawHeader(name, value);
    wire.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    wire.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    wire.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    wire.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    wire.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!request.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(request.caCertificates);
        wire.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
                               ? m_network->get(wire)
                               : m_network->sendCustomRequest(wire, request.method, request.body);
    return new NetworkExchange(reply, request.maxResponseBytes, parent);
}

} // namespace cd
