#include "providers/ssh/knownhosts.h"

#include "providers/ssh/sshlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Serialises changes inside this process; QLockFile does it between processes (and alone it
// would make threads of one process poll each other's lock).
QMutex s_writeMutex;

constexpr int kLockWaitMs = 10000;

struct Entry
{
    QString marker; // "@revoked", "@cert-authority" or empty
    QString hosts;
    HostKey key;
};

std::optional<Entry> parseLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return std::nullopt;
    QStringList fields = trimmed.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    Entry entry;
    if (!fields.isEmpty() && fields.first().startsWith(u'@'))
        entry.marker = fields.takeFirst();
    if (fields.size() < 3)
        return std::nullopt;
    entry.hosts = fields.at(0);
    entry.key = HostKey::fromBase64(fields.at(2).toLatin1());
    if (entry.key.isNull())
        return std::nullopt;
    return entry;
}

// OpenSSH's pattern language for host names: * and ? wildcards.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool hashedMatch(const QString &field, const QString &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = field.split(u'|');
    if (parts.size() != 4 || parts.at(1) != u"1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return !salt.isEmpty()
           && QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1)
                  == hash;
}

bool hostsMatch(const QString &hosts, const QString &name)
{
    if (hosts.startsWith(u"|1|"))
        return hashedMatch(hosts, name);
    bool matched = false;
    for (const QString &raw : hosts.split(u',', Qt::SkipEmptyParts)) {
        const bool negated = raw.startsWith(u'!');
        const QString pattern = (negated ? raw.mid(1) : raw).toLower();
        if (globMatch(pattern, name)) {
            if (negated)
                return false; // a negated match excludes the host from the whole line
            matched = true;
        }
    }
    return matched;
}

KnownHosts::Check
checkEntries(const QStringList &lines, const QString &name, const HostKey &key, HostKey *expected)
{
    bool recorded = false;
    HostKey sameType;
    HostKey otherType;
    for (const QString &line : lines) {
        const std::optional<Entry> entry = parseLine(line);
        if (!entry || entry->marker == u"@cert-authority" || !hostsMatch(entry->hosts, name))
            continue;
        if (entry->marker == u"@revoked") {
            if (entry->key.base64Blob == key.base64Blob)
                return KnownHosts::Check::Changed; // revoked wins over any other line
            continue;
        }
        if (entry->key.base64Blob == key.base64Blob)
            recorded = true;
        else if (entry->key.type == key.type && sameType.isNull())
            sameType = entry->key;
        else if (otherType.isNull())
            otherType = entry->key;
    }
    if (recorded)
        return KnownHosts::Check::Ok;
    // Another key of another type counts too (libssh's SSH_KNOWN_HOSTS_OTHER): a server
    // suddenly showing a different kind of key is as suspicious as a different key.
    const HostKey &differing = sameType.isNull() ? otherType : sameType;
    if (differing.isNull())
        return KnownHosts::Check::Unknown;
    if (expected)
        *expected = differing;
    return KnownHosts::Check::Changed;
}

// The file's lines; false when it exists but cannot be read.
bool readLines(const QString &path, QStringList *lines)
{
    QFile file(path);
    if (!file.exists()) {
        lines->clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    *lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines->isEmpty() && lines->last().isEmpty())
        lines->removeLast();
    return true;
}

// Takes `name` out of a line's host field; returns the line to keep (empty: drop it).
QString withoutHost(const QString &line, const QString &name, bool *changed)
{
    const std::optional<Entry> entry = parseLine(line);
    if (!entry || !hostsMatch(entry->hosts, name))
        return line;
    if (entry->hosts.startsWith(u"|1|")) {
        *changed = true;
        return {};
    }
    QStringList kept;
    for (const QString &pattern : entry->hosts.split(u',', Qt::SkipEmptyParts)) {
        if (pattern.toLower() != name)
            kept += pattern;
    }
    if (kept.size() == entry->hosts.split(u',', Qt::SkipEmptyParts).size())
        return line; // matched through a wildcard only: not ours to edit
    *changed = true;
    if (kept.isEmpty())
        return {};
    QString rest = line.trimmed();
    if (!entry->marker.isEmpty())
        rest = rest.mid(entry->marker.size()).trimmed();
    rest = rest.mid(entry->hosts.size());
    return (entry->marker.isEmpty() ? QString() : entry->marker + u' ') + kept.join(u',') + rest;
}

} // namespace

