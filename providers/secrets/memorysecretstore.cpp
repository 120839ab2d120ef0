#include "providers/secrets/memorysecretstore.h"

#include <QFuture>

namespace cd {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

QFuture<SecretValue> MemorySecretStore::read(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return QtFuture::makeReadyFuture(SecretValue(
            SecretError{SecretError::Kind::NotFound, tr("No such entry: %1").arg(key)}));
    return QtFuture::makeReadyFuture(SecretValue(*it));
}

QFuture<SecretStatus> MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    m_secrets.insert(key, secret);
    return QtFuture::makeReadyFuture(SecretStatus(Done{}));
}

QFuture<SecretStatus> MemorySecretStore::remove(const QString &key)
{
    if (m_secrets.remove(key) == 0)
        return QtFuture::makeReadyFuture(SecretStatus(
            SecretError{SecretError::Kind::NotFound, tr("No such entry: %1").arg(key)}));
    return QtFuture::makeReadyFuture(SecretStatus(Done{}));
}

} // namespace cd
