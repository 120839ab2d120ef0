#include "providers/cloud/gce/gceapi.h"

#include "providers/cloud/gce/gceerrors.h"
#include "providers/cloud/gce/gcelogging.h"
#include "providers/cloud/gce/gcetokensource.h"
#include "providers/net/httpclient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGce, "clusterdeck.providers.gce", QtInfoMsg)

namespace cd {

namespace {

constexpr int kMaxPages = 10000;

CloudError cancelledError()
{
    CloudError error;
    error.kind = CloudError::Kind::Cancelled;
    error.message = GceApi::tr("The request was cancelled.");
    return error;
}

QString lastSegment(const QString &url)
{
    return url.section(u'/', -1);
}

} // namespace

struct GceApi::ListState
{
    Call call;
    ItemsCallback callback;
    QList<QJsonObject> items;
    QSet<QString> tokens;
    int pages = 0;
};

struct GceApi::PollState
{
    QString path;
    QString name;
    Callback callback;
    QDeadlineTimer deadline;
    QTimer *timer = nullptr;
    bool done = false;
};

GceApi::GceApi(HttpClient *http, GceTokenSource *tokens, Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_options(std::move(options))
{
    m_tokens->setParent(this);
    if (!m_options.base.path().endsWith(u'/'))
        m_options.base.setPath(m_options.base.path() + u'/');
}

GceApi::~GceApi()
{
    cancelAll();
}

void GceApi::cancelAll()
{
    if (m_http)
        m_http->cancel(this);
    m_tokens->cancelAll();
    const auto polls = m_polls;
    for (const auto &state : polls)
        endPoll(state, cancelledError());
}

void GceApi::call(const Call &call, Callback callback)
{
    ++m_calls;
    ++m_callsByWhat[call.what];
    send(call, std::move(callback), false);
}

void GceApi::send(const Call &call, Callback callback, bool renewed)
{
    m_tokens->token([this, self = QPointer(this), call, callback,
                     renewed](const CloudResult<QByteArray> &token) {
        if (!token)
            return callback(token.error());
        if (!self || !m_http)
            return callback(cancelledError());
        QUrl url
            = m_options.base.resolved(QUrl(u"projects/"_s + m_options.project + u'/' + call.path));
        url.setQuery(call.query);
        HttpRequest request;
        request.method = call.method;
        request.url = url;
        request.label = u"gce "_s + call.what;
        request.setHeader("Authorization", "Bearer " + token.value());
        if (call.body) {
            request.body = QJsonDocument(*call.body).toJson(QJsonDocument::Compact);
            request.setHeader("Content-Type", "application/json");
        }
        request.timeout = m_options.timeout;
        request.retrySafe = call.retrySafe;
        request.retryPolicy = m_options.retry;
        request.owner = this;
        request.classify = &gce::classify;
        request.secretParameters = call.secretFields;
        const QString where = url.host() + (url.port() > 0 ? u":%1"_s.arg(url.port()) : QString());
        // No context object (see Ec2Api::call): cancelAll() finishes the chain at once.
        m_http->send(std::move(request))
            .then([self, call, callback, renewed, where](const HttpResponse &response) {
                if (response.status == 401 && !renewed && self) {
                    // The token expired early or was revoked: one fresh token, one more try.
                    self->m_tokens->invalidate();
                    return self->send(call, callback, true);
                }
                if (!response.success()) {
                    const CloudError error = gce::toCloudError(response, call.what, where);
                    if (error.kind != CloudError::Kind::Cancelled)
                        qCInfo(lcGce).noquote() << call.what << u"failed:"_s << error.describe();
                    return callback(error);
                }
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
                if (!document.isObject() && !response.body.trimmed().isEmpty()) {
                    CloudError error;
                    error.kind = CloudError::Kind::Protocol;
                    error.httpStatus = response.status;
                    error.message = tr("The answer of %1 to %2 could not be read: %3")
                                        .arg(where, call.what, parseError.errorString());
                    return callback(error);
                }
                callback(document.object());
            });
    });
}

void GceApi::listAll(Call call, ItemsCallback callback)
{
    auto state = std::make_shared<ListState>();
    call.query.removeAllQueryItems(u"maxResults"_s);
    call.query.addQueryItem(u"maxResults"_s, QString::number(m_options.pageSize));
    state->call = std::move(call);
    state->callback = std::move(callback);
    nextPage(state);
}

void GceApi::nextPage(const std::shared_ptr<ListState> &state)
{
    this->call(state->call, [self = QPointer(this), state](const Reply &reply) {
        if (!reply)
            return state->callback(reply.error());
        const QJsonObject &page = reply.value();
        for (const QJsonValue &item : page.value(u"items"_s).toArray())
            state->items.append(item.toObject());
        const QString token = page.value(u"nextPageToken"_s).toString();
        if (token.isEmpty() || state->tokens.contains(token) || ++state->pages >= kMaxPages)
            return state->callback(state->items);
        if (!self)
            return state->callback(cancelledError());
        state->tokens.insert(token);
        state->call.query.removeAllQueryItems(u"pageToken"_s);
        state->call.query.addQueryItem(u"pageToken"_s, token);
        self->nextPage(state);
    });
}

void GceApi::waitOperation(const QJsonObject &operation, Callback callback)
{
    auto state = std::make_shared<PollState>();
    state->name = operation.value(u"name"_s).toString();
    // Zonal (instances), regional or global (firewalls) operations live in different places.
    if (const QString zone = lastSegment(operation.value(u"zone"_s).toString()); !zone.isEmpty())
        state->path = u"zones/%1/operations/%2"_s.arg(zone, state->name);
    else if (const QString region = lastSegment(operation.value(u"region"_s).toString());
             !region.isEmpty())
        state->path = u"regions/%1/operations/%2"_s.arg(region, state->name);
    else
        state->path = u"global/operations/"_s + state->name;
    state->callback = std::move(callback);
    state->deadline = QDeadlineTimer(m_options.operationTimeout);
    m_polls.append(state);
    if (operation.value(u"status"_s).toString() == u"DONE" || state->name.isEmpty())
        return endPoll(state, operation);
    state->timer = new QTimer(this);
    state->timer->setSingleShot(true);
    state->timer->setInterval(m_options.pollInterval);
    connect(state->timer, &QTimer::timeout, this, [this, state] { poll(state); });
    state->timer->start();
}

void GceApi::poll(const std::shared_ptr<PollState> &state)
{
    Call get;
    get.path = state->path;
    get.what
        = state->path.startsWith(u"zones/") ? u"zoneOperations.get"_s : u"globalOperations.get"_s;
    call(get, [self = QPointer(this), state](const Reply &reply) {
        if (!self || state->done)
            return;
        if (!reply || reply.value().value(u"status"_s).toString() == u"DONE")
            return self->endPoll(state, reply);
        if (state->deadline.hasExpired()) {
            CloudError error;
            error.kind = CloudError::Kind::Transient;
            error.code = u"timeout"_s;
            error.message = tr("The operation %1 did not finish in time.").arg(state->name);
            return self->endPoll(state, error);
        }
        state->timer->start();
    });
}

void GceApi::endPoll(const std::shared_ptr<PollState> &state, const Reply &reply)
{
    if (state->done)
        return;
    state->done = true;
    m_polls.removeOne(state);
    if (state->timer)
        state->timer->deleteLater();
    if (reply) {
        if (std::optional<CloudError> error = gce::operationError(reply.value())) {
            qCInfo(lcGce).noquote()
                << u"operation %1 failed:"_s.arg(state->name) << error->describe();
            return state->callback(*error);
        }
    }
    state->callback(reply);
}

} // namespace cd
