// SshSession::exec: one command on an open session, bounded, stoppable, with keepalives.
#include "providers/ssh/sshsession.h"

#include "providers/ssh/sshlogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>

#include <libssh/libssh.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)
};

// A runaway command must not exhaust memory: stdout and stderr are each capped.
constexpr qsizetype kMaxOutputBytes = qsizetype(64) * 1024 * 1024;
// How often the read loop looks at the deadline and the stop flag.
constexpr int kPollMs = 100;
// How long a "signal" request gets to end a stopped command, and other steps of stopping.
constexpr int kSignalGraceMs = 300;
constexpr int kKillGraceMs = 1000;

struct ChannelFree
{
    void operator()(ssh_channel_struct *channel) const { ssh_channel_free(channel); }
};

} // namespace

bool SshSession::waitForEof(ssh_channel_struct *channel, int ms)
{
    char buffer[4096];
    const QDeadlineTimer deadline(ms);
    while (!ssh_channel_is_eof(channel) && !deadline.hasExpired()) {
        if (ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 50) == SSH_ERROR
            || ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1) == SSH_ERROR)
            return false;
    }
    return ssh_channel_is_eof(channel);
}

// Single quotes for a POSIX shell: ' becomes '\''.
QByteArray SshSession::wrapCommand(const QString &command, const QByteArray &runId)
{
    // The marker in the environment lets stopRemote() find every process of this command
    // (children inherit it); exec keeps the session leader's PID, and the user's login shell
    // still interprets the command.
    QByteArray quoted = command.toUtf8();
    quoted.replace('\'', "'\\''");
    return "exec env CLUSTERDECK_RUN=" + runId + " \"${SHELL:-/bin/sh}\" -c '" + quoted + '\'';
}

bool SshSession::killMarked(const QByteArray &runId)
{
    // Every process whose environment carries the marker: TERM, a moment, then KILL.
    const QByteArray script = "k() { for f in $(grep -l 'CLUSTERDECK_RUN=" + runId
                              + "' /proc/[0-9]*/environ 2>/dev/null); do p=${f#/proc/}; "
                                "kill -$1 ${p%/environ} 2>/dev/null; done; }; "
                                "k TERM; sleep 0.3; k KILL; exit 0";
    std::unique_ptr<ssh_channel_struct, ChannelFree> killer(ssh_channel_new(m_session));
    setTimeout(kKillGraceMs);
    if (!killer || ssh_channel_open_session(killer.get()) != SSH_OK
        || ssh_channel_request_exec(killer.get(), script.constData()) != SSH_OK)
        return false;
    const bool ended = waitForEof(killer.get(), 3 * kKillGraceMs);
    ssh_channel_close(killer.get());
    return ended;
}

void SshSession::stopRemote(ssh_channel_struct *channel, const QByteArray &runId)
{
    // First OpenSSH's "signal" request: sshd turns it into killpg() of the session's process
    // group. sshd refuses it without post-auth privilege separation, which it skips for root
    // logins; then the processes are found by their marker and killed from a second channel.
    // Merely closing the channel would leave a silent command (sleep, a hung job) running.
    setTimeout(kKillGraceMs);
    ssh_channel_request_send_signal(channel, "TERM");
    if (!waitForEof(channel, kSignalGraceMs)) {
        qCDebug(lcSsh).noquote() << m_display << "signal request without effect; killing by marker";
        if (!killMarked(runId) || !waitForEof(channel, kKillGraceMs))
            qCWarning(lcSsh).noquote() << m_display << "could not stop a remote command";
    }
    ssh_channel_close(channel);
}

Result<CommandResult, SshError> SshSession::exec(const QString &command, int timeoutMs)
{
    if (!m_session || !ssh_is_connected(m_session))
        return error(SshError::Kind::Other, Tr::tr("The SSH session is not open."));
    const QDeadlineTimer deadline
        = timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    // Opening the channel is bounded like the connection, and by the command's own limit.
    const QDeadlineTimer setupDeadline(
        qMin(remainingMs(deadline), qMax(m_target.connectTimeoutMs, 1)));
    std::unique_ptr<ssh_channel_struct, ChannelFree> channel(ssh_channel_new(m_session));
    if (!channel)
        return error(SshError::Kind::Other, Tr::tr("Cannot create an SSH channel."));
    setTimeout(remainingMs(setupDeadline));
    if (ssh_channel_open_session(channel.get()) != SSH_OK) {
        if (!ssh_is_connected(m_session) || setupDeadline.hasExpired())
            return connectionError(Tr::tr("opening a channel"), setupDeadline);
        return error(SshError::Kind::Command,
                     Tr::tr("%1 refused a session channel: %2").arg(m_display, libsshError()));
    }
    const QByteArray runId = QUuid::createUuid().toByteArray(QUuid::Id128);
    if (ssh_channel_request_exec(channel.get(), wrapCommand(command, runId).constData())
        != SSH_OK) {
        if (!ssh_is_connected(m_session) || setupDeadline.hasExpired())
            return connectionError(Tr::tr("starting the command"), setupDeadline);
        return error(SshError::Kind::Command,
                     Tr::tr("%1 refused to run the command: %2").arg(m_display, libsshError()));
    }

    CommandResult result;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    QElapsedTimer idle;
    idle.start();
    std::optional<SshError> failure;
    while (!ssh_channel_is_eof(channel.get())) {
        if (stopRequested()) {
            failure = error(SshError::Kind::Cancelled, Tr::tr("Cancelled."));
            break;
        }
        if (deadline.hasExpired()) {
            failure = error(SshError::Kind::Timeout,
                            Tr::tr("The command on %1 did not finish within %2 ms; it was stopped.")
                                .arg(m_display)
                                .arg(timeoutMs));
            break;
        }
        const int out = ssh_channel_read_timeout(channel.get(), buffer.data(),
                                                 uint32_t(buffer.size()), 0, kPollMs);
        if (out > 0)
            result.out.append(buffer.constData(), out);
        const int err = out == SSH_ERROR
                            ? SSH_ERROR
                            : ssh_channel_read_nonblocking(channel.get(), buffer.data(),
                                                           uint32_t(buffer.size()), 1);
        if (err > 0)
            result.err.append(buffer.constData(), err);
        if (out == SSH_ERROR || err == SSH_ERROR) {
            return error(SshError::Kind::Connect,
                         Tr::tr("%1: the connection was lost while the command ran: %2")
                             .arg(m_display, libsshError()));
        }
        if (out > 0 || err > 0) {
            idle.restart();
        } else if (m_target.keepAliveSec > 0 && idle.hasExpired(m_target.keepAliveSec * 1000)) {
            // Keeps NAT and firewall state alive while a command is silent for long.
            ssh_send_ignore(m_session, "keepalive");
            idle.restart();
        }
        if (result.out.size() > kMaxOutputBytes || result.err.size() > kMaxOutputBytes) {
            failure = error(SshError::Kind::Command,
                            Tr::tr("The command on %1 wrote more than %2 MiB; it was stopped.")
                                .arg(m_display)
                                .arg(kMaxOutputBytes / (1024 * 1024)));
            break;
        }
    }
    if (failure) {
        stopRemote(channel.get(), runId);
        return *failure;
    }
    // sshd sends exit-status right around EOF; do not wait long for one that never comes
    // (a command killed by a signal reports exit-signal instead).
    setTimeout(2000);
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    ssh_channel_close(channel.get());
    return result;
}

} // namespace cd
