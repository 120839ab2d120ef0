#pragma once

#include "providers/core/result.h"

#include <QString>

namespace cd {

// The one folder that holds everything ClusterDeck remembers: the database, per-cluster
// known_hosts, Ansible runs, settings. Default: QStandardPaths::AppDataLocation; every
// executable accepts --data-dir to point elsewhere (tests always do).
class DataDir final
{
public:
    // Resolves `requested` (empty: the standard location) to an absolute path and creates it.
    static Result<DataDir, QString> open(const QString &requested);
    static QString defaultPath();

    QString path() const { return m_path; }
    QString databasePath() const;
    QString settingsPath() const;
    QString knownHostsDir() const;
    QString knownHostsFile(const QString &cluster) const;
    QString keysDir() const;
    QString runsDir() const;

private:
    explicit DataDir(QString path)
        : m_path(std::move(path))
    {}
    QString m_path;
};

} // namespace cd
