#pragma once

#include "providers/secrets/secretstore.h"

namespace cd {

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux). No insecure
// fallback: when no keychain answers, the call fails and says so.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("clusterdeck"),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QFuture<SecretValue> read(const QString &key) override;
    QFuture<SecretStatus> write(const QString &key, const QByteArray &secret) override;
    QFuture<SecretStatus> remove(const QString &key) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace cd
