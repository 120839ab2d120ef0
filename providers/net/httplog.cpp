#include "providers/net/httplog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNet, "clusterdeck.providers.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttpTrace, "clusterdeck.trace.http", QtInfoMsg)

namespace cd::httplog {

namespace {

QJsonValue redactValue(const QJsonValue &value, const QStringList &extra)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretParameter(it.key(), extra))
                it.value() = QString::fromLatin1(Redacted);
            else
                it.value() = redactValue(it.value(), extra);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactValue(*it, extra);
        return array;
    }
    return value;
}

QByteArray cut(const QByteArray &text, int limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit) + "… (" + QByteArray::number(text.size()) + " bytes)";
}

} // namespace

bool isSecretHeader(QByteArrayView name)
{
    static const QByteArrayView secret[]
        = {"authorization", "proxy-authorization", "x-amz-security-token", "cookie",
           "set-cookie",    "x-auth-token",        "x-subject-token",      "x-api-key"};
    const QByteArray lower = name.toByteArray().toLower();
    for (QByteArrayView candidate : secret) {
        if (lower == candidate)
            return true;
    }
    return false;
}

bool isSecretParameter(QStringView name, const QStringList &extra)
{
    static const QStringView fragments[] = {u"password",   u"secret",     u"token",    u"signature",
                                            u"credential", u"passphrase", u"assertion"};
    for (QStringView fragment : fragments) {
        if (name.contains(fragment, Qt::CaseInsensitive))
            return true;
    }
    for (const QString &candidate : extra) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpHeaders redactHeaders(const HttpHeaders &headers)
{
    HttpHeaders result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers)
        result.append({name, isSecretHeader(name) ? QByteArray(Redacted) : value});
    return result;
}

QString redactUrl(const QUrl &url, const QStringList &extra)
{
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QUrlQuery redacted;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded)) {
            const QString name = QUrl::fromPercentEncoding(key.toUtf8());
            redacted.addQueryItem(
                key, isSecretParameter(name, extra) ? QString::fromLatin1(Redacted) : value);
        }
        copy.setQuery(redacted);
    }
    return copy.toString(QUrl::FullyEncoded);
}

QByteArray redactForm(const QByteArray &form, const QStringList &extra)
{
    QList<QByteArray> parts = form.split('&');
    for (QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QString name = QUrl::fromPercentEncoding(QByteArray(key).replace('+', ' '));
        if (isSecretParameter(name, extra))
            part = key + '=' + Redacted;
    }
    return parts.join('&');
}

QByteArray redactJson(const QByteArray &json, const QStringList &extra)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    const QJsonValue root
        = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const QJsonValue redacted = redactValue(root, extra);
    return redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
}

QByteArray bodyForLog(const QByteArray &body,
                      const QByteArray &contentType,
                      const QStringList &extra,
                      int limit)
{
    if (body.isEmpty())
        return {};
    const QByteArray type = contentType.toLower();
    if (type.contains("x-www-form-urlencoded"))
        return cut(redactForm(body, extra), limit);
    if (type.contains("json")) {
        const QByteArray redacted = redactJson(body, extra);
        if (!redacted.isEmpty())
            return cut(redacted, limit);
    } else if (type.contains("xml")) {
        return cut(body, limit);
    }
    return "(" + QByteArray::number(body.size()) + " bytes)";
}

void logAttempt(const HttpRequest &request, int attempt, int maxAttempts)
{
    if (!lcHttpTrace().isDebugEnabled())
        return;
    QByteArray headers;
    for (const auto &[name, value] : redactHeaders(request.headers))
        headers += "\n    " + name + ": " + value;
    qCDebug(lcHttpTrace).noquote()
        << u"→ %1 %2 %3 (attempt %4/%5)%6\n    %7"_s
               .arg(request.label, QString::fromLatin1(request.method),
                    redactUrl(request.url, request.secretParameters))
               .arg(attempt)
               .arg(maxAttempts)
               .arg(QString::fromUtf8(headers),
                    QString::fromUtf8(bodyForLog(request.body, request.header("content-type"),
                                                 request.secretParameters)));
}

void logAnswer(const HttpRequest &request, const HttpResponse &response, qint64 elapsedMs)
{
    if (!lcHttpTrace().isDebugEnabled())
        return;
    QByteArray headers;
    for (const auto &[name, value] : redactHeaders(response.headers))
        headers += "\n    " + name + ": " + value;
    const QByteArray body
        = request.logResponseBody
              ? bodyForLog(response.body, response.header("content-type"), request.secretParameters)
              : "(" + QByteArray::number(response.body.size()) + " bytes)";
    qCDebug(lcHttpTrace).noquote()
        << u"← %1 %2 in %3 ms: %4%5\n    %6"_s.arg(request.label)
               .arg(response.status)
               .arg(elapsedMs)
               .arg(response.answered()
                        ? u"answer"_s
                        : HttpResponse::errorName(response.error) + u" "_s + response.errorString,
                    QString::fromUtf8(headers), QString::fromUtf8(body));
}

} // namespace cd::httplog
