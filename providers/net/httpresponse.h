#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <utility>

namespace cd {

// Header fields in the order they were set or received; names compare case-insensitively.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The first value of `name`, or an empty array.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);
// Replaces every field named `name` (any case) by one field with `value`.
void setHeaderValue(HttpHeaders &headers, const QByteArray &name, const QByteArray &value);
void removeHeader(HttpHeaders &headers, QByteArrayView name);

// What came back for one request after all attempts: an HTTP answer (any status) or a
// transport failure, with the attempts made and the backoff delays waited between them.
struct HttpResponse final
{
    enum class Error {
        None,              // an HTTP answer arrived (status says how it went)
        Timeout,           // no complete answer within the request's timeout
        ConnectionRefused, // nothing listens there: the request was never sent
        ConnectionClosed,  // reset or closed by the peer before a complete answer
        Truncated,         // the answer ended before its announced length
        HostNotFound,
        Tls,
        TooLarge,    // the answer exceeded the request's size cap
        NotPrepared, // the request could not be prepared (e.g. signed): never sent
        Cancelled,
        Other,
    };

    Error error = Error::None;
    QString errorString;
    int status = 0; // 0 when no HTTP answer arrived
    HttpHeaders headers;
    QByteArray body;
    int attempts = 0;
    // The backoff delay waited before the 2nd, 3rd … attempt, as the retry policy chose them.
    QList<std::chrono::milliseconds> delays;

    bool answered() const { return error == Error::None; }
    bool success() const { return error == Error::None && status >= 200 && status < 300; }
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    static QString errorName(Error error);
};

} // namespace cd
