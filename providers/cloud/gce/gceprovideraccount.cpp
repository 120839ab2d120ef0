// GceProvider: construction from a config, and the listings the wizard and the pre-flight
// check use (machine types, images, networks, regional quota).
#include "providers/cloud/gce/gceprovider.h"

#include "providers/cloud/accountnumbers.h"
#include "providers/cloud/gce/gcecredentials.h"
#include "providers/cloud/gce/gcenames.h"
#include "providers/cloud/gce/gcetokensource.h"
#include "providers/net/httpclient.h"

#include <QFile>
#include <QPromise>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// The account's own service account key first; then ElastiCluster's OAuth client
// (gce_client_id, gce_client_secret) with a refresh token of the account; Application Default
// Credentials only when the account has neither.
std::optional<gce::Credentials> accountCredentials(const ProviderConfig &config, QString *error)
{
    QByteArray json = config.secrets.value(u"service_account_json"_s);
    QString source = GceProvider::tr("the account's service account key");
    const QByteArray refreshToken = config.secrets.value(u"gce_refresh_token"_s);
    if (json.isEmpty() && !refreshToken.isEmpty()) {
        gce::Credentials user;
        user.type = gce::Credentials::Type::AuthorizedUser;
        user.clientId = config.settings.value(u"gce_client_id"_s).trimmed();
        user.clientSecret = config.secrets.value(u"gce_client_secret"_s);
        user.refreshToken = refreshToken;
        user.tokenUri = QString::fromLatin1(gce::DefaultTokenUri);
        if (user.clientId.isEmpty() || user.clientSecret.isEmpty()) {
            *error = GceProvider::tr("The GCE account “%1” has a refresh token but no "
                                     "gce_client_id or gce_client_secret.")
                         .arg(config.name);
            return std::nullopt;
        }
        return user;
    }
    if (json.isEmpty()) {
        QString path = config.settings.value(u"gce_service_account_file"_s).trimmed();
        if (path.isEmpty())
            path = gce::Credentials::defaultCredentialsPath();
        if (path.isEmpty()) {
            *error = GceProvider::tr("The GCE account “%1” has no credentials: add its service "
                                     "account key (service_account_json) or run `gcloud auth "
                                     "application-default login`.")
                         .arg(config.name);
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = GceProvider::tr("The Google credentials file %1 cannot be read: %2")
                         .arg(path, file.errorString());
            return std::nullopt;
        }
        json = file.readAll();
        source = path;
    }
    QString why;
    std::optional<gce::Credentials> credentials = gce::Credentials::parse(json, &why);
    if (!credentials)
        *error = GceProvider::tr("The GCE account “%1”: %2 (%3)").arg(config.name, why, source);
    return credentials;
}

template<typename T, typename Convert>
QFuture<CloudResult<QList<T>>> listed(GceApi *api, GceApi::Call call, Convert convert)
{
    auto promise = std::make_shared<QPromise<CloudResult<QList<T>>>>();
    promise->start();
    auto future = promise->future();
    api->listAll(std::move(call), [promise, convert](const GceApi::Items &items) {
        if (!items) {
            promise->addResult(items.error());
        } else {
            QList<T> result;
            for (const QJsonObject &o : items.value())
                result.append(convert(o));
            promise->addResult(result);
        }
        promise->finish();
    });
    return future;
}

} // namespace

