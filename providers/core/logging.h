#pragma once

#include <QLoggingCategory>

// One category per area (clusterdeck.<layer>.<area>); noisy wire logs go to
// clusterdeck.trace.<area>, shown only with -vv.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSetup)
