#include "providers/cloud/ec2/ec2api.h"

#include "providers/cloud/ec2/ec2errors.h"
#include "providers/cloud/ec2/ec2logging.h"
#include "providers/net/httpclient.h"

#include <QPromise>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEc2, "clusterdeck.providers.ec2", QtInfoMsg)

namespace cd {

namespace {

constexpr int kMaxPages = 10000;

HttpResponse cancelled()
{
    HttpResponse response;
    response.error = HttpResponse::Error::Cancelled;
    return response;
}

HttpRetry classify(const HttpResponse &response, HttpRetry byDefault, const QStringList &retryCodes)
{
    if (!response.answered())
        return byDefault;
    if (response.success())
        return looksComplete(response.body) ? HttpRetry::Never : HttpRetry::Transient;
    const auto root = parseXml(response.body);
    const auto body = root ? ec2::parseError(root.value()) : std::nullopt;
    if (!body)
        return byDefault;
    if (ec2::isThrottlingCode(body->code))
        return HttpRetry::Throttled;
    if (retryCodes.contains(body->code))
        return HttpRetry::Transient;
    if (ec2::kindForCode(body->code, response.status) == CloudError::Kind::Transient)
        return HttpRetry::Transient;
    return byDefault == HttpRetry::Throttled ? byDefault : HttpRetry::Never;
}

} // namespace

struct Ec2Api::PageState
{
    QPromise<Pages> promise;
    QString action;
    Ec2Query query;
    CallOptions options;
    std::vector<XmlElement> pages;
    QSet<QString> tokens;
    QString token;
};

Ec2Api::Ec2Api(HttpClient *http, Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_options(std::move(options))
    , m_signer(m_options.credentials, m_options.region, u"ec2"_s)
    , m_where(QString::fromUtf8(hostHeader(m_options.endpoint)))
{}

Ec2Api::~Ec2Api()
{
    cancelAll();
}

void Ec2Api::cancelAll()
{
    if (m_http)
        m_http->cancel(this);
}

QByteArray Ec2Api::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int standard = url.scheme() == u"https" ? 443 : 80;
    if (port != -1 && port != standard)
        host += ':' + QByteArray::number(port);
    return host;
}

QFuture<Ec2Api::Reply>
Ec2Api::call(const QString &action, const Ec2Query &query, const CallOptions &options)
{
    ++m_calls;
    ++m_callsByAction[action];

    HttpRequest request;
    request.method = "POST";
    request.url = m_options.endpoint;
    request.label = u"ec2 "_s + action;
    request.body = query.encode(action, m_options.apiVersion);
    request.setHeader("Host", hostHeader(m_options.endpoint));
    request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    request.timeout = m_options.timeout;
    request.retrySafe = options.retrySafe;
    request.owner = this;
    request.retryPolicy = m_options.retry;
    request.secretParameters = {u"UserData"_s};
    request.prepare = [signer = m_signer](HttpRequest &wire, QString *error) {
        SigV4Request signable;
        signable.method = wire.method;
        signable.path = wire.url.path(QUrl::FullyEncoded).toUtf8();
        signable.query = wire.url.query(QUrl::FullyEncoded).toUtf8();
        signable.headers = wire.headers;
        signable.body = wire.body;
        if (!signer.sign(signable, QDateTime::currentDateTimeUtc())) {
            *error = tr("The EC2 access key or secret key is missing.");
            return false;
        }
        wire.headers = std::move(signable.headers);
        return true;
    };
    request.classify
        = [codes = options.retryCodes](const HttpResponse &response, HttpRetry byDefault) {
              return classify(response, byDefault, codes);
          };

    if (!m_http)
        return QtFuture::makeReadyFuture(
            Reply(ec2::toCloudError(cancelled(), std::nullopt, action, m_where)));
    // No context object on purpose: this step needs nothing of `this` and runs synchronously
    // where the answer is delivered, so cancelAll() finishes the whole chain at once (Qt 6.4
    // asserts when a continuation's context dies before its future finishes).
    return m_http->send(std::move(request))
        .then([where = m_where, action](const HttpResponse &response) -> Reply {
            if (!response.answered())
                return ec2::toCloudError(response, std::nullopt, action, where);
            auto root = parseXml(response.body);
            if (response.success() && root && !ec2::parseError(root.value()))
                return std::move(root).value();
            if (!response.success() || root) {
                const auto body = root ? ec2::parseError(root.value()) : std::nullopt;
                CloudError error = ec2::toCloudError(response, body, action, where);
                qCInfo(lcEc2).noquote() << action << u"failed:"_s << error.describe();
                return error;
            }
            CloudError error;
            error.kind = CloudError::Kind::Protocol;
            error.httpStatus = response.status;
            error.message = tr("The answer of %1 to %2 could not be read: %3")
                                .arg(where, action, root.error().message);
            ec2::noteAttempts(error, response.attempts);
            return error;
        });
}

QFuture<Ec2Api::Pages>
Ec2Api::callAllPages(const QString &action, const Ec2Query &query, const CallOptions &options)
{
    auto state = std::make_shared<PageState>();
    state->action = action;
    state->query = query;
    state->options = options;
    state->promise.start();
    QFuture<Pages> future = state->promise.future();
    nextPage(state);
    return future;
}

void Ec2Api::nextPage(std::shared_ptr<PageState> state)
{
    Ec2Query query = state->query;
    if (!state->token.isEmpty())
        query.add(u"NextToken"_s, state->token);
    call(state->action, query, state->options)
        .then([self = QPointer(this), state](const Reply &reply) {
            if (reply && !self) {
                state->promise.addResult(
                    Pages(ec2::toCloudError(cancelled(), std::nullopt, state->action, QString())));
                state->promise.finish();
                return;
            }
            if (!reply) {
                state->promise.addResult(Pages(reply.error()));
                state->promise.finish();
                return;
            }
            state->pages.push_back(reply.value());
            const QString token = reply.value().childText(u"nextToken");
            if (!token.isEmpty() && !state->tokens.contains(token)
                && int(state->pages.size()) < kMaxPages) {
                state->tokens.insert(token);
                state->token = token;
                self->nextPage(state);
                return;
            }
            state->promise.addResult(Pages(std::move(state->pages)));
            state->promise.finish();
        });
}

} // namespace cd
