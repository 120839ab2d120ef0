#include "providers/ssh/sshsession.h"

#include "providers/ssh/knownhosts.h"
#include "providers/ssh/sshlogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QThreadPool>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <atomic>
#include <climits>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)
};

std::atomic_bool s_shuttingDown{false};

// How often a connect in progress looks at the stop flag and the deadline.
constexpr int kConnectPollMs = 50;

void shutDownWorkers();

struct Workers final
{
    Workers()
    {
        pool.setObjectName(u"ssh"_s);
        pool.setMaxThreadCount(128);
        pool.setExpiryTimeout(30000);
        qAddPostRoutine(shutDownWorkers);
    }
    ~Workers() { shutDownWorkers(); }
    QThreadPool pool;
};

Q_GLOBAL_STATIC(Workers, s_workers)

// Runs from ~QCoreApplication (and, without one, at exit): running sessions stop at their
// next check and every thread ends. This must come before OpenSSL's exit handler, which
// libssh registers lazily (after this pool exists): threads ending after it would never free
// their libcrypto thread state.
void shutDownWorkers()
{
    if (!s_workers.exists())
        return;
    s_shuttingDown = true;
    s_workers->pool.waitForDone();
    s_shuttingDown = false;
}

// libssh's log goes to the trace category (its log settings are per thread).
void forwardLibsshLog(int priority, const char *function, const char *message, void *)
{
    qCDebug(lcSshTrace, "[%d] %s: %s", priority, function, message);
}

// libssh must never prompt on a terminal for a key passphrase: a worker thread would hang.
int refusePassphrasePrompt(const char *, char *, size_t, int, int, void *)
{
    return -1;
}

QString localUserName()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

// libssh expands %d, %h ... in the paths and commands it is given; ours are final.
QByteArray escapePercent(const QByteArray &text)
{
    QByteArray escaped = text;
    return escaped.replace('%', "%%");
}

} // namespace

QThreadPool *sshThreadPool()
{
    return &s_workers->pool;
}

SshSession::SshSession(SshTarget target, StopRequested stopRequested)
    : m_target(std::move(target))
    , m_stopRequested(std::move(stopRequested))
{
    m_display = SshAddress{m_target.host, m_target.port}.toString();
    if (!m_target.user.isEmpty())
        m_display = m_target.user + u'@' + m_display;
    if (!m_target.proxyCommand.isEmpty())
        m_display += Tr::tr(" (through the proxy command)");
}

SshSession::~SshSession()
{
    if (!m_session)
        return;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
}

bool SshSession::stopRequested() const
{
    return s_shuttingDown || (m_stopRequested && m_stopRequested());
}

void SshSession::setTimeout(int ms)
{
    ms = qMax(ms, 1);
    long seconds = ms / 1000;
    long micros = long(ms % 1000) * 1000;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &micros);
}

int SshSession::remainingMs(const QDeadlineTimer &deadline) const
{
    return deadline.isForever() ? std::numeric_limits<int>::max()
                                : int(qMin<qint64>(deadline.remainingTime(), INT_MAX));
}

QString SshSession::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

SshError SshSession::error(SshError::Kind kind, const QString &message) const
{
    SshError e{kind, message, m_hostKey, {}};
    qCDebug(lcSsh).noquote() << m_display << SshError::kindName(kind) << message;
    return e;
}

SshError SshSession::connectionError(const QString &step, const QDeadlineTimer &deadline) const
{
    if (stopRequested())
        return error(SshError::Kind::Cancelled, Tr::tr("Cancelled."));
    const QString detail = libsshError();
    if (deadline.hasExpired() || detail.startsWith(u"Timeout"))
        return error(SshError::Kind::Timeout, Tr::tr("%1: no answer within %2 ms while %3.")
                                                  .arg(m_display)
                                                  .arg(m_target.connectTimeoutMs)
                                                  .arg(step));
    return error(SshError::Kind::Connect,
                 Tr::tr("%1: connection failed while %2: %3").arg(m_display, step, detail));
}

