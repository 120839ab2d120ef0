#pragma once

#include "providers/ssh/sshtypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QThreadPool;
class QTimer;

namespace cd {

struct ShellChannelShared;

// An interactive shell on one machine: a pty ("xterm-256color", cols × rows) and the user's
// login shell, for terminals. Connects exactly like SshSession (the target's known_hosts only,
// its host key policy, key file and/or agent, ProxyCommand).
//
// The libssh work runs on a worker thread of its own (taken from sshThreadPool() for the
// session's life) with non-blocking channel I/O: it sleeps in poll() on the session socket
// and a wake-up descriptor, never spins. Bytes cross threads through a mutex-guarded buffer
// and queued calls, coalesced: while the GUI is busy, output piles up (up to a cap, then the
// worker stops reading and SSH flow control holds the remote program) and arrives as one
// dataReceived(). Output arrives at most once a display frame (~16 ms): the first bytes after
// a quiet frame at once (echo of typing), a flood in one batch a frame, which the terminal
// takes in one go. write() and resize() never block.
//
// Lifecycle: open() → opened(hostKey) → dataReceived()* → closed(exitStatus), or failed(error)
// at any point instead of closed(). close() or deleting the object ends the remote session.
class ShellChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShellChannel)

public:
    enum class State { Idle, Opening, Open, Closed };
    Q_ENUM(State)

    explicit ShellChannel(SshTarget target, QObject *parent = nullptr);
    ~ShellChannel() override;

    // The pty size the shell starts with; later changes go through resize().
    void setInitialSize(int cols, int rows);
    void setTerminalType(const QByteArray &type) { m_termType = type; }
    // Starts connecting on a worker thread (`pool` for tests; sshThreadPool() by default).
    void open(QThreadPool *pool = nullptr);

    State state() const { return m_state; }
    const SshTarget &target() const { return m_target; }
    // -1 until closed(), and when the server reported none (e.g. the shell died by a signal).
    int exitStatus() const { return m_exitStatus; }

public slots:
    // Queued for the remote side, in order; sent as the SSH window allows.
    void write(const QByteArray &data);
    // Sends a window-change request (coalesced: only the last size of a burst is sent).
    void resize(int cols, int rows);
    // Closes the channel and the connection; closed() follows.
    void close();

signals:
    void opened(const cd::HostKey &hostKey);
    void dataReceived(const QByteArray &data);
    // The shell ended (exit status, -1 if none) or the channel was closed from either side.
    void closed(int exitStatus);
    void failed(const cd::SshError &error);
    void stateChanged(cd::ShellChannel::State state);

private:
    friend struct ShellWorker;
    friend struct ShellChannelShared;

    void setState(State state);
    void drain();   // the worker has output for us
    void deliver(); // hands it out now
    void onOpened(const HostKey &key);
    void onFinished(int exitStatus, const std::optional<SshError> &error);

    SshTarget m_target;
    QByteArray m_termType = "xterm-256color";
    int m_cols = 80;
    int m_rows = 24;
    State m_state = State::Idle;
    int m_exitStatus = -1;
    std::shared_ptr<ShellChannelShared> m_shared;
    QTimer *m_batchTimer;
    QElapsedTimer m_sinceBatch;
};

} // namespace cd
