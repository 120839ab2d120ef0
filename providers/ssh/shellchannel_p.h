#pragma once

// What ShellChannel and its worker thread share; the mutex guards everything but the atomics.
#include "providers/ssh/shellchannel.h"

#include <QMetaObject>

#include <atomic>
#include <mutex>

namespace cd {

struct ShellChannelShared final
{
    ShellChannelShared();
    ~ShellChannelShared();
    Q_DISABLE_COPY_MOVE(ShellChannelShared)

    // Wakes the worker from poll() (write, resize, close, room again for output).
    void wake();
    // Clears a wake-up once the worker has seen it.
    void consumeWake();

    // Runs `call(owner)` on the GUI thread if the ShellChannel still exists; queued, in order.
    template<typename F>
    void post(F call)
    {
        std::lock_guard lock(mutex);
        postLocked(std::move(call));
    }
    template<typename F>
    void postLocked(F call)
    {
        if (owner) {
            QMetaObject::invokeMethod(
                owner, [o = owner, call = std::move(call)] { call(o); }, Qt::QueuedConnection);
        }
    }

    std::mutex mutex;
    ShellChannel *owner = nullptr; // null once the channel object is gone
    QByteArray outgoing;           // to the remote side, not yet taken by the worker
    QByteArray incoming;           // from the remote side, not yet delivered
    int cols = 80;
    int rows = 24;
    bool resizePending = false;
    std::atomic_bool closeRequested{false};
    int wakeFd = -1;
};

// The worker's side: runs on a pool thread from connect to disconnect.
struct ShellWorker final
{
    static void
    run(std::shared_ptr<ShellChannelShared> shared, SshTarget target, QByteArray termType);
    // Asks the GUI thread to take the incoming bytes; with `shared.mutex` held.
    static void postDrainLocked(ShellChannelShared &shared);
};

// Output beyond this, not yet taken by the GUI thread, stops the worker reading: SSH flow
// control then holds the remote program instead of memory growing without bound.
inline constexpr qsizetype kShellMaxPending = qsizetype(4) * 1024 * 1024;

} // namespace cd
