#include "providers/cloud/gce/gcetokensource.h"

#include "providers/cloud/gce/gceerrors.h"
#include "providers/cloud/gce/gcejwt.h"
#include "providers/cloud/gce/gcelogging.h"
#include "providers/net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QByteArray formEncode(const QList<std::pair<QString, QByteArray>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '='
                + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return body;
}

} // namespace

GceTokenSource::GceTokenSource(HttpClient *http, Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_options(std::move(options))
{
    if (m_options.tokenEndpoint.isEmpty())
        m_options.tokenEndpoint = QUrl(m_options.credentials.tokenUri);
}

GceTokenSource::~GceTokenSource()
{
    cancelAll();
}

QDateTime GceTokenSource::now() const
{
    return m_options.now ? m_options.now() : QDateTime::currentDateTimeUtc();
}

void GceTokenSource::cancelAll()
{
    if (m_http && m_fetching)
        m_http->cancel(this);
}

void GceTokenSource::invalidate()
{
    m_token.clear();
    m_expiry = {};
}

void GceTokenSource::token(Callback callback)
{
    if (!m_token.isEmpty() && now().addSecs(m_options.renewBefore.count()) < m_expiry) {
        callback(m_token);
        return;
    }
    m_waiting.append(std::move(callback));
    if (!m_fetching)
        fetch();
}

void GceTokenSource::fetch()
{
    m_fetching = true;
    ++m_exchanges;
    const gce::Credentials &c = m_options.credentials;
    HttpRequest request;
    request.method = "POST";
    request.url = m_options.tokenEndpoint;
    request.label = u"gce oauth2 token"_s;
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.timeout = m_options.timeout;
    request.retrySafe = true; // a token exchange changes nothing
    request.retryPolicy = m_options.retry;
    request.owner = this;
    request.logResponseBody = false; // it carries the access token
    request.secretParameters = {u"assertion"_s, u"refresh_token"_s, u"client_secret"_s};
    request.classify = &gce::classify;
    const QString scope = m_options.scope;
    // The JWT is signed per attempt so that a retried exchange carries a fresh iat/exp.
    request.prepare = [c, scope](HttpRequest &wire, QString *error) {
        if (c.type == gce::Credentials::Type::AuthorizedUser) {
            wire.body = formEncode({{u"grant_type"_s, "refresh_token"},
                                    {u"client_id"_s, c.clientId.toUtf8()},
                                    {u"client_secret"_s, c.clientSecret},
                                    {u"refresh_token"_s, c.refreshToken}});
            return true;
        }
        // Google checks iat/exp against its own clock: always the real time here.
        const qint64 iat = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{{u"iss"_s, c.clientEmail},
                                 {u"scope"_s, scope},
                                 {u"aud"_s, c.tokenUri},
                                 {u"iat"_s, iat},
                                 {u"exp"_s, iat + 3600}};
        const QByteArray jwt = gce::signedJwt(claims, c.privateKeyPem, c.privateKeyId, error);
        if (jwt.isEmpty())
            return false;
        wire.body = formEncode({{u"grant_type"_s, "urn:ietf:params:oauth:grant-type:jwt-bearer"},
                                {u"assertion"_s, jwt}});
        return true;
    };
    if (!m_http) {
        CloudError error;
        error.kind = CloudError::Kind::Cancelled;
        error.message = tr("The request was cancelled.");
        return finish(error);
    }
    const QString where = m_options.tokenEndpoint.host();
    // No context object: the answer is handled where it is delivered, so cancelAll() finishes
    // the exchange synchronously (see Ec2Api::call).
    m_http->send(std::move(request))
        .then([self = QPointer(this), where](const HttpResponse &response) {
            if (!self)
                return;
            if (!response.success())
                return self->finish(gce::toCloudError(response, u"oauth2 token"_s, where));
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            const QByteArray token = o.value(u"access_token"_s).toString().toUtf8();
            if (token.isEmpty()) {
                CloudError error;
                error.kind = CloudError::Kind::Protocol;
                error.httpStatus = response.status;
                error.message
                    = tr("The token endpoint %1 answered without an access token.").arg(where);
                return self->finish(error);
            }
            const int expiresIn = o.value(u"expires_in"_s).toInt(3600);
            self->m_token = token;
            self->m_expiry = self->now().addSecs(expiresIn);
            qCDebug(lcGce) << "access token renewed, valid for" << expiresIn << "s";
            self->finish(token);
        });
}

void GceTokenSource::finish(const CloudResult<QByteArray> &result)
{
    m_fetching = false;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(result);
}

} // namespace cd
