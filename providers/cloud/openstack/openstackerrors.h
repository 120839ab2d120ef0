#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/net/httpresponse.h"

namespace cd::openstack {

// The code and message an OpenStack service put in an error body: Nova's
// {"itemNotFound": {"code": 404, "message": …}}, Keystone's {"error": {"title", "message"}},
// Neutron's {"NeutronError": {"type", "message"}}, or plain text (Glance).
struct ErrorBody
{
    QString code;
    QString message;
};
ErrorBody parseErrorBody(const QByteArray &body);

// 401 → Auth; 403 → Auth, unless it is about a quota; 413 and quota messages (Nova's
// "Quota exceeded", Neutron's OverQuota) → Quota; 404 → NotFound; 429 → Throttled;
// 5xx → Transient; other 4xx → InvalidRequest. Transport failures as HttpClient reports them.
CloudError::Kind kindFor(int status, const ErrorBody &body);

// `what` names the call for messages ("nova POST /servers"), `where` the service's host.
CloudError toCloudError(const HttpResponse &response, const QString &what, const QString &where);

} // namespace cd::openstack
