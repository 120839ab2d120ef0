// ShellChannel's worker: connect, pty and shell, then non-blocking channel I/O until either
// side closes. Runs on a pool thread; talks to the GUI thread only through Shared.
#include "providers/ssh/shellchannel_p.h"
#include "providers/ssh/sshlogging.h"
#include "providers/ssh/sshsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libssh/libssh.h>

#include <poll.h>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(ShellChannel)
};

// Upper bound of one sleep in poll(): the shutdown flag and keepalives are looked at this often.
constexpr int kMaxSleepMs = 1000;
constexpr int kReadChunk = 64 * 1024;
constexpr int kWriteChunk = 32 * 1024;
constexpr int kExitStatusWaitMs = 2000;

void setTimeout(ssh_session session, int ms)
{
    long seconds = ms / 1000;
    long micros = long(ms % 1000) * 1000;
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &micros);
}

struct ChannelFree
{
    void operator()(ssh_channel_struct *channel) const { ssh_channel_free(channel); }
};
using Channel = std::unique_ptr<ssh_channel_struct, ChannelFree>;

class Loop final
{
public:
    Loop(ShellChannelShared &shared, SshSession &session, ssh_channel channel)
        : m_shared(shared)
        , m_session(session)
        , m_ssh(session.handle())
        , m_channel(channel)
        , m_buffer(kReadChunk, Qt::Uninitialized)
    {}

    // Until EOF from the remote side, a local close or a lost connection.
    std::optional<SshError> run();
    bool closedLocally() const { return m_closedLocally; }

private:
    bool takeRequests();
    bool writePending();
    int readAvailable(bool *eof, bool *lost);
    bool hasRoom();
    void deliver(const char *data, int size);
    void sleep(bool wantSocket);
    SshError lost() const;

    ShellChannelShared &m_shared;
    SshSession &m_session;
    ssh_session m_ssh;
    ssh_channel m_channel;
    QByteArray m_buffer;
    QByteArray m_pendingOut;
    bool m_closedLocally = false;
    QElapsedTimer m_idle;
};

SshError Loop::lost() const
{
    return {SshError::Kind::Connect,
            Tr::tr("The connection to %1 was lost: %2")
                .arg(m_session.target().host, QString::fromUtf8(ssh_get_error(m_ssh))),
            m_session.hostKey(),
            {}};
}

// Takes writes and a resize from the GUI side; false when a close was requested.
bool Loop::takeRequests()
{
    if (m_shared.closeRequested || m_session.stopRequested()) {
        m_closedLocally = true;
        return false;
    }
    int cols = 0, rows = 0;
    {
        std::lock_guard lock(m_shared.mutex);
        m_pendingOut.append(m_shared.outgoing);
        m_shared.outgoing.clear();
        if (m_shared.resizePending) {
            cols = m_shared.cols;
            rows = m_shared.rows;
            m_shared.resizePending = false;
        }
    }
    if (cols > 0)
        ssh_channel_change_pty_size(m_channel, cols, rows);
    return true;
}

// Writes what the remote window accepts now, so a write never blocks on flow control.
bool Loop::writePending()
{
    if (m_pendingOut.isEmpty())
        return true;
    const uint32_t window = ssh_channel_window_size(m_channel);
    const int n = int(qMin<qsizetype>(qMin<qsizetype>(window, kWriteChunk), m_pendingOut.size()));
    if (n == 0)
        return true;
    const int written = ssh_channel_write(m_channel, m_pendingOut.constData(), uint32_t(n));
    if (written == SSH_ERROR)
        return false;
    m_pendingOut.remove(0, written);
    m_idle.restart();
    return true;
}

bool Loop::hasRoom()
{
    std::lock_guard lock(m_shared.mutex);
    return m_shared.incoming.size() < kShellMaxPending;
}

void Loop::deliver(const char *data, int size)
{
    std::lock_guard lock(m_shared.mutex);
    const bool first = m_shared.incoming.isEmpty();
    m_shared.incoming.append(data, size);
    if (first)
        ShellWorker::postDrainLocked(m_shared);
}

int Loop::readAvailable(bool *eof, bool *lostConnection)
{
    int total = 0;
    for (int isStderr : {0, 1}) {
        const int n = ssh_channel_read_nonblocking(m_channel, m_buffer.data(),
                                                   uint32_t(m_buffer.size()), isStderr);
        if (n > 0) {
            deliver(m_buffer.constData(), n);
            total += n;
        } else if (n == SSH_EOF && !isStderr) {
            *eof = true;
        } else if (n == SSH_ERROR) {
            *lostConnection = true;
            return total;
        }
    }
    if (ssh_channel_is_closed(m_channel) || (ssh_channel_is_eof(m_channel) && total == 0))
        *eof = true;
    if (total > 0)
        m_idle.restart();
    return total;
}

