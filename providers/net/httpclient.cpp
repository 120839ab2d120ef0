#include "providers/net/httpclient.h"

#include <QNetworkAccessManager>

#include "providers/net/httplog.h"
#include "providers/net/httptransport.h"
#include "providers/net/networktransport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

// One request from first attempt to final answer; a child of the client, deleted when done.
class HttpOperation final : public QObject
{
public:
    HttpOperation(HttpClient *client, HttpRequest request)
        : QObject(client)
        , m_client(client)
        , m_request(std::move(request))
        , m_policy(m_request.retryPolicy.value_or(client->m_policy))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpOperation::timedOut);
        m_client->m_operations.append(this);
        m_promise.start();
    }

    ~HttpOperation() override
    {
        m_client->m_operations.removeOne(this);
        if (m_done)
            return;
        dropExchange();
        HttpResponse response;
        response.error = HttpResponse::Error::Cancelled;
        response.errorString = HttpClient::tr("The request was cancelled.");
        deliver(std::move(response));
    }

    QFuture<HttpResponse> future() { return m_promise.future(); }
    const QObject *owner() const { return m_request.owner; }
    bool done() const { return m_done; }

    void attempt()
    {
        ++m_attempt;
        HttpRequest wire = m_request;
        QString error;
        if (wire.prepare && !wire.prepare(wire, &error)) {
            HttpResponse response;
            response.error = HttpResponse::Error::NotPrepared;
            response.errorString = error;
            qCWarning(lcNet).noquote() << u"%1: not sent: %2"_s.arg(m_request.label, error);
            finish(std::move(response));
            return;
        }
        httplog::logAttempt(wire, m_attempt, maxAttempts());
        ++m_client->m_attemptsSent;
        m_clock.start();
        m_exchange = m_client->m_transport->start(wire, this);
        connect(m_exchange, &HttpExchange::finished, this, &HttpOperation::answered);
        m_timer.start(std::max(m_request.timeout, std::chrono::milliseconds(1)));
    }

private:
    int maxAttempts() const { return m_request.retrySafe ? std::max(1, m_policy.maxAttempts) : 1; }

    void dropExchange()
    {
        m_timer.stop();
        if (!m_exchange)
            return;
        m_exchange->disconnect(this);
        m_exchange->abort();
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }

    void timedOut()
    {
        dropExchange();
        HttpResponse response;
        response.error = HttpResponse::Error::Timeout;
        response.errorString
            = HttpClient::tr("No complete answer within %1 ms.").arg(m_request.timeout.count());
        answered(response);
    }

    void answered(const HttpResponse &answer)
    {
        dropExchange();
        HttpResponse response = answer;
        if (response.answered() && response.body.size() > m_request.maxResponseBytes) {
            response.error = HttpResponse::Error::TooLarge;
            response.errorString
                = HttpClient::tr("The answer is longer than the %1 bytes accepted.")
                      .arg(m_request.maxResponseBytes);
            response.body.clear();
        }
        httplog::logAnswer(m_request, response, m_clock.elapsed());

        HttpRetry decision = HttpClient::defaultClassification(response);
        if (m_request.classify)
            decision = m_request.classify(response, decision);
        if (decision == HttpRetry::Never || m_attempt >= maxAttempts()) {
            if (decision != HttpRetry::Never && m_attempt > 1)
                qCWarning(lcNet).noquote()
                    << u"%1: giving up after %2 attempts"_s.arg(m_request.label).arg(m_attempt);
            finish(std::move(response));
            return;
        }
        auto delay = m_policy.delayBefore(m_attempt, QRandomGenerator::global()->generateDouble(),
                                          decision == HttpRetry::Throttled);
        bool ok = false;
        const int retryAfter = response.header("retry-after").trimmed().toInt(&ok);
        if (ok && retryAfter > 0)
            delay = m_policy.clamp(std::max(delay, std::chrono::milliseconds(retryAfter * 1000LL)));
        m_delays.append(delay);
        const QString what = !response.answered() ? HttpResponse::errorName(response.error)
                             : response.success() ? u"incomplete answer"_s
                                                  : u"HTTP %1"_s.arg(response.status);
        qCInfo(lcNet).noquote() << u"%1: %2, retrying in %3 ms (attempt %4 of %5)"_s
                                       .arg(m_request.label, what)
                                       .arg(delay.count())
                                       .arg(m_attempt + 1)
                                       .arg(maxAttempts());
        QTimer::singleShot(delay, this, &HttpOperation::attempt);
    }

    void finish(HttpResponse response)
    {
        // Continuations run inside deliver(); one of them may delete the client, and us with it.
        const QPointer<HttpOperation> self(this);
        deliver(std::move(response));
        if (self)
            deleteLater();
    }

    void deliver(HttpResponse response)
    {
        if (m_done)
            return;
        m_done = true;
        response.attempts = m_attempt;
        response.delays = m_delays;
        m_promise.addResult(std::move(response));
        m_promise.finish();
    }

    HttpClient *m_client;
    HttpRequest m_request;
    RetryPolicy m_policy;
    QPromise<HttpResponse> m_promise;
    QTimer m_timer;
    QElapsedTimer m_clock;
    HttpExchange *m_exchange = nullptr;
    QList<std::chrono::milliseconds> m_delays;
    int m_attempt = 0;
    bool m_done = false;
};

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_ownedNetwork(new QNetworkAccessManager(this))
    , m_ownedTransport(std::make_unique<NetworkTransport>(m_ownedNetwork))
    , m_transport(m_ownedTransport.get())
{}

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_ownedTransport(std::make_unique<NetworkTransport>(network))
    , m_transport(m_ownedTransport.get())
{}

