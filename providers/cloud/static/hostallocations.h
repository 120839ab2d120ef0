#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>

namespace cd {

struct HostAllocation final
{
    QString cluster;
    QString kind;
    QString node;
    QDateTime since;
};

// The static-hosts provider's memory: host → who has it, as JSON. Reads are lock-free
// snapshots (the file is replaced atomically); updates hold a lock file so two processes never
// hand out one host twice. Runs on worker threads only (it may wait for the lock).
namespace HostAllocations {

QMap<QString, HostAllocation> read(const QString &file, bool *ok);
// Calls `change` with the current map; writes the map back if it returns true.
// False if the lock could not be taken or the file not written.
bool update(const QString &file,
            const std::function<bool(QMap<QString, HostAllocation> &)> &change);

} // namespace HostAllocations
} // namespace cd
