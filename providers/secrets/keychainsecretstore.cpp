#include "providers/secrets/keychainsecretstore.h"

#include "providers/core/logging.h"

#include <qt6keychain/keychain.h>

#include <QPromise>

#include <memory>

namespace cd {

namespace {

SecretError toSecretError(const QKeychain::Job &job)
{
    SecretError error;
    error.message = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        error.kind = SecretError::Kind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = SecretError::Kind::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = SecretError::Kind::NoBackend;
        break;
    default:
        error.kind = SecretError::Kind::Other;
        break;
    }
    return error;
}

// Runs one QtKeychain job and turns its end into a finished future. The promise is shared
// with the slot because QPromise is move-only and the lambda must be copyable.
template<typename R, typename JobT, typename Extract>
QFuture<R> runJob(JobT *job, Extract extract)
{
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, extract](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            promise->addResult(extract(static_cast<JobT *>(j)));
        else
            promise->addResult(R(toSecretError(*j)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QFuture<SecretValue> KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    qCDebug(lcSecrets) << "reading secret" << key; // the key is a reference, never the value
    return runJob<SecretValue>(
        job, [](QKeychain::ReadPasswordJob *j) { return SecretValue(j->binaryData()); });
}

QFuture<SecretStatus> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    qCDebug(lcSecrets) << "writing secret" << key;
    return runJob<SecretStatus>(job,
                                [](QKeychain::WritePasswordJob *) { return SecretStatus(Done{}); });
}

QFuture<SecretStatus> KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    qCDebug(lcSecrets) << "deleting secret" << key;
    return runJob<SecretStatus>(
        job, [](QKeychain::DeletePasswordJob *) { return SecretStatus(Done{}); });
}

} // namespace cd
