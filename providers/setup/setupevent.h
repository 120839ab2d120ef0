#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace cd {

// What one host did in a whole run, as the final stats report it.
struct SetupHostStats final
{
    int ok = 0;
    int changed = 0;
    int failures = 0;
    int unreachable = 0;
    int skipped = 0;
    int rescued = 0;
    int ignored = 0;

    bool clean() const { return failures == 0 && unreachable == 0; }
    friend bool operator==(const SetupHostStats &, const SetupHostStats &) = default;
};

// One thing that happened during a setup run, as it happened (parsed from the event stream).
struct SetupEvent final
{
    enum class Type {
        PlayStarted,
        TaskStarted,
        HostOk,
        HostChanged,
        HostFailed,
        HostSkipped,
        HostUnreachable,
        Stats,
    };

    Type type = Type::TaskStarted;
    QDateTime time; // when the runner wrote it (UTC)
    QString play;
    QString task;
    QString taskId;
    QString host;
    double durationSec = 0; // of the task on this host (host events)
    QString message;        // failed/unreachable: why; else empty
    bool errorIgnored = false;
    QMap<QString, SetupHostStats> stats; // Stats only

    bool isHostResult() const
    {
        return type == Type::HostOk || type == Type::HostChanged || type == Type::HostFailed
               || type == Type::HostSkipped || type == Type::HostUnreachable;
    }
    static QString typeName(Type type); // "ok", "changed", "failed" … (stable, for logs and JSON)
};

} // namespace cd