void Loop::sleep(bool wantSocket)
{
    int timeout = kMaxSleepMs;
    const int keepAliveMs = m_session.target().keepAliveSec * 1000;
    if (keepAliveMs > 0) {
        if (m_idle.hasExpired(keepAliveMs)) {
            // Keeps NAT and firewall state alive while the shell is quiet.
            ssh_send_ignore(m_ssh, "keepalive");
            m_idle.restart();
        }
        timeout = int(qBound<qint64>(1, keepAliveMs - m_idle.elapsed(), qint64(kMaxSleepMs)));
    }
    pollfd fds[2]
        = {{ssh_get_fd(m_ssh), short(wantSocket ? POLLIN : 0), 0}, {m_shared.wakeFd, POLLIN, 0}};
    ::poll(fds, 2, timeout);
    if (fds[1].revents & POLLIN)
        m_shared.consumeWake();
}

std::optional<SshError> Loop::run()
{
    m_idle.start();
    for (;;) {
        if (!takeRequests())
            return std::nullopt;
        if (!writePending())
            return lost();
        const bool room = hasRoom();
        bool eof = false, lostConnection = false;
        const int got = room ? readAvailable(&eof, &lostConnection) : 0;
        if (lostConnection)
            return lost();
        if (eof)
            return std::nullopt;
        const bool canWrite = !m_pendingOut.isEmpty() && ssh_channel_window_size(m_channel) > 0;
        if (got == 0 && !canWrite)
            sleep(room);
    }
}

std::optional<SshError> openShell(SshSession &session,
                                  ssh_channel channel,
                                  ShellChannelShared &shared,
                                  const QByteArray &termType)
{
    ssh_session ssh = session.handle();
    setTimeout(ssh, qMax(session.target().connectTimeoutMs, 1));
    int cols = 0, rows = 0;
    {
        std::lock_guard lock(shared.mutex);
        cols = shared.cols;
        rows = shared.rows;
        shared.resizePending = false;
    }
    const auto refused = [&](const QString &what) {
        return SshError{
            ssh_is_connected(ssh) ? SshError::Kind::Command : SshError::Kind::Connect,
            Tr::tr("%1 refused %2: %3")
                .arg(session.target().host, what, QString::fromUtf8(ssh_get_error(ssh))),
            session.hostKey(),
            {}};
    };
    if (ssh_channel_open_session(channel) != SSH_OK)
        return refused(Tr::tr("a session channel"));
    if (ssh_channel_request_pty_size(channel, termType.constData(), cols, rows) != SSH_OK)
        return refused(Tr::tr("a terminal"));
    if (ssh_channel_request_shell(channel) != SSH_OK)
        return refused(Tr::tr("a shell"));
    return std::nullopt;
}

} // namespace

void ShellWorker::postDrainLocked(ShellChannelShared &shared)
{
    shared.postLocked([](ShellChannel *owner) { owner->drain(); });
}

void ShellWorker::run(std::shared_ptr<ShellChannelShared> shared,
                      SshTarget target,
                      QByteArray termType)
{
    const auto finish = [&shared](int status, std::optional<SshError> error) {
        shared->post([status, error](ShellChannel *owner) { owner->onFinished(status, error); });
    };
    SshSession session(std::move(target), [&shared] { return bool(shared->closeRequested); });
    const Result<HostKey, SshError> opened = session.open();
    if (!opened)
        return finish(-1, opened.error());
    Channel channel(ssh_channel_new(session.handle()));
    if (!channel)
        return finish(-1, SshError{SshError::Kind::Other,
                                   Tr::tr("Cannot create an SSH channel."),
                                   opened.value(),
                                   {}});
    if (std::optional<SshError> failure = openShell(session, channel.get(), *shared, termType))
        return finish(-1, failure);
    qCDebug(lcSsh).noquote() << session.target().host << "shell open";
    const HostKey key = opened.value();
    shared->post([key](ShellChannel *owner) { owner->onOpened(key); });

    Loop loop(*shared, session, channel.get());
    const std::optional<SshError> failure = loop.run();
    int status = -1;
    if (!failure && !loop.closedLocally()) {
        // sshd sends exit-status around EOF; do not wait long for one that never comes.
        setTimeout(session.handle(), kExitStatusWaitMs);
        status = ssh_channel_get_exit_status(channel.get());
    }
    if (!failure)
        ssh_channel_close(channel.get());
    qCDebug(lcSsh).noquote() << session.target().host << "shell closed, exit status" << status
                             << (loop.closedLocally() ? "(closed locally)" : "");
    finish(status, failure);
}

} // namespace cd
