#include "providers/cloud/accountnumbers.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(CloudProvider)
};

} // namespace

AccountNumbers::AccountNumbers(const QString &prefix, const RetryPolicy &defaults)
    : m_retry(defaults)
    , m_baseMs(int(defaults.baseDelay.count()))
    , m_maxMs(int(defaults.maxDelay.count()))
{
    add(prefix + u"_timeout_s"_s, 1, 3600, &m_timeoutSeconds);
    add(prefix + u"_retry_attempts"_s, 1, 20, &m_retry.maxAttempts);
    add(prefix + u"_retry_base_ms"_s, 0, 600000, &m_baseMs);
    add(prefix + u"_retry_max_ms"_s, 0, 3600000, &m_maxMs);
}

void AccountNumbers::add(const QString &key, int low, int high, int *value)
{
    m_numbers.append({key, low, high, value});
}

QString AccountNumbers::read(const ProviderConfig &config, const QString &cloud)
{
    for (const Number &number : std::as_const(m_numbers)) {
        const QString text = config.settings.value(number.key).trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int parsed = text.toInt(&ok);
        if (!ok || parsed < number.low || parsed > number.high)
            return Tr::tr("The %1 account “%2”: %3 must be a number from %4 to %5.")
                .arg(cloud, config.name, number.key)
                .arg(number.low)
                .arg(number.high);
        *number.value = parsed;
    }
    return {};
}

RetryPolicy AccountNumbers::retry() const
{
    RetryPolicy retry = m_retry;
    retry.baseDelay = std::chrono::milliseconds(m_baseMs);
    retry.maxDelay = std::chrono::milliseconds(std::max(m_baseMs, m_maxMs));
    return retry;
}

} // namespace cd
