#include "model/core/jobsequence.h"

namespace cd {

JobSequence::JobSequence(QList<Step> steps, QObject *parent)
    : Job(parent)
    , m_steps(std::move(steps))
{}

JobSequence::~JobSequence() = default;

void JobSequence::doStart()
{
    next();
}

void JobSequence::doCancel()
{
    if (m_current)
        m_current->cancel();
}

void JobSequence::next()
{
    while (!m_steps.isEmpty()) {
        const Step step = m_steps.takeFirst();
        Job *job = step(this);
        if (!job)
            continue;
        m_current = job;
        connect(job, &Job::progress, this, &Job::progress);
        connect(job, &Job::finished, this, [this, job](Outcome outcome) {
            job->deleteLater();
            m_current = nullptr;
            if (outcome == Outcome::Failed)
                return failWith(job->errorString());
            if (outcome == Outcome::Cancelled || isCancelRequested())
                return finishCancelled();
            next();
        });
        emit stepStarted(job);
        job->start();
        return;
    }
    succeed();
}

} // namespace cd
