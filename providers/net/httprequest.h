#pragma once

#include "providers/net/httpresponse.h"
#include "providers/net/retrypolicy.h"

#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace cd {

// How a failed attempt may be retried.
enum class HttpRetry {
    Never,     // final: hand the answer to the caller
    Transient, // 5xx, reset connection, timeout, truncated answer
    Throttled, // the server asks us to slow down (429, RequestLimitExceeded …)
};

// One logical request. HttpClient sends it, attempt after attempt, until an answer is final.
struct HttpRequest final
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    std::chrono::milliseconds timeout{60000}; // per attempt, from sending to the last byte
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    // Retried only when true: the call is idempotent or carries a client token, so a second
    // attempt can never do the work twice.
    bool retrySafe = false;
    std::optional<RetryPolicy> retryPolicy; // the client's policy when unset

    // Called on a copy of the request before every attempt, e.g. to sign it with the current
    // time. Returning false (with *error set) fails the request without sending anything.
    using Prepare = std::function<bool(HttpRequest &request, QString *error)>;
    Prepare prepare;
    // Decides whether an answer is a retryable failure; `byDefault` is the client's own view
    // (transport failures, 5xx, 429). An API whose throttling comes as a 400 body says so here.
    using Classify = std::function<HttpRetry(const HttpResponse &response, HttpRetry byDefault)>;
    Classify classify;

    // Form/query parameters whose values never reach the wire log (beside the built-in list:
    // anything named like a password, secret, token, signature or credential).
    QStringList secretParameters;
    bool logResponseBody = true; // false for answers that carry secrets
    // Certificate authorities trusted beside the system's, e.g. a private cloud's (cacert).
    // QNetworkAccessManager keeps one encrypted connection per host: every request to a host
    // should bring the same list.
    QList<QSslCertificate> caCertificates;
    QString label; // for logs: "ec2 RunInstances"
    // Who sent it, for HttpClient::cancel(owner); never dereferenced.
    const QObject *owner = nullptr;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        setHeaderValue(headers, name, value);
    }
};

} // namespace cd
