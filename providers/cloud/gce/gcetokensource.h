#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/cloud/gce/gcecredentials.h"
#include "providers/net/retrypolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace cd {

class HttpClient;

// OAuth2 access tokens for the compute API: a JWT signed RS256 with a service account's key,
// or an application-default `authorized_user` refresh token, exchanged at the token endpoint.
// The token is kept in memory and fetched again `renewBefore` its expiry (or after a 401);
// callers waiting at the same time share one exchange. Secrets never reach the wire log.
class GceTokenSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GceTokenSource)

public:
    struct Options
    {
        gce::Credentials credentials;
        QUrl tokenEndpoint; // where to POST; the credentials' token_uri when empty
        QString scope = QString::fromLatin1(gce::ComputeScope);
        std::chrono::seconds renewBefore{300};
        std::chrono::milliseconds timeout{30000};
        std::optional<RetryPolicy> retry;
        std::function<QDateTime()> now; // the clock, replaceable in tests
    };
    using Callback = std::function<void(const CloudResult<QByteArray> &)>;

    GceTokenSource(HttpClient *http, Options options, QObject *parent = nullptr);
    ~GceTokenSource() override;

    // Calls back with a valid access token, at once when the cached one still is.
    void token(Callback callback);
    // Forgets the cached token (the API said 401): the next token() fetches a new one.
    void invalidate();
    // Fails the exchange in flight (if any) as Cancelled, synchronously.
    void cancelAll();

    int exchanges() const { return m_exchanges; }
    QDateTime expiry() const { return m_expiry; }

private:
    void fetch();
    void finish(const CloudResult<QByteArray> &result);
    QDateTime now() const;

    QPointer<HttpClient> m_http;
    Options m_options;
    QByteArray m_token;
    QDateTime m_expiry;
    QList<Callback> m_waiting;
    bool m_fetching = false;
    int m_exchanges = 0;
};

} // namespace cd
