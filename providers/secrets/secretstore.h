#pragma once

#include "providers/core/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

namespace cd {

struct SecretError final
{
    enum class Kind { NotFound, AccessDenied, NoBackend, Other };
    Kind kind = Kind::Other;
    QString message;
};

using SecretValue = Result<QByteArray, SecretError>;
using SecretStatus = Result<Done, SecretError>;

// Where secrets live: cloud keys, passwords, key passphrases. Only references (keys) are ever
// stored elsewhere. Every call is asynchronous; the futures finish on the store's thread.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual QFuture<SecretValue> read(const QString &key) = 0;
    virtual QFuture<SecretStatus> write(const QString &key, const QByteArray &secret) = 0;
    virtual QFuture<SecretStatus> remove(const QString &key) = 0;

    // A user-facing sentence for an error, e.g. for a dialog or the CLI.
    static QString describe(const SecretError &error);
};

} // namespace cd
