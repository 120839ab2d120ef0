#pragma once

#include "providers/ssh/sshtypes.h"

#include <QString>
#include <QStringList>

namespace cd {

// One cluster's known_hosts file (the caller picks the path, e.g. beside the repository), in
// OpenSSH's format so that ssh, ansible and libssh read the same file. Plain, comma-separated,
// wildcard (*, ?, !negated) and hashed (|1|salt|hash) host fields are understood; @revoked
// lines refuse their key, @cert-authority lines are ignored.
//
// Thread-safe and safe across processes: every change takes a process-wide mutex and a
// QLockFile (<path>.lock), re-reads the file and replaces it atomically with QSaveFile, so a
// reader (libssh included) sees the old or the new file, never a torn one.
class KnownHosts final
{
public:
    enum class Check {
        Ok,      // the key is recorded for this host
        Unknown, // nothing recorded for this host (or no file yet)
        Changed, // another key is recorded for this host, or this key is @revoked
        Error,   // the file exists but cannot be read
    };

    explicit KnownHosts(QString path);

    QString path() const { return m_path; }

    // `expected` receives the recorded key that differs (Changed), if any.
    Check
    check(const QString &host, int port, const HostKey &key, HostKey *expected = nullptr) const;

    // Records the key unless it is already there. Refuses (false) when another key is recorded
    // for the host: replacing a key is a decision for the user, made with replace(). False on
    // I/O errors too.
    bool add(const QString &host, int port, const HostKey &key);
    // Drops whatever is recorded for the host and records `key` (after the user confirmed).
    bool replace(const QString &host, int port, const HostKey &key);
    // Drops the host's entries (its name is taken out of shared lines); true when the file
    // no longer names the host, including when it never did.
    bool remove(const QString &host, int port);

    // The keys recorded for the host (@revoked and @cert-authority lines left out).
    QList<HostKey> keys(const QString &host, int port) const;

    // The entries, without comments and blank lines.
    QStringList lines() const;

private:
    enum class Change { Add, Replace, Remove };
    bool modify(Change change, const QString &host, int port, const HostKey &key);

    QString m_path;
};

} // namespace cd
