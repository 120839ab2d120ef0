#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/net/httprequest.h"

#include <QJsonObject>

#include <optional>

namespace cd::gce {

// The kind of a Google error: `reason` is the JSON API's errors[].reason
// (rateLimitExceeded, quotaExceeded, notFound …) or an operation's errors[].code
// (QUOTA_EXCEEDED, RESOURCE_NOT_FOUND …); `status` decides when the reason says nothing.
CloudError::Kind kindFor(const QString &reason, int status);

// A CloudError for an answer that is not a success: a transport failure (after its retries),
// an HTTP error with Google's {"error": {...}} body, or an OAuth2 {"error": "invalid_grant"}.
// Google's message is kept; `what` ("instances.insert") and `where` name the call.
CloudError toCloudError(const HttpResponse &response, const QString &what, const QString &where);

// The error of an operation that finished DONE with one (errors[] joined, the first code as
// the code, httpErrorStatusCode as the status); nullopt when it succeeded.
std::optional<CloudError> operationError(const QJsonObject &operation);

// Throttling comes as 403 rateLimitExceeded as well as 429: both are retried like 5xx.
HttpRetry classify(const HttpResponse &response, HttpRetry byDefault);

} // namespace cd::gce
