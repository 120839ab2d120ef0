#include "providers/cloud/transporterror.h"

#include <QCoreApplication>

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(CloudProvider)
};

} // namespace

CloudError::Kind transportErrorKind(HttpResponse::Error error)
{
    using Error = HttpResponse::Error;
    switch (error) {
    case Error::TooLarge:
        return CloudError::Kind::Protocol;
    case Error::NotPrepared:
        return CloudError::Kind::Auth;
    case Error::Cancelled:
        return CloudError::Kind::Cancelled;
    default:
        return CloudError::Kind::Transient;
    }
}

QString transportErrorMessage(const HttpResponse &response, const QString &where)
{
    using Error = HttpResponse::Error;
    switch (response.error) {
    case Error::Timeout:
        return Tr::tr("%1 did not answer in time.").arg(where);
    case Error::ConnectionRefused:
        return Tr::tr("Nothing answers at %1 (connection refused).").arg(where);
    case Error::ConnectionClosed:
        return Tr::tr("%1 closed the connection before answering.").arg(where);
    case Error::Truncated:
        return Tr::tr("The answer from %1 was cut off.").arg(where);
    case Error::HostNotFound:
        return Tr::tr("The host of %1 is unknown.").arg(where);
    case Error::Tls:
        return Tr::tr("No secure connection to %1: %2").arg(where, response.errorString);
    case Error::TooLarge:
        return Tr::tr("The answer from %1 is too large: %2").arg(where, response.errorString);
    case Error::NotPrepared:
        return Tr::tr("The request was not sent: %1").arg(response.errorString);
    case Error::Cancelled:
        return Tr::tr("The request was cancelled.");
    case Error::None:
    case Error::Other:
        break;
    }
    return Tr::tr("Cannot talk to %1: %2").arg(where, response.errorString);
}

} // namespace cd