std::optional<SshError> SshSession::configure()
{
    if (m_target.knownHostsFile.isEmpty())
        return error(SshError::Kind::Other,
                     Tr::tr("No known_hosts file is set for %1.").arg(m_display));
    if (!isValidSshHost(m_target.host) || m_target.port < 1 || m_target.port > 65535)
        return error(SshError::Kind::Other, Tr::tr("'%1' is not a valid address.").arg(m_display));
    m_session = ssh_new();
    if (!m_session)
        return error(SshError::Kind::Other, Tr::tr("Cannot create an SSH session."));

    ssh_set_log_callback(forwardLibsshLog);
    if (lcSshTrace().isDebugEnabled()) {
        int verbosity = SSH_LOG_PROTOCOL;
        ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    }
    bool processConfig = false; // never ~/.ssh/config nor /etc/ssh/ssh_config
    unsigned int port = unsigned(m_target.port);
    int noDelay = 1;
    bool ok
        = ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig) == SSH_OK
          && ssh_options_set(m_session, SSH_OPTIONS_HOST, m_target.host.toUtf8().constData())
                 == SSH_OK
          && ssh_options_set(m_session, SSH_OPTIONS_PORT, &port) == SSH_OK
          && ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay) == SSH_OK
          && ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS,
                             escapePercent(QFile::encodeName(m_target.knownHostsFile)).constData())
                 == SSH_OK
          && ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null") == SSH_OK;
    if (ok && !m_target.user.isEmpty())
        ok = ssh_options_set(m_session, SSH_OPTIONS_USER, m_target.user.toUtf8().constData())
             == SSH_OK;
    if (ok && !m_target.agentSocket.isEmpty())
        ok = ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT,
                             QFile::encodeName(m_target.agentSocket).constData())
             == SSH_OK;
    if (!ok)
        return error(SshError::Kind::Other,
                     Tr::tr("Invalid SSH settings for %1: %2").arg(m_display, libsshError()));

    if (!m_target.proxyCommand.isEmpty()) {
        // The user name libssh would log in as, for %r.
        const QString user = m_target.user.isEmpty() ? localUserName() : m_target.user;
        const Result<QString, SshError> command
            = expandProxyCommand(m_target.proxyCommand, m_target.host, m_target.port, user);
        if (!command)
            return error(command.error().kind, command.error().message);
        if (ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND,
                            escapePercent(command.value().toUtf8()).constData())
            != SSH_OK)
            return error(SshError::Kind::Other,
                         Tr::tr("Invalid proxy command: %1").arg(libsshError()));
    }
    return std::nullopt;
}

Result<HostKey, SshError> SshSession::open()
{
    if (stopRequested())
        return error(SshError::Kind::Cancelled, Tr::tr("Cancelled."));
    if (m_session)
        return error(SshError::Kind::Other, Tr::tr("The session is already open."));
    const QDeadlineTimer deadline(qMax(m_target.connectTimeoutMs, 1));
    if (std::optional<SshError> failure = configure())
        return *failure;

    // Non-blocking, polled: a silent or black-holed host must not hold the worker past a
    // stop request (libssh's blocking connect only knows its own timeout).
    setTimeout(remainingMs(deadline));
    ssh_set_blocking(m_session, 0);
    int rc = SSH_AGAIN;
    while ((rc = ssh_connect(m_session)) == SSH_AGAIN && !stopRequested()
           && !deadline.hasExpired()) {
        pollfd socket{ssh_get_fd(m_session), POLLIN, 0}; // fd -1 (not yet open) just waits
        ::poll(&socket, 1, qBound(1, remainingMs(deadline), kConnectPollMs));
    }
    ssh_set_blocking(m_session, 1);
    if (rc != SSH_OK)
        return connectionError(Tr::tr("connecting"), deadline);

    if (m_target.keepAliveSec > 0) {
        // Best effort: a proxy's socketpair has no TCP options.
        const int fd = ssh_get_fd(m_session);
        const int on = 1, idle = m_target.keepAliveSec, count = 3;
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof idle);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    }
    if (std::optional<SshError> failure = verifyHostKey())
        return *failure;
    if (stopRequested())
        return error(SshError::Kind::Cancelled, Tr::tr("Cancelled."));
    if (std::optional<SshError> failure = authenticate(deadline))
        return *failure;
    qCDebug(lcSsh).noquote() << m_display << "authenticated, host key" << m_hostKey.sha256;
    return m_hostKey;
}