KnownHosts::KnownHosts(QString path)
    : m_path(std::move(path))
{}

KnownHosts::Check
KnownHosts::check(const QString &host, int port, const HostKey &key, HostKey *expected) const
{
    QStringList lines;
    if (!readLines(m_path, &lines)) {
        qCWarning(lcSsh) << "cannot read known_hosts" << m_path;
        return Check::Error;
    }
    return checkEntries(lines, knownHostsName(host, port), key, expected);
}

bool KnownHosts::add(const QString &host, int port, const HostKey &key)
{
    return modify(Change::Add, host, port, key);
}

bool KnownHosts::replace(const QString &host, int port, const HostKey &key)
{
    return modify(Change::Replace, host, port, key);
}

bool KnownHosts::remove(const QString &host, int port)
{
    return modify(Change::Remove, host, port, {});
}

QList<HostKey> KnownHosts::keys(const QString &host, int port) const
{
    QStringList lines;
    if (!readLines(m_path, &lines))
        return {};
    const QString name = knownHostsName(host, port);
    QList<HostKey> found;
    for (const QString &line : std::as_const(lines)) {
        const std::optional<Entry> entry = parseLine(line);
        if (entry && entry->marker.isEmpty() && hostsMatch(entry->hosts, name)
            && !found.contains(entry->key))
            found << entry->key;
    }
    return found;
}

QStringList KnownHosts::lines() const
{
    QStringList lines;
    if (!readLines(m_path, &lines))
        return {};
    QStringList entries;
    for (const QString &line : std::as_const(lines)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            entries += trimmed;
    }
    return entries;
}

bool KnownHosts::modify(Change change, const QString &host, int port, const HostKey &key)
{
    if (change != Change::Remove && (key.isNull() || !isValidSshHost(host)))
        return false;
    const QString name = knownHostsName(host, port);
    const QMutexLocker locker(&s_writeMutex);
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        qCWarning(lcSsh) << "cannot create" << dir;
        return false;
    }
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(kLockWaitMs)) {
        qCWarning(lcSsh) << "known_hosts is locked by another process:" << m_path;
        return false;
    }
    QStringList lines;
    if (!readLines(m_path, &lines)) {
        qCWarning(lcSsh) << "cannot read known_hosts" << m_path;
        return false;
    }

    bool changed = false;
    if (change == Change::Add) {
        switch (checkEntries(lines, name, key, nullptr)) {
        case Check::Ok:
            return true;
        case Check::Unknown:
            break;
        case Check::Changed:
        case Check::Error:
            qCWarning(lcSsh) << "not recording a host key for" << name
                             << ": another key is recorded in" << m_path;
            return false;
        }
    } else {
        QStringList kept;
        for (const QString &line : std::as_const(lines)) {
            const QString rewritten = withoutHost(line, name, &changed);
            if (!rewritten.isEmpty() || line.trimmed().isEmpty())
                kept += rewritten.isEmpty() ? line : rewritten;
        }
        lines = kept;
    }
    if (change != Change::Remove) {
        lines += key.knownHostsLine(host, port);
        changed = true;
    }
    if (!changed)
        return true;

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        qCWarning(lcSsh) << "cannot write known_hosts" << m_path << file.errorString();
        return false;
    }
    file.write(lines.join(u'\n').toUtf8() + '\n');
    if (!file.commit()) {
        qCWarning(lcSsh) << "cannot write known_hosts" << m_path << file.errorString();
        return false;
    }
    qCDebug(lcSsh).noquote() << (change == Change::Remove ? u"removed"_s : u"recorded"_s)
                             << "host key for" << name << key.sha256 << "in" << m_path;
    return true;
}

} // namespace cd
