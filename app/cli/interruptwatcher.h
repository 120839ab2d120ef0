#pragma once

#include <QObject>

class QSocketNotifier;

namespace cd {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so Ctrl+C can cancel a job cleanly
// instead of killing the process mid-step. A second Ctrl+C exits at once (status 130).
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace cd
