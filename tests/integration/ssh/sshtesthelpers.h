#pragma once

// Small helpers shared by the SSH tests: OpenSSH's own tools as the independent referee.
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

namespace cd::test {

// "SHA256:..." of the first key in a known_hosts line or .pub file content, per ssh-keygen -l.
inline QString sshKeygenFingerprint(const QString &keyText)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(keyText.toUtf8() + '\n');
    file.flush();
    const ProcessResult result
        = runProcess(SshNodeFarm::sshKeygenPath(),
                     {QStringLiteral("-l"), QStringLiteral("-f"), file.fileName()});
    return result.exitCode == 0 ? result.out.section(QLatin1Char(' '), 1, 1) : QString();
}

// Generates an ed25519 (or other) key pair without passphrase at `path`.
inline bool generateKey(const QString &path, const QString &type = QStringLiteral("ed25519"))
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList args{QStringLiteral("-q"),
                     QStringLiteral("-t"),
                     type,
                     QStringLiteral("-N"),
                     QString(),
                     QStringLiteral("-f"),
                     path};
    return runProcess(SshNodeFarm::sshKeygenPath(), args).exitCode == 0;
}

// "type base64" of a .pub file.
inline QString publicKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).simplified().section(QLatin1Char(' '), 0, 1);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) >= 0;
}

// Command lines (from /proc) of running processes whose command line contains `needle`.
inline QStringList processesMatching(const QString &needle)
{
    QStringList found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' '));
        if (text.contains(needle) && !processGone(entry.toLongLong()))
            found += text.trimmed();
    }
    return found;
}

} // namespace cd::test
