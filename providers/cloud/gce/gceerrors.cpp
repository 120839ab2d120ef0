#include "providers/cloud/gce/gceerrors.h"

#include "providers/cloud/transporterror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cd::gce {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(GceProvider)
};

struct Body
{
    QString reason;
    QString message;
};

// {"error": {"code", "message", "status", "errors": [{"reason", "message"}]}} (JSON API) or
// {"error": "invalid_grant", "error_description": "..."} (OAuth2 token endpoint).
std::optional<Body> parseBody(const QByteArray &data)
{
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    const QJsonValue error = root.value(u"error"_s);
    if (error.isString())
        return Body{error.toString(), root.value(u"error_description"_s).toString()};
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject e = error.toObject();
    Body body{{}, e.value(u"message"_s).toString()};
    const QJsonArray errors = e.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        body.reason = first.value(u"reason"_s).toString();
        if (body.message.isEmpty())
            body.message = first.value(u"message"_s).toString();
    }
    if (body.reason.isEmpty())
        body.reason = e.value(u"status"_s).toString();
    return body;
}

} // namespace

CloudError::Kind kindFor(const QString &reason, int status)
{
    using Kind = CloudError::Kind;
    const QString r = reason.toLower();
    if (r == u"ratelimitexceeded" || r == u"userratelimitexceeded" || r == u"backenderror"
        || r == u"rate_limit_exceeded")
        return r == u"backenderror" ? Kind::Transient : Kind::Throttled;
    if (r.contains(u"quota") || r == u"zone_resource_pool_exhausted"
        || r == u"zone_resource_pool_exhausted_with_details" || r == u"resource_exhausted")
        return Kind::Quota;
    if (r == u"notfound" || r == u"resource_not_found" || r == u"not_found")
        return Kind::NotFound;
    if (r == u"invalid_grant" || r == u"invalid_client" || r == u"unauthorized_client"
        || r == u"autherror" || r == u"unauthenticated" || r == u"forbidden"
        || r == u"permission_denied" || r == u"insufficientpermissions")
        return Kind::Auth;
    if (status == 401 || status == 403)
        return Kind::Auth;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::Throttled;
    if (status >= 500)
        return Kind::Transient;
    return Kind::InvalidRequest;
}

CloudError toCloudError(const HttpResponse &response, const QString &what, const QString &where)
{
    CloudError error;
    error.httpStatus = response.status;
    if (!response.answered()) {
        error.kind = transportErrorKind(response.error);
        error.message = transportErrorMessage(response, where);
    } else if (const std::optional<Body> body = parseBody(response.body)) {
        error.kind = kindFor(body->reason, response.status);
        error.code = body->reason;
        error.message = body->message.isEmpty()
                            ? Tr::tr("%1 failed with HTTP %2.").arg(what).arg(response.status)
                            : body->message;
    } else {
        error.kind = kindFor({}, response.status);
        error.message = Tr::tr("%1 answered %2 with HTTP %3 and no Google error.")
                            .arg(where, what)
                            .arg(response.status);
    }
    if (response.attempts > 1)
        error.message += u' ' + Tr::tr("(gave up after %1 attempts)").arg(response.attempts);
    return error;
}

std::optional<CloudError> operationError(const QJsonObject &operation)
{
    const QJsonArray errors = operation.value(u"error"_s).toObject().value(u"errors"_s).toArray();
    if (errors.isEmpty())
        return std::nullopt;
    CloudError error;
    error.httpStatus = operation.value(u"httpErrorStatusCode"_s).toInt();
    QStringList messages;
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        if (error.code.isEmpty())
            error.code = e.value(u"code"_s).toString();
        messages << e.value(u"message"_s).toString(e.value(u"code"_s).toString());
    }
    error.kind = kindFor(error.code, error.httpStatus);
    error.message = messages.join(u"; "_s);
    error.requestId = operation.value(u"name"_s).toString();
    return error;
}

HttpRetry classify(const HttpResponse &response, HttpRetry byDefault)
{
    if (!response.answered() || response.success())
        return byDefault;
    if (const std::optional<Body> body = parseBody(response.body)) {
        const CloudError::Kind kind = kindFor(body->reason, response.status);
        if (kind == CloudError::Kind::Throttled)
            return HttpRetry::Throttled;
        if (kind == CloudError::Kind::Transient)
            return HttpRetry::Transient;
        return HttpRetry::Never;
    }
    return byDefault;
}

} // namespace cd::gce
