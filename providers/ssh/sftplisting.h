#pragma once

#include "providers/core/result.h"
#include "providers/ssh/sshtypes.h"

#include <QDateTime>
#include <QFuture>
#include <QList>

namespace cd {

struct SftpEntry final
{
    QString name;
    bool isDirectory = false;
    qint64 size = 0;
    QDateTime modified;
};

// A directory of a machine over SFTP, read on a worker thread (sshThreadPool()).
struct SftpDirectory final
{
    QString path;             // absolute, canonical ("" or "." asks for the login directory)
    QList<SftpEntry> entries; // directories first, then by name; without "." and ".."
};

class SftpListing final
{
public:
    static QFuture<Result<SftpDirectory, SshError>> list(const SshTarget &target,
                                                         const QString &path);
};

} // namespace cd
