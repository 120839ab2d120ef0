#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace cd::bench {

// One metric as one JSON line on stdout: {"bench":…,"metric":…,"value":…,"unit":…}.
inline void report(const QString &bench, const QString &metric, double value, const QString &unit)
{
    const QJsonObject line{{QStringLiteral("bench"), bench},
                           {QStringLiteral("metric"), metric},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("unit"), unit}};
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

// Peak resident set size of this process in KiB (VmHWM), or -1.
inline double peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}

} // namespace cd::bench
