#include "providers/cloud/gce/gcecredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd::gce {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(GceProvider)
};

} // namespace

std::optional<Credentials> Credentials::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        // The parser's message may quote the file; say where only.
        *error = Tr::tr("The Google credentials are not a JSON object (error at offset %1).")
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    const QString type = o.value(u"type"_s).toString();
    Credentials c;
    c.tokenUri = o.value(u"token_uri"_s).toString();
    if (c.tokenUri.isEmpty())
        c.tokenUri = QString::fromLatin1(DefaultTokenUri);
    c.projectId = o.value(u"project_id"_s).toString();
    if (type == u"service_account") {
        c.type = Type::ServiceAccount;
        c.clientEmail = o.value(u"client_email"_s).toString();
        c.privateKeyPem = o.value(u"private_key"_s).toString().toUtf8();
        c.privateKeyId = o.value(u"private_key_id"_s).toString();
        if (c.clientEmail.isEmpty() || c.privateKeyPem.isEmpty()) {
            *error = Tr::tr("The service account key has no client_email or no private_key.");
            return std::nullopt;
        }
        return c;
    }
    if (type == u"authorized_user") {
        c.type = Type::AuthorizedUser;
        c.clientId = o.value(u"client_id"_s).toString();
        c.clientSecret = o.value(u"client_secret"_s).toString().toUtf8();
        c.refreshToken = o.value(u"refresh_token"_s).toString().toUtf8();
        c.projectId = o.value(u"quota_project_id"_s).toString(c.projectId);
        if (c.clientId.isEmpty() || c.refreshToken.isEmpty()) {
            *error = Tr::tr("The user credentials have no client_id or no refresh_token.");
            return std::nullopt;
        }
        return c;
    }
    *error = Tr::tr("Google credentials of type “%1” are not supported (service_account and "
                    "authorized_user are).")
                 .arg(type);
    return std::nullopt;
}

QString Credentials::defaultCredentialsPath()
{
    const QString explicitPath = qEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS");
    if (!explicitPath.isEmpty())
        return QFileInfo::exists(explicitPath) ? explicitPath : QString();
    QString dir = qEnvironmentVariable("CLOUDSDK_CONFIG");
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.config/gcloud"_s;
    const QString path = dir + u"/application_default_credentials.json"_s;
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace cd::gce
