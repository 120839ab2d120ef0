#pragma once

#include <QLoggingCategory>

// The OpenStack provider's own category; the wire itself is logged by clusterdeck.trace.http.
Q_DECLARE_LOGGING_CATEGORY(lcOpenStack)
