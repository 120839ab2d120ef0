#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cd::gce {

// What a Google credentials file says: a service-account key (JWT bearer grant) or an
// `authorized_user` file as `gcloud auth application-default login` writes it (refresh-token
// grant). Held in memory only; nothing here is ever logged.
struct Credentials final
{
    enum class Type { ServiceAccount, AuthorizedUser };

    Type type = Type::ServiceAccount;
    QString clientEmail; // service account: the JWT's issuer
    QByteArray privateKeyPem;
    QString privateKeyId;
    QString projectId;
    QString tokenUri; // from the file; https://oauth2.googleapis.com/token when absent
    QString clientId; // authorized user
    QByteArray clientSecret;
    QByteArray refreshToken;

    // Parses either kind of file; std::nullopt with *error naming what is missing (never
    // quoting the file, which holds secrets).
    static std::optional<Credentials> parse(const QByteArray &json, QString *error);

    // Application Default Credentials: $GOOGLE_APPLICATION_CREDENTIALS, else
    // $CLOUDSDK_CONFIG/application_default_credentials.json, else
    // ~/.config/gcloud/application_default_credentials.json. Empty when none exists.
    static QString defaultCredentialsPath();
};

inline constexpr auto DefaultTokenUri = "https://oauth2.googleapis.com/token";
inline constexpr auto ComputeScope = "https://www.googleapis.com/auth/compute";

} // namespace cd::gce
