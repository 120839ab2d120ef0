#include "providers/cloud/openstack/openstackerrors.h"

#include "providers/cloud/transporterror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::openstack {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(OpenStackProvider)
};

bool aboutQuota(const ErrorBody &body)
{
    return body.code.contains(u"OverQuota", Qt::CaseInsensitive)
           || body.code.compare(u"overLimit", Qt::CaseInsensitive) == 0
           || body.message.contains(u"quota exceeded", Qt::CaseInsensitive)
           || body.message.contains(u"exceeds quota", Qt::CaseInsensitive)
           || body.message.contains(u"over quota", Qt::CaseInsensitive);
}

} // namespace

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody result;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.isEmpty()) {
        // Glance and proxies answer with text or a small HTML page.
        static const QRegularExpression tags(u"<[^>]*>"_s);
        QString text = QString::fromUtf8(body).remove(tags).simplified();
        result.message = text.left(300);
        return result;
    }
    if (root.contains(u"message") && root.value(u"message").isString()) {
        result.message = root.value(u"message").toString();
        return result;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject inner = it.value().toObject();
        if (it.key() == u"error") { // Keystone
            result.code = inner.value(u"title").toString();
            result.message = inner.value(u"message").toString();
        } else if (it.key() == u"NeutronError") {
            result.code = inner.value(u"type").toString();
            result.message = inner.value(u"message").toString();
        } else { // Nova: the fault's name is the key
            result.code = it.key();
            result.message = inner.value(u"message").toString();
        }
        return result;
    }
    return result;
}

CloudError::Kind kindFor(int status, const ErrorBody &body)
{
    using Kind = CloudError::Kind;
    if (status == 413 || (status >= 400 && status < 500 && status != 401 && aboutQuota(body)))
        return Kind::Quota;
    if (status == 401 || status == 403)
        return Kind::Auth;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::Throttled;
    if (status >= 500)
        return Kind::Transient;
    if (status >= 400)
        return Kind::InvalidRequest;
    return Kind::Protocol;
}

CloudError toCloudError(const HttpResponse &response, const QString &what, const QString &where)
{
    CloudError error;
    error.httpStatus = response.status;
    if (!response.answered()) {
        error.kind = transportErrorKind(response.error);
        error.message = transportErrorMessage(response, where);
    } else {
        const ErrorBody body = parseErrorBody(response.body);
        error.kind = kindFor(response.status, body);
        error.code = body.code;
        error.message = body.message.isEmpty()
                            ? Tr::tr("%1 failed with HTTP %2.").arg(what).arg(response.status)
                            : body.message;
        error.requestId = QString::fromLatin1(response.header("x-openstack-request-id"));
        if (error.requestId.isEmpty())
            error.requestId = QString::fromLatin1(response.header("x-compute-request-id"));
    }
    if (response.attempts > 1)
        error.message += u' ' + Tr::tr("(gave up after %1 attempts)").arg(response.attempts);
    return error;
}

} // namespace cd::openstack
