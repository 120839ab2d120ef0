#pragma once

#include "providers/secrets/secretstore.h"

#include <QHash>

namespace cd {

// SecretStore in memory, for tests that are not about the keychain itself.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    QFuture<SecretValue> read(const QString &key) override;
    QFuture<SecretStatus> write(const QString &key, const QByteArray &secret) override;
    QFuture<SecretStatus> remove(const QString &key) override;

    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace cd
