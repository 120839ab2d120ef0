#include "providers/ssh/sshtypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)
};

std::optional<int> parsePort(QStringView text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

// A user name a shell would take literally: ProxyCommand is run by /bin/sh.
bool isShellSafeUser(const QString &user)
{
    static const QRegularExpression safe(uR"(^[A-Za-z0-9._][A-Za-z0-9._@-]*$)"_s);
    return safe.match(user).hasMatch();
}

} // namespace

bool isValidSshHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (QHostAddress address; address.setAddress(host))
        return true;
    // DNS names (underscores tolerated, as internal resolvers hand them out).
    static const QRegularExpression name(
        uR"(^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\.[A-Za-z0-9_][A-Za-z0-9_-]{0,62})*\.?$)"_s);
    return name.match(host).hasMatch();
}

std::optional<SshAddress> SshAddress::parse(const QString &text, int defaultPort)
{
    const QString trimmed = text.trimmed();
    SshAddress address;
    address.port = defaultPort;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        address.host = trimmed.mid(1, close - 1);
        const QStringView rest = QStringView(trimmed).mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return std::nullopt;
            const std::optional<int> port = parsePort(rest.mid(1));
            if (!port)
                return std::nullopt;
            address.port = *port;
        }
    } else if (trimmed.count(u':') == 1) {
        const qsizetype colon = trimmed.indexOf(u':');
        address.host = trimmed.left(colon);
        const std::optional<int> port = parsePort(QStringView(trimmed).mid(colon + 1));
        if (!port)
            return std::nullopt;
        address.port = *port;
    } else {
        // A plain host, or a bare IPv6 address (which cannot carry a port without brackets).
        address.host = trimmed;
        if (trimmed.contains(u':')
            && QHostAddress(trimmed).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    }
    if (!isValidSshHost(address.host) || address.port < 1 || address.port > 65535)
        return std::nullopt;
    return address;
}

QString SshAddress::toString() const
{
    if (host.contains(u':'))
        return u"[%1]:%2"_s.arg(host).arg(port);
    return port == 22 ? host : u"%1:%2"_s.arg(host).arg(port);
}

SshTarget SshTarget::withAddress(const SshAddress &address) const
{
    SshTarget target = *this;
    target.host = address.host;
    target.port = address.port;
    return target;
}

Result<QString, SshError>
expandProxyCommand(const QString &command, const QString &host, int port, const QString &user)
{
    const auto fail = [](const QString &message) {
        return SshError{SshError::Kind::Other, message, {}, {}};
    };
    QString expanded;
    expanded.reserve(command.size() + host.size());
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c != u'%') {
            expanded += c;
            continue;
        }
        if (++i == command.size())
            return fail(
                Tr::tr("The proxy command ends with a lone '%': write %% for a percent sign."));
        switch (command.at(i).unicode()) {
        case u'%':
            expanded += u'%';
            break;
        case u'h':
            if (!isValidSshHost(host))
                return fail(Tr::tr("'%1' is not a host name or IP address.").arg(host));
            expanded += host;
            break;
        case u'p':
            expanded += QString::number(port);
            break;
        case u'r':
            if (!isShellSafeUser(user))
                return fail(
                    Tr::tr("The user name '%1' cannot be passed to a proxy command.").arg(user));
            expanded += user;
            break;
        default:
            return fail(Tr::tr("Unknown escape '%%1' in the proxy command (known: %h, %p, %r, %%).")
                            .arg(command.at(i)));
        }
    }
    return expanded;
}

QString knownHostsName(const QString &host, int port)
{
    const QString name = host.toLower();
    return port == 22 ? name : u"[%1]:%2"_s.arg(name).arg(port);
}

QString HostKey::knownHostsLine(const QString &host, int port) const
{
    return knownHostsName(host, port) + u' ' + type + u' ' + QString::fromLatin1(base64Blob);
}

HostKey HostKey::fromBase64(const QByteArray &base64Blob)
{
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(base64Blob, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &blob = *decoded;
    if (!decoded || blob.size() < 4)
        return {};
    // The wire format starts with the key type as an SSH string (uint32 length + bytes).
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length == 0 || length > 64 || qsizetype(length) > blob.size() - 4)
        return {};
    const QByteArray type = blob.mid(4, length);
    for (const char c : type) {
        if (c <= ' ' || c > '~')
            return {};
    }
    HostKey key;
    key.type = QString::fromLatin1(type);
    key.base64Blob = base64Blob;
    key.sha256 = u"SHA256:"_s
                 + QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                                           .toBase64(QByteArray::OmitTrailingEquals));
    return key;
}

QString SshError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connect:
        return u"Connect"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::HostKeyChanged:
        return u"HostKeyChanged"_s;
    case Kind::HostKeyUnknown:
        return u"HostKeyUnknown"_s;
    case Kind::Auth:
        return u"Auth"_s;
    case Kind::Command:
        return u"Command"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    case Kind::Other:
        break;
    }
    return u"Other"_s;
}

void registerSshMetaTypes()
{
    qRegisterMetaType<cd::HostKey>();
    qRegisterMetaType<cd::SshError>();
}

} // namespace cd
