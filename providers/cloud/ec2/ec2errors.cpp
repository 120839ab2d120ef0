#include "providers/cloud/ec2/ec2errors.h"

#include "providers/cloud/transporterror.h"

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
        error.kind = transportErrorKind(response.error);
        error.message = transportErrorMessage(response, endpoint);
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
