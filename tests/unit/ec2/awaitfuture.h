#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

#include <optional>

namespace cd::test {

// The future's result, spinning the event loop (bounded) until it is there; nullopt when it
// did not finish in time or finished without a result (cancelled).
template<typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            finished.wait(timeoutMs);
    }
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

} // namespace cd::test
