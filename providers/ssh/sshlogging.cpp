#include "providers/ssh/sshlogging.h"

Q_LOGGING_CATEGORY(lcSsh, "clusterdeck.providers.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSshTrace, "clusterdeck.trace.ssh", QtInfoMsg)
