#pragma once

#include "providers/net/httprequest.h"

#include <QLoggingCategory>

// clusterdeck.providers.net: retries and failures. clusterdeck.trace.http: every attempt on
// the wire (method, URL, headers, body excerpts), secrets redacted; off unless asked for.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcHttpTrace)

namespace cd::httplog {

inline constexpr auto Redacted = "<redacted>";

// Authorization, tokens, cookies …: the value never reaches a log.
bool isSecretHeader(QByteArrayView name);
// password, secret, token, signature, credential (any case, anywhere in the name), or one of
// `extra` (exact, any case).
bool isSecretParameter(QStringView name, const QStringList &extra = {});

HttpHeaders redactHeaders(const HttpHeaders &headers);
QString redactUrl(const QUrl &url, const QStringList &extra = {});
// application/x-www-form-urlencoded: values of secret parameters replaced.
QByteArray redactForm(const QByteArray &form, const QStringList &extra = {});
// JSON: values of secret keys replaced, at any depth; non-JSON input gives an empty array.
QByteArray redactJson(const QByteArray &json, const QStringList &extra = {});
// A body fit for the log: redacted by content type, cut to `limit` bytes, or only its size
// when it is neither form, JSON nor XML.
QByteArray bodyForLog(const QByteArray &body,
                      const QByteArray &contentType,
                      const QStringList &extra,
                      int limit = 4096);

void logAttempt(const HttpRequest &request, int attempt, int maxAttempts);
void logAnswer(const HttpRequest &request, const HttpResponse &response, qint64 elapsedMs);

} // namespace cd::httplog
