#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/cloud/ec2/ec2parsers.h"
#include "providers/net/httpresponse.h"

namespace cd::ec2 {

// The kind of an EC2 error code (AuthFailure → Auth, InstanceLimitExceeded → Quota …);
// `status` decides when the code is unknown or empty.
CloudError::Kind kindForCode(const QString &code, int status);
bool isThrottlingCode(const QString &code);

// A CloudError for a final answer that is not a success: a transport failure (after its
// retries), or an HTTP error with or without an EC2 error body. `action` and `endpoint` make
// the message say what failed where.
CloudError toCloudError(const HttpResponse &response,
                        const std::optional<ErrorBody> &body,
                        const QString &action,
                        const QString &endpoint);

// Appends "(gave up after N attempts)" when a call was retried.
void noteAttempts(CloudError &error, int attempts);

} // namespace cd::ec2
