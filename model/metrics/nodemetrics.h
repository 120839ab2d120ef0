#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

// One reading of a node's health: 1-minute load average, and the used share (0…1) of its
// memory and of its root file system.
struct MetricSample final
{
    QDateTime time;
    double load = 0;
    double memory = 0;
    double disk = 0;

    friend bool operator==(const MetricSample &, const MetricSample &) = default;
};

namespace NodeMetrics {

// The shell command run on a node for one sample (Linux: /proc and POSIX df, nothing to
// install).
QString command();
// Reads that command's output; nullopt when it is not what the command prints.
std::optional<MetricSample> parse(const QByteArray &output, const QDateTime &time);

} // namespace NodeMetrics
} // namespace cd
