#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/cloud/ec2/ec2query.h"
#include "providers/cloud/ec2/sigv4signer.h"
#include "providers/cloud/ec2/xmlelement.h"
#include "providers/net/retrypolicy.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>
#include <vector>

namespace cd {

class HttpClient;

// The EC2 Query API over HttpClient: POST, form-encoded, version 2016-11-15, every attempt
// signed afresh with SigV4 (a request without complete credentials is never sent), XML
// answers parsed, failures mapped to CloudError. Throttling answers (RequestLimitExceeded,
// Throttling, 429), 5xx and cut-off answers are retried by HttpClient for retry-safe calls.
class Ec2Api final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ec2Api)

public:
    struct Options
    {
        QUrl endpoint;
        QString region;
        SigV4Credentials credentials;
        QString apiVersion = QStringLiteral("2016-11-15");
        std::chrono::milliseconds timeout{60000};
        std::optional<RetryPolicy> retry; // HttpClient's when unset
    };

    struct CallOptions
    {
        // Idempotent, or made so by a client token or by our handling of "…Duplicate".
        bool retrySafe = true;
        // Error codes retried like transient ones (eventual consistency right after a create).
        QStringList retryCodes;
    };

    using Reply = CloudResult<XmlElement>;
    using Pages = CloudResult<std::vector<XmlElement>>;

    Ec2Api(HttpClient *http, Options options, QObject *parent = nullptr);
    ~Ec2Api() override;

    const Options &options() const { return m_options; }

    // The answer's root element, or the error (its code and message as EC2 gave them).
    QFuture<Reply> call(const QString &action, const Ec2Query &query, const CallOptions &options);
    QFuture<Reply> call(const QString &action, const Ec2Query &query)
    {
        return call(action, query, CallOptions());
    }
    // Follows nextToken to the last page and returns every page's root, in order.
    QFuture<Pages>
    callAllPages(const QString &action, const Ec2Query &query, const CallOptions &options);
    QFuture<Pages> callAllPages(const QString &action, const Ec2Query &query)
    {
        return callAllPages(action, query, CallOptions());
    }

    // Finishes every call in flight as Cancelled, synchronously. The provider calls it from
    // its destructor, while the contexts of its continuations still exist.
    void cancelAll();

    // API calls made (each counted once however many attempts it took), by action.
    qint64 callCount() const { return m_calls; }
    QMap<QString, int> callsByAction() const { return m_callsByAction; }

    // "127.0.0.1:5000" or "ec2.eu-west-1.amazonaws.com", the Host header and message text.
    static QByteArray hostHeader(const QUrl &url);

private:
    struct PageState;
    void nextPage(std::shared_ptr<PageState> state);

    QPointer<HttpClient> m_http;
    Options m_options;
    SigV4Signer m_signer;
    QString m_where;
    qint64 m_calls = 0;
    QMap<QString, int> m_callsByAction;
};

} // namespace cd
