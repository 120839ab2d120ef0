#pragma once

#include "providers/cloud/cloudproviderfactory.h"
#include "providers/net/retrypolicy.h"

#include <QList>
#include <QString>

#include <chrono>

namespace cd {

// The optional integer settings of a cloud account, each checked against its range. Every HTTP
// cloud takes PREFIX_timeout_s, PREFIX_retry_attempts, PREFIX_retry_base_ms and
// PREFIX_retry_max_ms; a provider adds its own with add().
class AccountNumbers final
{
public:
    AccountNumbers(const QString &prefix, const RetryPolicy &defaults);

    void add(const QString &key, int low, int high, int *value);
    // Reads every setting present. Empty when all are fine, else a sentence naming the account
    // (`cloud` is the cloud's name, such as "EC2") and the first bad setting with its range.
    QString read(const ProviderConfig &config, const QString &cloud);

    std::chrono::seconds timeout() const { return std::chrono::seconds(m_timeoutSeconds); }
    RetryPolicy retry() const;

private:
    struct Number
    {
        QString key;
        int low = 0;
        int high = 0;
        int *value = nullptr;
    };
    QList<Number> m_numbers;
    int m_timeoutSeconds = 60;
    RetryPolicy m_retry;
    int m_baseMs = 0;
    int m_maxMs = 0;
};

} // namespace cd
