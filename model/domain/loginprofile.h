#pragma once

#include <QDateTime>
#include <QString>

namespace cd {

// How to log in to the nodes of a cluster ([login/NAME] in ElastiCluster).
struct LoginProfile final
{
    QString name;
    QString imageUser;                              // image_user
    bool imageSudo = true;                          // image_sudo
    QString imageUserSudo = QStringLiteral("root"); // image_user_sudo
    QString imageUserData;                          // image_userdata
    QString userKeyName;                            // user_key_name (the cloud's key pair name)
    QString userKeyPrivate;                         // user_key_private (path, ~ expanded)
    QString userKeyPublic;                          // user_key_public (path)
    QString passphraseRef; // SecretStore key of the private key's passphrase
    QString sourceFile;
    QDateTime updated;

    friend bool operator==(const LoginProfile &, const LoginProfile &) = default;
};

} // namespace cd
