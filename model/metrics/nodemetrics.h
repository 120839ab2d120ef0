#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

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

// Item-model roles of every view that draws a metric's last hour as a sparkline, so one
// delegate serves them all (clear of the models' own Qt::UserRole + n roles).
enum Role {
    SeriesRole = Qt::UserRole + 100, // QVariantList of double, oldest first
    ScaleRole,                       // the series' full scale (1 for shares, >= 1 for load)
};
enum class Metric { Load, Memory, Disk };

// One metric of each sample, oldest first, and the scale to draw it on.
QVariantList series(const QList<MetricSample> &samples, Metric metric);
double scale(const QList<MetricSample> &samples, Metric metric);
double value(const MetricSample &sample, Metric metric);

// The shell command run on a node for one sample (Linux: /proc and POSIX df, nothing to
// install).
QString command();
// Reads that command's output; nullopt when it is not what the command prints.
std::optional<MetricSample> parse(const QByteArray &output, const QDateTime &time);

} // namespace NodeMetrics
} // namespace cd
