#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/net/httpresponse.h"

namespace cd {

// A request that got no usable HTTP answer, as every cloud provider reports it: the kind a
// caller acts on (Transient is retried; a request that could not be signed or authorised is
// Auth) and a sentence naming `where` (an endpoint or a service).
CloudError::Kind transportErrorKind(HttpResponse::Error error);
QString transportErrorMessage(const HttpResponse &response, const QString &where);

} // namespace cd
