#include "model/metrics/nodemetrics.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::NodeMetrics {

QString command()
{
    // Line 1: /proc/loadavg; then MemTotal and MemAvailable (kB); then df's data line.
    return u"cat /proc/loadavg; grep -E '^(MemTotal|MemAvailable):' /proc/meminfo; "
           "df -Pk / | tail -n 1"_s;
}

std::optional<MetricSample> parse(const QByteArray &output, const QDateTime &time)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.size() < 4)
        return std::nullopt;
    MetricSample sample;
    sample.time = time;
    bool ok = false;
    sample.load = lines.at(0).simplified().split(' ').value(0).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    double total = 0, available = -1;
    for (const QByteArray &line : lines.mid(1, 2)) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        const double kb = parts.value(1).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        if (line.startsWith("MemTotal:"))
            total = kb;
        else if (line.startsWith("MemAvailable:"))
            available = kb;
    }
    if (total <= 0 || available < 0)
        return std::nullopt;
    sample.memory = qBound(0.0, 1.0 - available / total, 1.0);
    // Filesystem 1024-blocks Used Available Capacity Mounted-on
    const QList<QByteArray> df = lines.at(3).simplified().split(' ');
    const double used = df.value(2).toDouble(&ok);
    const double free = ok ? df.value(3).toDouble(&ok) : 0;
    if (!ok || used + free <= 0)
        return std::nullopt;
    sample.disk = used / (used + free);
    return sample;
}

double value(const MetricSample &sample, Metric metric)
{
    switch (metric) {
    case Metric::Load:
        return sample.load;
    case Metric::Memory:
        return sample.memory;
    case Metric::Disk:
        break;
    }
    return sample.disk;
}

QVariantList series(const QList<MetricSample> &samples, Metric metric)
{
    QVariantList values;
    values.reserve(samples.size());
    for (const MetricSample &s : samples)
        values << value(s, metric);
    return values;
}

double scale(const QList<MetricSample> &samples, Metric metric)
{
    if (metric != Metric::Load)
        return 1.0;
    double top = 1.0;
    for (const MetricSample &s : samples)
        top = std::max(top, s.load);
    return top;
}

} // namespace cd::NodeMetrics
