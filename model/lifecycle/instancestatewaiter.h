#pragma once

#include "providers/cloud/cloudprovider.h"

#include <QTimer>

#include <functional>
#include <memory>

namespace cd {

// The wait every lifecycle job does after asking the cloud to change instances (terminate,
// stop, start): one describe call per poll round for all the instances still waited for,
// never two rounds in flight, until none is left or a deadline passes. The job says which
// ids it still waits for and folds each answer into its nodes; a failed describe is simply
// tried again next round (the deadline bounds it). Answers that arrive after stop() are
// dropped.
class InstanceStateWaiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceStateWaiter)

public:
    // The instance ids still waited for, asked before each round and after each answer.
    using Waiting = std::function<QStringList()>;

    InstanceStateWaiter(std::shared_ptr<CloudProvider> provider,
                        int pollIntervalMs,
                        QObject *parent = nullptr);
    ~InstanceStateWaiter() override;

    // Starts the deadline for the whole wait; it may be armed before polling begins (so that
    // it covers the call that changes the instances) and stays armed after settled().
    void armDeadline(int timeoutSec);
    // Milliseconds left before the deadline; -1 when none is armed.
    int remainingMs() const;
    // Polls now and then every interval until `waiting` returns nothing.
    void wait(Waiting waiting);
    // No more rounds, the deadline disarmed, answers still in flight dropped.
    void stop();
    bool isPolling() const { return m_poll.isActive(); }

signals:
    // One round's answer (only successful ones).
    void answered(const QList<cd::InstanceInfo> &instances);
    // Nothing is waited for any more; polling has stopped.
    void settled();
    void timedOut();

private:
    void round();
    bool settle();

    std::shared_ptr<CloudProvider> m_provider;
    Waiting m_waiting;
    QTimer m_poll;
    QTimer m_deadline;
    bool m_describing = false;
    int m_generation = 0; // bumped by stop(): answers of earlier rounds are dropped
};

} // namespace cd
