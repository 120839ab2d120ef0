#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/net/retrypolicy.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace cd {

class HttpClient;

namespace openstack {

// How to log in to Keystone v3: a password (user and project by name within a domain, or by
// id) or an application credential (by id, or by name with its user).
struct KeystoneCredentials
{
    QString userName;
    QString userId;
    QString userDomainName;
    QString userDomainId;
    QByteArray password;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialName;
    QByteArray applicationCredentialSecret;

    bool usesApplicationCredential() const { return !applicationCredentialSecret.isEmpty(); }
};

// A scoped token and the catalog that came with it.
struct KeystoneToken
{
    QByteArray id;
    QDateTime expires; // UTC; invalid when Keystone did not say
    QJsonArray catalog;
    QString projectId;
};

// Keystone v3 tokens, kept in memory only: one POST /v3/auth/tokens, reused until shortly
// before it expires (or until a service refuses it), with concurrent callers sharing the one
// request in flight. The catalog maps a service type, region and interface to its URL.
class KeystoneAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeystoneAuth)

public:
    struct Options
    {
        QUrl authUrl; // …/v3
        KeystoneCredentials credentials;
        std::chrono::seconds renewBefore{300};
        std::chrono::milliseconds timeout{60000};
        std::optional<RetryPolicy> retry;
        QList<QSslCertificate> caCertificates; // the account's cacert
    };
    using TokenPtr = std::shared_ptr<const KeystoneToken>;
    using TokenResult = CloudResult<TokenPtr>;

    KeystoneAuth(HttpClient *http, Options options, QObject *parent = nullptr);
    ~KeystoneAuth() override;

    // The current token, or a new one when there is none or it expires within renewBefore.
    QFuture<TokenResult> token();
    // A service refused `tokenId`: the next token() asks Keystone again.
    void invalidate(const QByteArray &tokenId);
    void cancelAll();

    int authCount() const { return m_authCount; }
    const Options &options() const { return m_options; }

    // The JSON body of POST /v3/auth/tokens for these credentials.
    static QByteArray requestBody(const KeystoneCredentials &credentials);
    // "https://keystone:5000", "…/v2.0" or "…/v3/" → "…/v3".
    static QUrl normalizedAuthUrl(QString url);
    // The URL of a service of `type` in `catalog`: the endpoint with `interface` in `region`
    // (any region when empty). NotFound with a sentence that lists what exists otherwise.
    static CloudResult<QUrl> endpoint(const QJsonArray &catalog,
                                      const QString &type,
                                      const QString &region,
                                      const QString &interface);

private:
    QPointer<HttpClient> m_http;
    Options m_options;
    TokenPtr m_token;
    // Callers waiting for the authentication in flight (a QFuture takes one continuation only).
    std::shared_ptr<QList<std::shared_ptr<QPromise<TokenResult>>>> m_waiters;
    int m_authCount = 0;
};

} // namespace openstack
} // namespace cd
