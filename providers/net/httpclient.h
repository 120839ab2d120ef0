#pragma once

#include "providers/net/httprequest.h"

#include <QFuture>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace cd {

class HttpOperation;
class HttpTransport;

// The one HTTP client of the process, shared by every provider: per-attempt timeout, size
// cap, retries with exponential backoff and jitter for retryable failures of retry-safe
// requests only, a fresh prepare (signature) per attempt, and a redacting wire log
// (clusterdeck.trace.http). Everything is asynchronous; answers arrive on this object's
// thread. Requests still running when the client is destroyed finish as Cancelled.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    // With a QNetworkAccessManager of its own: the one the process shares through this client.
    explicit HttpClient(QObject *parent = nullptr);
    // Over the process's QNetworkAccessManager (not owned).
    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    // Over any transport (not owned), e.g. a fault-injecting one in tests.
    explicit HttpClient(HttpTransport *transport, QObject *parent = nullptr);
    ~HttpClient() override;

    // The policy of requests that bring none of their own.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }

    // Never fails as a future: every outcome is an HttpResponse (see its error and status).
    QFuture<HttpResponse> send(HttpRequest request);

    // Finishes every pending request of `owner` as Cancelled, synchronously: an owner calls
    // this from its destructor so that no answer arrives for it afterwards.
    void cancel(const QObject *owner);

    // Requests not answered yet.
    int pending() const;
    // Attempts put on the wire since construction (not requests: a retried request counts
    // once per attempt).
    qint64 attemptsSent() const { return m_attemptsSent; }

    // The client's own view of a failure, before a request's classifier has its say.
    static HttpRetry defaultClassification(const HttpResponse &response);

private:
    friend class HttpOperation;

    QNetworkAccessManager *m_ownedNetwork = nullptr;
    std::unique_ptr<HttpTransport> m_ownedTransport;
    HttpTransport *m_transport = nullptr;
    RetryPolicy m_policy;
    QList<HttpOperation *> m_operations; // alive, including those finishing
    qint64 m_attemptsSent = 0;
};

} // namespace cd
