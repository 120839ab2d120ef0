#pragma once

#include "providers/core/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace cd {

// Why a cloud call failed, typed so callers can decide (retry, tell the user, give up), with
// the cloud's own code and message kept for the user.
struct CloudError final
{
    Q_DECLARE_TR_FUNCTIONS(CloudError)

public:
    enum class Kind {
        Auth,           // credentials wrong, expired or not allowed (401/403, AuthFailure)
        Quota,          // a limit would be exceeded (InstanceLimitExceeded, quota errors)
        NotFound,       // the thing asked about does not exist (any more)
        Throttled,      // too many requests; retried with backoff before it reaches a caller
        Transient,      // 5xx, connection reset, timeout; retried before it reaches a caller
        InvalidRequest, // the cloud rejected a value (bad image id, bad key pair …)
        Unsupported,    // this provider cannot do that (e.g. stop on static hosts)
        Cancelled,      // the caller cancelled
        Protocol,       // the answer could not be understood (truncated or malformed)
    };

    Kind kind = Kind::Transient;
    QString code;    // the cloud's code, e.g. "InvalidAMIID.NotFound"; empty if none
    QString message; // the cloud's message, or ours when the cloud gave none
    int httpStatus = 0;
    QString requestId; // for support tickets

    // An error of our own (no cloud code): `kind` with `message`.
    static CloudError of(Kind kind, QString message)
    {
        CloudError error;
        error.kind = kind;
        error.message = std::move(message);
        return error;
    }
    static QString kindName(Kind kind);
    // One sentence for the user: what kind of failure, the cloud's code and message.
    QString describe() const;
    bool retryable() const { return kind == Kind::Throttled || kind == Kind::Transient; }
};

template<typename T>
using CloudResult = Result<T, CloudError>;

// A result already at hand, as the future a provider call returns.
template<typename T>
QFuture<CloudResult<T>> readyResult(CloudResult<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

} // namespace cd
