#pragma once

#include "providers/core/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

// What to do with a host whose key the cluster's known_hosts file does not hold yet. A key
// that differs from the recorded one is refused under both policies.
enum class HostKeyPolicy {
    Strict,          // unknown host: refuse (HostKeyUnknown)
    TrustOnFirstUse, // unknown host: record its key in the known_hosts file and go on
};

// A node address as ElastiCluster writes it: "1.2.3.4", "1.2.3.4:2222", "[::1]:2200", "::1",
// "node.example.org:22". The host must be an IP address or a DNS name: it is handed to
// ProxyCommand shells and written to known_hosts, so anything else is refused.
struct SshAddress final
{
    QString host;
    int port = 22;

    static std::optional<SshAddress> parse(const QString &text, int defaultPort = 22);
    QString toString() const; // "host", "host:port" or "[v6]:port"
};

// True for an IP address or a syntactically valid DNS name (no shell metacharacters).
bool isValidSshHost(const QString &host);

// Everything needed to reach one machine. Passphrases are never logged.
struct SshTarget final
{
    QString host;
    int port = 22;
    QString user; // empty: the local user name
    QString privateKeyPath;
    QByteArray keyPassphrase; // empty: the key is not encrypted
    bool useAgent = false;    // try ssh-agent (after the key file, if one is given)
    QString agentSocket;      // empty: $SSH_AUTH_SOCK
    // ElastiCluster's ssh_proxy_command: %h, %p, %r are replaced by host, port and user and
    // %% by %, then the command is run by libssh (SSH_OPTIONS_PROXYCOMMAND).
    QString proxyCommand;
    QString knownHostsFile; // required: the cluster's own file, never ~/.ssh/known_hosts
    HostKeyPolicy policy = HostKeyPolicy::Strict;
    int connectTimeoutMs = 5000; // one budget for connect, key exchange, host key and auth
    int keepAliveSec = 30;       // TCP keepalive and SSH ignore packets on idle sessions; 0: off

    // This target with host and port taken from `address`.
    SshTarget withAddress(const SshAddress &address) const;
};

// A server's public host key.
struct HostKey final
{
    QString type;          // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa" ...
    QString sha256;        // "SHA256:<base64 without padding>", as `ssh-keygen -l` prints it
    QByteArray base64Blob; // the key as in known_hosts / .pub files

    bool isNull() const { return base64Blob.isEmpty(); }
    // "[host]:port type base64" ("host type base64" on port 22), as OpenSSH writes it.
    QString knownHostsLine(const QString &host, int port) const;

    // From the base64 wire blob; null when it is not a well-formed key blob.
    static HostKey fromBase64(const QByteArray &base64Blob);

    friend bool operator==(const HostKey &a, const HostKey &b)
    {
        return a.type == b.type && a.base64Blob == b.base64Blob;
    }
};

// The name OpenSSH and libssh look a host up by: "host" on port 22, "[host]:port" otherwise.
QString knownHostsName(const QString &host, int port);

struct SshError final
{
    enum class Kind {
        Connect,        // refused, unreachable, proxy failed, connection lost
        Timeout,        // connect/auth or the command took longer than allowed
        HostKeyChanged, // known_hosts holds another key: never accepted, never retried
        HostKeyUnknown, // no key recorded and the policy is Strict
        Auth,           // key or agent refused, key file unreadable or wrong passphrase
        Command,        // channel or exec refused, output too large
        Cancelled,
        Other,
    };
    Kind kind = Kind::Other;
    QString message;   // translated, for the user
    HostKey presented; // the server's key, when the handshake got that far
    HostKey expected;  // for HostKeyChanged: what known_hosts holds

    static QString kindName(Kind kind); // "HostKeyChanged" ..., for logs and JSON
};

// Replaces %h, %p, %r and %% in an ssh_proxy_command as ElastiCluster does; any other escape
// is an error (Kind::Other), as is a host or user name that a shell would interpret.
Result<QString, SshError>
expandProxyCommand(const QString &command, const QString &host, int port, const QString &user);

struct CommandResult final
{
    int exitStatus = -1; // -1: none reported (e.g. killed by a signal)
    QByteArray out;
    QByteArray err;
};

// Lets HostKey and SshError travel through queued signals; idempotent.
void registerSshMetaTypes();

} // namespace cd

Q_DECLARE_METATYPE(cd::HostKey)
Q_DECLARE_METATYPE(cd::SshError)
