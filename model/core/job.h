#pragma once

#include <QObject>
#include <QString>

namespace cd {

// A long operation: start(), cancel(), progress(…), finished(). It never blocks the thread
// that runs it; work happens in callbacks on the event loop (or on worker threads that report
// back). `finished` is emitted exactly once, after which the job may be deleted (deleteLater).
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    enum class Outcome { Running, Succeeded, Failed, Cancelled };

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start();
    // Asks the job to stop as soon as it safely can; it still ends with finished().
    void cancel();

    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Running && m_started; }
    bool isCancelRequested() const { return m_cancelRequested; }
    QString errorString() const { return m_errorString; }

signals:
    void progress(int done, int total, const QString &text);
    void finished(cd::Job::Outcome outcome);

protected:
    virtual void doStart() = 0;
    // Called once when cancel() is first asked for while running; default: nothing (the job
    // checks isCancelRequested() at its next step).
    virtual void doCancel() {}

    void succeed();
    void failWith(const QString &error);
    void finishCancelled();

private:
    void finish(Outcome outcome);

    Outcome m_outcome = Outcome::Running;
    bool m_started = false;
    bool m_cancelRequested = false;
    QString m_errorString;
};

} // namespace cd