HttpClient::HttpClient(HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

HttpClient::~HttpClient()
{
    // Operations first: they abort their exchanges on the transport we may own. One at a
    // time, as in cancel().
    while (!m_operations.isEmpty())
        delete m_operations.constLast();
}

void HttpClient::cancel(const QObject *owner)
{
    // One at a time, looking again after each: delivering a cancellation runs continuations
    // that may cancel or finish other requests. Requests already delivering are left alone.
    for (;;) {
        HttpOperation *victim = nullptr;
        for (HttpOperation *operation : std::as_const(m_operations)) {
            if (operation->owner() == owner && !operation->done()) {
                victim = operation;
                break;
            }
        }
        if (!victim)
            return;
        delete victim;
    }
}

int HttpClient::pending() const
{
    return int(std::count_if(m_operations.cbegin(), m_operations.cend(),
                             [](const HttpOperation *operation) { return !operation->done(); }));
}

QFuture<HttpResponse> HttpClient::send(HttpRequest request)
{
    auto *operation = new HttpOperation(this, std::move(request));
    QFuture<HttpResponse> future = operation->future();
    // Never start from inside send(): callers attach continuations first.
    QTimer::singleShot(0, operation, &HttpOperation::attempt);
    return future;
}

HttpRetry HttpClient::defaultClassification(const HttpResponse &response)
{
    switch (response.error) {
    case HttpResponse::Error::None:
        if (response.status == 429)
            return HttpRetry::Throttled;
        if (response.status >= 500 && response.status != 501)
            return HttpRetry::Transient;
        return HttpRetry::Never;
    case HttpResponse::Error::Timeout:
    case HttpResponse::Error::ConnectionClosed:
    case HttpResponse::Error::Truncated:
        return HttpRetry::Transient;
    default:
        // Refused, unknown host, TLS, too large, not prepared: the same again gives the same.
        return HttpRetry::Never;
    }
}

QString HttpResponse::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return u"none"_s;
    case Error::Timeout:
        return u"timeout"_s;
    case Error::ConnectionRefused:
        return u"connection refused"_s;
    case Error::ConnectionClosed:
        return u"connection closed"_s;
    case Error::Truncated:
        return u"truncated answer"_s;
    case Error::HostNotFound:
        return u"host not found"_s;
    case Error::Tls:
        return u"TLS failure"_s;
    case Error::TooLarge:
        return u"answer too large"_s;
    case Error::NotPrepared:
        return u"not prepared"_s;
    case Error::Cancelled:
        return u"cancelled"_s;
    case Error::Other:
        break;
    }
    return u"network error"_s;
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void removeHeader(HttpHeaders &headers, QByteArrayView name)
{
    headers.removeIf(
        [name](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void setHeaderValue(HttpHeaders &headers, const QByteArray &name, const QByteArray &value)
{
    removeHeader(headers, name);
    headers.append({name, value});
}

} // namespace cd
