#include "providers/core/logging.h"

Q_LOGGING_CATEGORY(lcSecrets, "clusterdeck.providers.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSetup, "clusterdeck.providers.setup", QtInfoMsg)
