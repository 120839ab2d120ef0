#include "providers/cloud/openstack/keystoneauth.h"

#include "providers/cloud/openstack/openstackerrors.h"
#include "providers/cloud/openstack/openstacklogging.h"
#include "providers/net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd::openstack {

namespace {

QJsonObject named(const QString &name, const QString &id)
{
    return id.isEmpty() ? QJsonObject{{u"name"_s, name}} : QJsonObject{{u"id"_s, id}};
}

QJsonObject domain(const QString &name, const QString &id)
{
    if (!id.isEmpty())
        return QJsonObject{{u"id"_s, id}};
    return QJsonObject{{u"name"_s, name.isEmpty() ? u"Default"_s : name}};
}

} // namespace

KeystoneAuth::KeystoneAuth(HttpClient *http, Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_options(std::move(options))
{}

KeystoneAuth::~KeystoneAuth()
{
    cancelAll();
}

void KeystoneAuth::cancelAll()
{
    if (m_http)
        m_http->cancel(this);
}

QUrl KeystoneAuth::normalizedAuthUrl(QString url)
{
    url = url.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    if (url.endsWith(u"/v2.0"))
        url.chop(5);
    if (!url.endsWith(u"/v3"))
        url += u"/v3"_s;
    return QUrl(url, QUrl::StrictMode);
}

QByteArray KeystoneAuth::requestBody(const KeystoneCredentials &c)
{
    QJsonObject identity;
    QJsonObject auth;
    if (c.usesApplicationCredential()) {
        QJsonObject credential{{u"secret"_s, QString::fromUtf8(c.applicationCredentialSecret)}};
        if (!c.applicationCredentialId.isEmpty()) {
            credential.insert(u"id"_s, c.applicationCredentialId);
        } else {
            credential.insert(u"name"_s, c.applicationCredentialName);
            QJsonObject user = named(c.userName, c.userId);
            if (c.userId.isEmpty())
                user.insert(u"domain"_s, domain(c.userDomainName, c.userDomainId));
            credential.insert(u"user"_s, user);
        }
        identity.insert(u"methods"_s, QJsonArray{u"application_credential"_s});
        identity.insert(u"application_credential"_s, credential);
        // An application credential is bound to its project: no scope may be given.
    } else {
        QJsonObject user = named(c.userName, c.userId);
        if (c.userId.isEmpty())
            user.insert(u"domain"_s, domain(c.userDomainName, c.userDomainId));
        user.insert(u"password"_s, QString::fromUtf8(c.password));
        identity.insert(u"methods"_s, QJsonArray{u"password"_s});
        identity.insert(u"password"_s, QJsonObject{{u"user"_s, user}});
        if (!c.projectId.isEmpty() || !c.projectName.isEmpty()) {
            QJsonObject project = named(c.projectName, c.projectId);
            if (c.projectId.isEmpty())
                project.insert(u"domain"_s, domain(c.projectDomainName, c.projectDomainId));
            auth.insert(u"scope"_s, QJsonObject{{u"project"_s, project}});
        }
    }
    auth.insert(u"identity"_s, identity);
    return QJsonDocument(QJsonObject{{u"auth"_s, auth}}).toJson(QJsonDocument::Compact);
}

CloudResult<QUrl> KeystoneAuth::endpoint(const QJsonArray &catalog,
                                         const QString &type,
                                         const QString &region,
                                         const QString &interface)
{
    const QString wanted = interface.isEmpty() ? u"public"_s : interface;
    QStringList seen;
    for (const QJsonValue &service : catalog) {
        const QJsonObject object = service.toObject();
        if (object.value(u"type").toString() != type)
            continue;
        for (const QJsonValue &value : object.value(u"endpoints").toArray()) {
            const QJsonObject e = value.toObject();
            const QString where = e.value(u"region_id").toString(e.value(u"region").toString());
            seen << u"%1/%2"_s.arg(where, e.value(u"interface").toString());
            if (e.value(u"interface").toString() != wanted
                || (!region.isEmpty() && where != region
                    && e.value(u"region").toString() != region))
                continue;
            QUrl url(e.value(u"url").toString(), QUrl::StrictMode);
            if (url.isValid() && !url.host().isEmpty())
                return url;
        }
    }
    CloudError error;
    error.kind = CloudError::Kind::NotFound;
    error.message
        = seen.isEmpty()
              ? tr("The cloud's catalog has no “%1” service.").arg(type)
              : tr("The cloud's catalog has no %1 endpoint for %2 in region “%3” (it has: %4).")
                    .arg(wanted, type, region.isEmpty() ? u"*"_s : region, seen.join(u", "));
    return error;
}

void KeystoneAuth::invalidate(const QByteArray &tokenId)
{
    if (m_token && m_token->id == tokenId)
        m_token.reset();
}

QFuture<KeystoneAuth::TokenResult> KeystoneAuth::token()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_token
        && (!m_token->expires.isValid()
            || now.addSecs(m_options.renewBefore.count()) < m_token->expires))
        return QtFuture::makeReadyFuture(TokenResult(m_token));
    auto waiter = std::make_shared<QPromise<TokenResult>>();
    waiter->start();
    QFuture<TokenResult> future = waiter->future();
    if (m_waiters) {
        m_waiters->append(waiter);
        return future;
    }
    m_waiters = std::make_shared<QList<std::shared_ptr<QPromise<TokenResult>>>>();
    m_waiters->append(waiter);
    const auto waiters = m_waiters;

    ++m_authCount;
    HttpRequest request;
    request.method = "POST";
    request.url = m_options.authUrl;
    request.url.setPath(request.url.path() + u"/auth/tokens"_s);
    request.body = requestBody(m_options.credentials);
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.timeout = m_options.timeout;
    request.retrySafe = true; // a second token does no harm
    request.retryPolicy = m_options.retry;
    request.caCertificates = m_options.caCertificates;
    request.owner = this;
    request.label = u"keystone POST /v3/auth/tokens"_s;
    request.logResponseBody = false;
    const QString where = m_options.authUrl.host();
    // Every waiter gets the one answer; the next token() after it starts afresh.
    const auto deliver = [self = QPointer(this), waiters](const TokenResult &result) {
        if (self && self->m_waiters == waiters)
            self->m_waiters.reset();
        for (const auto &promise : std::as_const(*waiters)) {
            promise->addResult(result);
            promise->finish();
        }
    };
    if (!m_http) {
        CloudError error;
        error.kind = CloudError::Kind::Cancelled;
        deliver(TokenResult(error));
        return future;
    }
    // No context object: the step must finish even while this object is being destroyed
    // (cancelAll() runs it synchronously), and it touches `this` only through a QPointer.
    m_http->send(std::move(request))
        .then([self = QPointer(this), where](const HttpResponse &response) {
            if (!response.success()) {
                CloudError error
                    = toCloudError(response, u"keystone POST /v3/auth/tokens"_s, where);
                if (response.answered() && error.kind == CloudError::Kind::NotFound)
                    error.kind = CloudError::Kind::Auth; // wrong auth_url
                qCInfo(lcOpenStack).noquote() << u"authentication failed:"_s << error.describe();
                return TokenResult(error);
            }
            const QJsonObject body
                = QJsonDocument::fromJson(response.body).object().value(u"token").toObject();
            auto token = std::make_shared<KeystoneToken>();
            token->id = response.header("X-Subject-Token");
            token->expires
                = QDateTime::fromString(body.value(u"expires_at").toString(), Qt::ISODateWithMs);
            token->expires.setTimeSpec(Qt::UTC);
            token->catalog = body.value(u"catalog").toArray();
            token->projectId = body.value(u"project").toObject().value(u"id").toString();
            if (token->id.isEmpty()) {
                CloudError error;
                error.kind = CloudError::Kind::Protocol;
                error.httpStatus = response.status;
                error.message = tr("%1 answered without an X-Subject-Token.").arg(where);
                return TokenResult(error);
            }
            if (self)
                self->m_token = token;
            return TokenResult(TokenPtr(token));
        })
        .then([deliver](const TokenResult &result) { deliver(result); });
    return future;
}

} // namespace cd::openstack
