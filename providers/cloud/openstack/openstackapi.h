#pragma once

#include "providers/cloud/openstack/keystoneauth.h"
#include "providers/net/httpresponse.h"

#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

namespace cd::openstack {

// One call to an OpenStack service, relative to its catalog endpoint.
struct ApiRequest
{
    QString service; // catalog type: "compute", "network", "image"
    QByteArray method = "GET";
    QString path; // "/servers/detail", "/security-groups" (after the service's version)
    QUrlQuery query;
    std::optional<QJsonObject> body;
    bool retrySafe = true; // false for creates that a second attempt would do twice
};

struct ApiReply
{
    int status = 0;
    QJsonObject json; // empty for 202/204 answers
    HttpHeaders headers;
};

// The OpenStack services over HttpClient, authenticated by KeystoneAuth: X-Auth-Token on every
// call, the compute microversion header on Nova's, endpoints from the token's catalog
// (network gets "/v2.0" and image "/v2" appended), a refused token (401) renewed and the call
// sent once more, errors mapped to CloudError. Lists are followed page by page with `marker`.
class OpenStackApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStackApi)

public:
    struct Options
    {
        KeystoneAuth::Options auth;
        QString region;
        QString interface = QStringLiteral("public");
        QString computeMicroversion = QStringLiteral("2.52");
        std::chrono::milliseconds timeout{60000};
        std::optional<RetryPolicy> retry;
        QMap<QString, QUrl> endpointOverrides; // by service type
    };
    using Reply = CloudResult<ApiReply>;
    using List = CloudResult<QJsonArray>;

    OpenStackApi(HttpClient *http, Options options, QObject *parent = nullptr);
    ~OpenStackApi() override;

    QFuture<Reply> call(const ApiRequest &request);
    // Every item of `collection` ("servers", "images" …) over all pages, `pageSize` per page.
    QFuture<List> listAll(const ApiRequest &request, const QString &collection, int pageSize);

    void cancelAll();
    KeystoneAuth *auth() const { return m_auth; }
    const Options &options() const { return m_options; }
    qint64 callCount() const { return m_calls; }

    // The marker of the next page named by a list answer (Nova/Neutron `<collection>_links`,
    // Glance `next`), or empty on the last page.
    static QString nextMarker(const QJsonObject &page, const QString &collection);

private:
    struct PageState;
    QFuture<Reply> send(const ApiRequest &request, bool renewed);
    CloudResult<QUrl> serviceUrl(const KeystoneToken &token, const QString &service) const;
    void nextPage(const std::shared_ptr<PageState> &state);

    QPointer<HttpClient> m_http;
    Options m_options;
    KeystoneAuth *m_auth;
    qint64 m_calls = 0;
};

} // namespace cd::openstack
