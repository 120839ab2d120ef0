#pragma once

#include "model/core/job.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace cd {

// Runs jobs one after another (start, then setup): each step makes its job when its turn
// comes (so it sees what the previous one stored) or returns null to be skipped. Stops at the
// first step that fails or is cancelled and ends with that outcome and error; progress and
// cancel pass through to the running step.
class JobSequence final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSequence)

public:
    using Step = std::function<Job *(QObject *parent)>;

    explicit JobSequence(QList<Step> steps, QObject *parent = nullptr);
    ~JobSequence() override;

    Job *current() const { return m_current; }

signals:
    void stepStarted(cd::Job *job);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void next();

    QList<Step> m_steps;
    QPointer<Job> m_current;
};

} // namespace cd
