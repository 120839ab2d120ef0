#include "model/core/job.h"

#include <QTimer>

namespace cd {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    // Start on the next event-loop turn so that callers connect first and start() never
    // re-enters them.
    QTimer::singleShot(0, this, [this] {
        if (m_cancelRequested)
            return finishCancelled();
        doStart();
    });
}

void Job::cancel()
{
    if (m_cancelRequested || isFinished())
        return;
    m_cancelRequested = true;
    if (m_started)
        doCancel();
}

void Job::succeed()
{
    finish(Outcome::Succeeded);
}

void Job::failWith(const QString &error)
{
    m_errorString = error;
    finish(Outcome::Failed);
}

void Job::finishCancelled()
{
    finish(Outcome::Cancelled);
}

void Job::finish(Outcome outcome)
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = outcome;
    emit finished(outcome);
}

} // namespace cd
