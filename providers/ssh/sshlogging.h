#pragma once

#include <QLoggingCategory>

// clusterdeck.providers.ssh: connections, host keys, probes (never passphrases).
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
// clusterdeck.trace.ssh: libssh's own protocol log, only with -vv.
Q_DECLARE_LOGGING_CATEGORY(lcSshTrace)
