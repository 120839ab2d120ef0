#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

namespace cd::test {

// Waits (bounded, with the event loop running) for a future and returns its result. The event
// loop matters: keychain and network replies arrive through it.
template<typename T>
T await(QFuture<T> future, int timeoutMs = 20000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy spy(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        spy.wait(timeoutMs);
    return future.result();
}

} // namespace cd::test
