#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/net/retrypolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace cd {

class GceTokenSource;
class HttpClient;

// The compute v1 JSON API of one project over HttpClient: every call carries a bearer token
// from GceTokenSource (renewed once and the call repeated when the API answers 401), errors
// become CloudErrors with Google's message, lists follow pageToken to the end, and zone
// operations are polled until DONE (their own errors reported). Callback-shaped so that
// cancelAll() can finish everything in flight synchronously from the provider's destructor.
class GceApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GceApi)

public:
    struct Options
    {
        QUrl base{QStringLiteral("https://compute.googleapis.com/compute/v1/")};
        QString project;
        QString zone;
        std::chrono::milliseconds timeout{60000};
        std::optional<RetryPolicy> retry;
        std::chrono::milliseconds pollInterval{2000};
        std::chrono::seconds operationTimeout{600};
        int pageSize = 500; // maxResults of list calls
    };
    struct Call
    {
        QByteArray method = "GET";
        QString path; // below projects/{project}/, e.g. "zones/us-central1-a/instances"
        QUrlQuery query;
        std::optional<QJsonObject> body;
        bool retrySafe = true;    // GETs, and inserts that carry a requestId
        QString what;             // "instances.insert", for messages and counts
        QStringList secretFields; // JSON keys whose values never reach the wire log
    };
    using Reply = CloudResult<QJsonObject>;
    using Items = CloudResult<QList<QJsonObject>>;
    using Callback = std::function<void(const Reply &)>;
    using ItemsCallback = std::function<void(const Items &)>;

    GceApi(HttpClient *http, GceTokenSource *tokens, Options options, QObject *parent = nullptr);
    ~GceApi() override;

    const Options &options() const { return m_options; }
    GceTokenSource *tokens() const { return m_tokens; }
    QString zonePath() const { return QStringLiteral("zones/") + m_options.zone; }

    void call(const Call &call, Callback callback);
    // Every page's items[] in order (pageToken followed; a repeated token ends the walk).
    void listAll(Call call, ItemsCallback callback);
    // Polls the zone operation until DONE; the final operation, or its error.
    void waitOperation(const QJsonObject &operation, Callback callback);

    // Finishes every call, poll and token exchange in flight as Cancelled, synchronously.
    void cancelAll();

    int callCount() const { return m_calls; }
    QMap<QString, int> callsByWhat() const { return m_callsByWhat; }

private:
    struct PollState;
    struct ListState;
    void send(const Call &call, Callback callback, bool renewed);
    void nextPage(const std::shared_ptr<ListState> &state);
    void poll(const std::shared_ptr<PollState> &state);
    void endPoll(const std::shared_ptr<PollState> &state, const Reply &reply);

    QPointer<HttpClient> m_http;
    GceTokenSource *m_tokens;
    Options m_options;
    QList<std::shared_ptr<PollState>> m_polls;
    int m_calls = 0;
    QMap<QString, int> m_callsByWhat;
};

} // namespace cd
