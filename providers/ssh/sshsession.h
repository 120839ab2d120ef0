#pragma once

#include "providers/ssh/sshtypes.h"

#include <QDeadlineTimer>

#include <functional>

struct ssh_session_struct;
struct ssh_channel_struct;
class QThreadPool;

namespace cd {

// The threads every blocking libssh call runs on: many (libssh blocks on the network, so the
// pool is not sized by CPU cores), separate from QThreadPool::globalInstance() so that SSH never
// starves QtConcurrent users. At exit, running sessions are told to stop and awaited.
QThreadPool *sshThreadPool();

// One SSH connection through libssh. BLOCKING: use it only on a worker thread (see
// RemoteCommand and LivenessProbe, which do), never on the GUI thread.
//
// open() connects (directly or through the target's proxy command), checks the host key
// with ssh_session_is_known_server against the target's own known_hosts file only (global
// and user files are not consulted, ~/.ssh/config is not read), applies the HostKeyPolicy,
// and authenticates with the key file and/or ssh-agent. exec() runs one command.
class SshSession final
{
public:
    // Polled between steps and several times a second while a command runs; returning true
    // stops the session with SshError::Kind::Cancelled.
    using StopRequested = std::function<bool()>;

    explicit SshSession(SshTarget target, StopRequested stopRequested = {});
    ~SshSession();

    // All of connect, host key check and authentication within target.connectTimeoutMs.
    // Returns the server's (accepted) host key.
    Result<HostKey, SshError> open();

    // Runs `command` through the login shell and collects stdout, stderr and the exit status;
    // timeoutMs < 0: no limit. On timeout or stop the command's processes are ended (OpenSSH's
    // "signal" request, else TERM/KILL from a second channel to every process carrying the
    // command's CLUSTERDECK_RUN environment marker), so nothing keeps running on the node.
    // The command runs as: exec env CLUSTERDECK_RUN=<id> "$SHELL" -c '<command>'.
    Result<CommandResult, SshError> exec(const QString &command, int timeoutMs);

    const SshTarget &target() const { return m_target; }
    HostKey hostKey() const { return m_hostKey; }
    // The libssh session, for channels beyond exec() (ShellChannel); null before open().
    ssh_session_struct *handle() const { return m_session; }
    // The caller's stop request, or the application shutting down (see sshThreadPool()).
    bool stopRequested() const;

private:
    Q_DISABLE_COPY_MOVE(SshSession)

    void setTimeout(int ms);
    int remainingMs(const QDeadlineTimer &deadline) const;
    SshError error(SshError::Kind kind, const QString &message) const;
    SshError connectionError(const QString &step, const QDeadlineTimer &deadline) const;
    std::optional<SshError> configure();
    std::optional<SshError> verifyHostKey();
    SshError hostKeyChanged() const;
    std::optional<SshError> authenticate(const QDeadlineTimer &deadline);
    static QByteArray wrapCommand(const QString &command, const QByteArray &runId);
    bool waitForEof(ssh_channel_struct *channel, int ms);
    bool killMarked(const QByteArray &runId);
    void stopRemote(ssh_channel_struct *channel, const QByteArray &runId);
    QString libsshError() const;

    SshTarget m_target;
    StopRequested m_stopRequested;
    ssh_session_struct *m_session = nullptr;
    HostKey m_hostKey;
    QString m_display; // "user@host:port via proxy", for messages
};

} // namespace cd
