#include "providers/cloud/openstack/openstackapi.h"

#include "providers/cloud/openstack/openstackerrors.h"
#include "providers/cloud/openstack/openstacklogging.h"
#include "providers/net/httpclient.h"

#include <QJsonDocument>
#include <QPromise>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOpenStack, "clusterdeck.providers.openstack", QtInfoMsg)

namespace cd::openstack {

namespace {

constexpr int kMaxPages = 10000;

CloudError cancelled()
{
    CloudError error;
    error.kind = CloudError::Kind::Cancelled;
    error.message = OpenStackApi::tr("The request was cancelled.");
    return error;
}

QString versionSuffix(const QString &service)
{
    if (service == u"network")
        return u"/v2.0"_s;
    if (service == u"image")
        return u"/v2"_s;
    return {};
}

} // namespace

struct OpenStackApi::PageState
{
    QPromise<List> promise;
    ApiRequest request;
    QString collection;
    QJsonArray items;
    QSet<QString> markers;
    int pages = 0;
};

OpenStackApi::OpenStackApi(HttpClient *http, Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_options(std::move(options))
    , m_auth(new KeystoneAuth(http, m_options.auth, this))
{}

OpenStackApi::~OpenStackApi()
{
    cancelAll();
}

void OpenStackApi::cancelAll()
{
    if (m_http)
        m_http->cancel(this);
    m_auth->cancelAll();
}

CloudResult<QUrl> OpenStackApi::serviceUrl(const KeystoneToken &token, const QString &service) const
{
    QUrl url = m_options.endpointOverrides.value(service);
    if (url.isEmpty()) {
        auto found
            = KeystoneAuth::endpoint(token.catalog, service, m_options.region, m_options.interface);
        if (!found)
            return found;
        url = found.value();
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString suffix = versionSuffix(service);
    if (!suffix.isEmpty() && !path.endsWith(suffix))
        path += suffix;
    url.setPath(path);
    return url;
}

QFuture<OpenStackApi::Reply> OpenStackApi::call(const ApiRequest &request)
{
    ++m_calls;
    return send(request, false);
}

QFuture<OpenStackApi::Reply> OpenStackApi::send(const ApiRequest &request, bool renewed)
{
    // A promise finished by hand rather than then().unwrap(): the token is often ready at once,
    // and Qt 6.4 loses the result when unwrap() follows a continuation that ran synchronously.
    // No context objects: cancelAll() must finish the chain synchronously, also from the
    // destructor (see Ec2Api::call); `this` is reached through a QPointer only.
    auto promise = std::make_shared<QPromise<Reply>>();
    promise->start();
    QFuture<Reply> future = promise->future();
    const auto finish = [promise](Reply reply) {
        promise->addResult(std::move(reply));
        promise->finish();
    };
    m_auth->token().then([self = QPointer(this), request, renewed,
                          finish](const KeystoneAuth::TokenResult &token) {
        if (!token)
            return finish(Reply(token.error()));
        if (!self || !self->m_http)
            return finish(Reply(cancelled()));
        const auto base = self->serviceUrl(*token.value(), request.service);
        if (!base)
            return finish(Reply(base.error()));
        HttpRequest wire;
        wire.method = request.method;
        wire.url = base.value();
        wire.url.setPath(wire.url.path() + request.path);
        if (!request.query.isEmpty())
            wire.url.setQuery(request.query);
        wire.setHeader("X-Auth-Token", token.value()->id);
        wire.setHeader("Accept", "application/json");
        if (request.service == u"compute" && !self->m_options.computeMicroversion.isEmpty()) {
            const QByteArray version = self->m_options.computeMicroversion.toLatin1();
            wire.setHeader("OpenStack-API-Version", "compute " + version);
            wire.setHeader("X-OpenStack-Nova-API-Version", version);
        }
        if (request.body) {
            wire.body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
            wire.setHeader("Content-Type", "application/json");
        }
        wire.timeout = self->m_options.timeout;
        wire.retrySafe = request.retrySafe;
        wire.retryPolicy = self->m_options.retry;
        wire.caCertificates = self->m_options.auth.caCertificates;
        wire.owner = self.data();
        wire.secretParameters = {u"user_data"_s, u"adminPass"_s};
        const QString what
            = u"%1 %2 %3"_s.arg(request.service, QString::fromLatin1(request.method), request.path);
        wire.label = what;
        const QString where = base.value().host();
        const QByteArray tokenId = token.value()->id;
        self->m_http->send(std::move(wire))
            .then([self, request, renewed, what, where, tokenId,
                   finish](const HttpResponse &response) {
                if (response.answered() && response.status == 401 && !renewed && self) {
                    // Revoked or expired early: one fresh token, one more try.
                    qCInfo(lcOpenStack).noquote() << what << u"refused the token; renewing"_s;
                    self->m_auth->invalidate(tokenId);
                    self->send(request, true).then([finish](const Reply &reply) { finish(reply); });
                    return;
                }
                if (!response.success()) {
                    CloudError error = toCloudError(response, what, where);
                    if (error.kind != CloudError::Kind::Cancelled)
                        qCInfo(lcOpenStack).noquote() << what << u"failed:"_s << error.describe();
                    return finish(Reply(error));
                }
                ApiReply reply;
                reply.status = response.status;
                reply.headers = response.headers;
                if (!response.body.trimmed().isEmpty()) {
                    QJsonParseError parseError;
                    const auto document = QJsonDocument::fromJson(response.body, &parseError);
                    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                        CloudError error;
                        error.kind = CloudError::Kind::Protocol;
                        error.httpStatus = response.status;
                        error.message = tr("The answer of %1 to %2 could not be read: %3")
                                            .arg(where, what, parseError.errorString());
                        return finish(Reply(error));
                    }
                    reply.json = document.object();
                }
                finish(Reply(std::move(reply)));
            });
    });
    return future;
}

QString OpenStackApi::nextMarker(const QJsonObject &page, const QString &collection)
{
    QString next = page.value(u"next").toString(); // Glance
    for (const QJsonValue &link : page.value(collection + u"_links"_s).toArray()) {
        if (link.toObject().value(u"rel").toString() == u"next")
            next = link.toObject().value(u"href").toString();
    }
    if (next.isEmpty())
        return {};
    return QUrlQuery(QUrl(next).query()).queryItemValue(u"marker"_s, QUrl::FullyDecoded);
}

QFuture<OpenStackApi::List>
OpenStackApi::listAll(const ApiRequest &request, const QString &collection, int pageSize)
{
    auto state = std::make_shared<PageState>();
    state->request = request;
    if (pageSize > 0) {
        state->request.query.removeAllQueryItems(u"limit"_s);
        state->request.query.addQueryItem(u"limit"_s, QString::number(pageSize));
    }
    state->collection = collection;
    state->promise.start();
    auto future = state->promise.future();
    nextPage(state);
    return future;
}

void OpenStackApi::nextPage(const std::shared_ptr<PageState> &state)
{
    call(state->request).then([self = QPointer(this), state](const Reply &reply) {
        if (!reply) {
            state->promise.addResult(List(reply.error()));
            state->promise.finish();
            return;
        }
        const QJsonArray items = reply.value().json.value(state->collection).toArray();
        for (const QJsonValue &item : items)
            state->items.append(item);
        const QString marker = nextMarker(reply.value().json, state->collection);
        if (!items.isEmpty() && !marker.isEmpty() && !state->markers.contains(marker)
            && ++state->pages < kMaxPages && self) {
            state->markers.insert(marker);
            state->request.query.removeAllQueryItems(u"marker"_s);
            state->request.query.addQueryItem(u"marker"_s, marker);
            self->nextPage(state);
            return;
        }
        state->promise.addResult(List(std::move(state->items)));
        state->promise.finish();
    });
}

} // namespace cd::openstack
