#include "providers/cloud/ec2/ec2errors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ec2 {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(Ec2Provider)
};

bool oneOf(const QString &code, std::initializer_list<QStringView> codes)
{
    for (QStringView candidate : codes) {
        if (code == candidate)
            return true;
    }
    return false;
}

QString transportMessage(const HttpResponse &response, const QString &endpoint)
{
    using Error = HttpResponse::Error;
    switch (response.error) {
    case Error::Timeout:
        return Tr::tr("%1 did not answer in time.").arg(endpoint);
    case Error::ConnectionRefused:
        return Tr::tr("Nothing answers at %1 (connection refused).").arg(endpoint);
    case Error::ConnectionClosed:
        return Tr::tr("%1 closed the connection before answering.").arg(endpoint);
    case Error::Truncated:
        return Tr::tr("The answer from %1 was cut off.").arg(endpoint);
    case Error::HostNotFound:
        return Tr::tr("The host of %1 is unknown.").arg(endpoint);
    case Error::Tls:
        return Tr::tr("No secure connection to %1: %2").arg(endpoint, response.errorString);
    case Error::TooLarge:
        return Tr::tr("The answer from %1 is too large: %2").arg(endpoint, response.errorString);
    case Error::NotPrepared:
        return Tr::tr("The request was not sent: %1").arg(response.errorString);
    case Error::Cancelled:
        return Tr::tr("The request was cancelled.");
    case Error::None:
    case Error::Other:
        break;
    }
    return Tr::tr("Cannot talk to %1: %2").arg(endpoint, response.errorString);
}

CloudError::Kind transportKind(HttpResponse::Error error)
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

} // namespace

bool isThrottlingCode(const QString &code)
{
    return oneOf(code, {u"RequestLimitExceeded", u"Throttling", u"ThrottlingException",
                        u"RequestThrottled", u"TooManyRequestsException", u"SlowDown",
                        u"PriorityRequestLimitExceeded", u"BandwidthLimitExceeded"});
}

CloudError::Kind kindForCode(const QString &code, int status)
{
    using Kind = CloudError::Kind;
    if (isThrottlingCode(code))
        return Kind::Throttled;
    if (oneOf(code, {u"AuthFailure", u"UnauthorizedOperation", u"SignatureDoesNotMatch",
                     u"InvalidClientTokenId", u"IncompleteSignature", u"MissingAuthenticationToken",
                     u"ExpiredToken", u"RequestExpired", u"OptInRequired", u"Blocked",
                     u"AccessDenied", u"AuthFailure.ServiceLinkedRoleCreationNotPermitted"}))
        return Kind::Auth;
    if (oneOf(code,
              {u"InstanceLimitExceeded", u"VcpuLimitExceeded", u"InsufficientInstanceCapacity",
               u"MaxSpotInstanceCountExceeded", u"InsufficientFreeAddressesInSubnet"}))
        return Kind::Quota;
    // Other "…LimitExceeded" are quotas too (SecurityGroupLimitExceeded …), except the ones
    // about the request itself.
    if (code.endsWith(u"LimitExceeded") && code != u"FilterLimitExceeded")
        return Kind::Quota;
    if (oneOf(code, {u"InvalidInstanceID.NotFound", u"InvalidGroup.NotFound",
                     u"InvalidReservationID.NotFound", u"InvalidVolume.NotFound"}))
        return Kind::NotFound;
    if (oneOf(code, {u"InternalError", u"InternalFailure", u"ServiceUnavailable", u"Unavailable"}))
        return Kind::Transient;
    if (!code.isEmpty() && status < 500)
        return Kind::InvalidRequest; // InvalidAMIID.*, InvalidKeyPair.*, InvalidParameterValue …
    if (status == 401 || status == 403)
        return Kind::Auth;
    if (status == 429)
        return Kind::Throttled;
    if (status >= 500)
        return Kind::Transient;
    return code.isEmpty() ? Kind::Protocol : Kind::InvalidRequest;
}

CloudError toCloudError(const HttpResponse &response,
                        const std::optional<ErrorBody> &body,
                        const QString &action,
                        const QString &endpoint)
{
    CloudError error;
    error.httpStatus = response.status;
    if (!response.answered()) {
        error.kind = transportKind(response.error);
        error.message = transportMessage(response, endpoint);
    } else if (body) {
        error.kind = kindForCode(body->code, response.status);
        error.code = body->code;
        error.message = body->message.isEmpty()
                            ? Tr::tr("%1 failed with HTTP %2.").arg(action).arg(response.status)
                            : body->message;
        error.requestId = body->requestId;
    } else {
        error.kind = kindForCode({}, response.status);
        error.message = Tr::tr("%1 answered %2 with HTTP %3 and no EC2 error.")
                            .arg(endpoint, action)
                            .arg(response.status);
    }
    noteAttempts(error, response.attempts);
    return error;
}

void noteAttempts(CloudError &error, int attempts)
{
    if (attempts > 1)
        error.message += u' ' + Tr::tr("(gave up after %1 attempts)").arg(attempts);
}

} // namespace cd::ec2