std::optional<SshError> SshSession::verifyHostKey()
{
    ssh_key serverKey = nullptr;
    char *base64 = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) == SSH_OK
        && ssh_pki_export_pubkey_base64(serverKey, &base64) == SSH_OK) {
        m_hostKey = HostKey::fromBase64(QByteArray(base64));
    }
    ssh_string_free_char(base64);
    ssh_key_free(serverKey);
    if (m_hostKey.isNull())
        return error(SshError::Kind::Other,
                     Tr::tr("%1 did not present a usable host key.").arg(m_display));

    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return std::nullopt;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return hostKeyChanged();
    case SSH_KNOWN_HOSTS_NOT_FOUND: // no file yet
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        return error(SshError::Kind::Other,
                     Tr::tr("Cannot check the host key of %1: %2").arg(m_display, libsshError()));
    }
    if (m_target.policy == HostKeyPolicy::Strict) {
        return error(
            SshError::Kind::HostKeyUnknown,
            Tr::tr("%1 presented the host key %2 (%3), which %4 does not hold; unknown "
                   "hosts are refused.")
                .arg(m_display, m_hostKey.sha256, m_hostKey.type, m_target.knownHostsFile));
    }
    // Trust on first use: recorded through KnownHosts (locked, atomic), not with
    // ssh_session_update_known_hosts, whose unlocked append can interleave with other writers.
    KnownHosts knownHosts(m_target.knownHostsFile);
    if (knownHosts.add(m_target.host, m_target.port, m_hostKey)) {
        qCInfo(lcSsh).noquote() << m_display << "first connection: trusting host key"
                                << m_hostKey.sha256 << m_hostKey.type;
        return std::nullopt;
    }
    // Someone recorded another key since libssh looked (or the file is unwritable).
    if (knownHosts.check(m_target.host, m_target.port, m_hostKey) == KnownHosts::Check::Changed)
        return hostKeyChanged();
    return error(
        SshError::Kind::Other,
        Tr::tr("Cannot record the host key of %1 in %2.").arg(m_display, m_target.knownHostsFile));
}

SshError SshSession::hostKeyChanged() const
{
    HostKey expected;
    KnownHosts(m_target.knownHostsFile).check(m_target.host, m_target.port, m_hostKey, &expected);
    SshError e = error(
        SshError::Kind::HostKeyChanged,
        Tr::tr("The host key of %1 has changed: the server presents %2 (%3), %4 "
               "holds %5 (%6). Someone may be intercepting the connection; the "
               "new key is not accepted.")
            .arg(m_display, m_hostKey.sha256, m_hostKey.type, m_target.knownHostsFile,
                 expected.isNull() ? Tr::tr("a revoked or unreadable key") : expected.sha256,
                 expected.type));
    e.expected = expected;
    qCWarning(lcSsh).noquote() << "host key changed for" << m_display << ": presented"
                               << m_hostKey.sha256 << "recorded" << expected.sha256;
    return e;
}

std::optional<SshError> SshSession::authenticate(const QDeadlineTimer &deadline)
{
    QStringList refusals;
    const auto connectionLost = [this, &deadline] {
        return deadline.hasExpired() || !ssh_is_connected(m_session) || stopRequested();
    };
    if (!m_target.privateKeyPath.isEmpty()) {
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(m_target.privateKeyPath);
        const char *passphrase
            = m_target.keyPassphrase.isEmpty() ? nullptr : m_target.keyPassphrase.constData();
        if (ssh_pki_import_privkey_file(path.constData(), passphrase, refusePassphrasePrompt,
                                        nullptr, &key)
            != SSH_OK) {
            refusals += Tr::tr("the key file %1 cannot be read (missing, not a key, or a wrong or "
                               "missing passphrase)")
                            .arg(m_target.privateKeyPath);
        } else {
            setTimeout(remainingMs(deadline));
            const int rc = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
            if (rc == SSH_AUTH_SUCCESS)
                return std::nullopt;
            if (rc == SSH_AUTH_ERROR && connectionLost())
                return connectionError(Tr::tr("authenticating"), deadline);
            refusals += Tr::tr("the key %1 was refused").arg(m_target.privateKeyPath);
        }
    }
    if (m_target.useAgent) {
        setTimeout(remainingMs(deadline));
        const int rc = ssh_userauth_agent(m_session, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return std::nullopt;
        if (rc == SSH_AUTH_ERROR && connectionLost())
            return connectionError(Tr::tr("authenticating"), deadline);
        refusals += Tr::tr("no key of the SSH agent was accepted (%1)").arg(libsshError());
    }
    if (refusals.isEmpty())
        refusals += Tr::tr("neither a key file nor the SSH agent is configured");
    return error(SshError::Kind::Auth,
                 Tr::tr("%1: authentication failed: %2.").arg(m_display, refusals.join(u"; "_s)));
}

} // namespace cd