std::unique_ptr<CloudProvider>
GceProvider::create(const ProviderConfig &config, const ProviderContext &context, QString *error)
{
    const auto fail = [error](const QString &message) -> std::unique_ptr<CloudProvider> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!context.http)
        return fail(tr("No HTTP client was given to the GCE provider."));
    GceApi::Options options;
    options.project
        = config.project.isEmpty() ? config.settings.value(u"gce_project_id"_s) : config.project;
    options.project = options.project.trimmed();
    options.zone = config.zone.isEmpty() ? config.settings.value(u"zone"_s, u"us-central1-a"_s)
                                         : config.zone;
    options.zone = options.zone.trimmed();
    if (options.project.isEmpty())
        return fail(tr("The GCE account “%1” names no project (gce_project_id).").arg(config.name));

    QString why;
    std::optional<gce::Credentials> credentials = accountCredentials(config, &why);
    if (!credentials)
        return fail(why);

    QString endpoint = config.endpoint.trimmed();
    if (!endpoint.isEmpty()) {
        QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return fail(tr("The GCE endpoint “%1” of account “%2” is not an http(s) URL.")
                            .arg(endpoint, config.name));
        options.base = url;
    }

    int pollMs = 2000;
    int operationSeconds = 600;
    AccountNumbers numbers(u"gce"_s, context.http->retryPolicy());
    numbers.add(u"gce_page_size"_s, 1, 500, &options.pageSize);
    numbers.add(u"gce_poll_interval_ms"_s, 1, 60000, &pollMs);
    numbers.add(u"gce_operation_timeout_s"_s, 1, 7200, &operationSeconds);
    if (const QString bad = numbers.read(config, u"GCE"_s); !bad.isEmpty())
        return fail(bad);
    options.timeout = numbers.timeout();
    options.pollInterval = std::chrono::milliseconds(pollMs);
    options.operationTimeout = std::chrono::seconds(operationSeconds);
    const RetryPolicy retry = numbers.retry();
    options.retry = retry;

    GceTokenSource::Options tokenOptions;
    tokenOptions.credentials = std::move(*credentials);
    tokenOptions.tokenEndpoint = QUrl(config.settings.value(u"gce_token_uri"_s).trimmed());
    tokenOptions.retry = retry;
    auto *tokens = new GceTokenSource(context.http, std::move(tokenOptions));
    auto *api = new GceApi(context.http, tokens, std::move(options));
    Settings settings;
    if (const QString network = config.settings.value(u"network"_s).trimmed(); !network.isEmpty())
        settings.network = network;
    return std::make_unique<GceProvider>(api, settings);
}

QFuture<CloudResult<QList<FlavorInfo>>> GceProvider::listFlavors()
{
    GceApi::Call call;
    call.path = m_api->zonePath() + u"/machineTypes"_s;
    call.what = u"machineTypes.list"_s;
    return listed<FlavorInfo>(m_api, call, &gce::flavorFromJson);
}

QFuture<CloudResult<QList<NetworkInfo>>> GceProvider::listNetworks()
{
    GceApi::Call call;
    call.path = u"global/networks"_s;
    call.what = u"networks.list"_s;
    return listed<NetworkInfo>(m_api, call, &gce::networkFromJson);
}

QFuture<CloudResult<QList<ImageInfo>>> GceProvider::listImages(const ImageQuery &query)
{
    // The project's own images; another project's (e.g. debian-cloud) when it is the owner
    // asked for. The API cannot list other projects in the same call, so the first owner wins.
    QString owner = query.owners.value(0);
    if (owner.isEmpty() || owner == u"self")
        owner = m_api->options().project;
    GceApi::Call call;
    call.path = u"global/images"_s;
    call.what = u"images.list"_s;
    if (!query.nameFilter.isEmpty())
        call.query.addQueryItem(u"filter"_s, u"name eq \".*%1.*\""_s.arg(query.nameFilter));
    const QString project = m_api->options().project;
    if (owner != project) {
        // images.list is per project: the path names the owner instead of ours.
        call.path = u"../%1/global/images"_s.arg(owner);
    }
    const int limit = query.limit;
    return listed<ImageInfo>(m_api, call, &gce::imageFromJson)
        .then(
            [limit](const CloudResult<QList<ImageInfo>> &images) -> CloudResult<QList<ImageInfo>> {
                if (!images || limit <= 0)
                    return images;
                return images.value().mid(0, limit);
            });
}

QFuture<CloudResult<QuotaInfo>> GceProvider::quota()
{
    auto promise = std::make_shared<QPromise<CloudResult<QuotaInfo>>>();
    promise->start();
    auto future = promise->future();
    const QString zone = m_api->options().zone;
    GceApi::Call call;
    call.path = u"regions/"_s + zone.left(zone.lastIndexOf(u'-'));
    call.what = u"regions.get"_s;
    m_api->call(call, [promise](const GceApi::Reply &reply) {
        if (!reply)
            promise->addResult(reply.error());
        else
            promise->addResult(gce::quotaFromRegion(reply.value()));
        promise->finish();
    });
    return future;
}

} // namespace cd
