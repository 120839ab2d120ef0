#include "model/lifecycle/instancestatewaiter.h"

namespace cd {

InstanceStateWaiter::InstanceStateWaiter(std::shared_ptr<CloudProvider> provider,
                                         int pollIntervalMs,
                                         QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
{
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &InstanceStateWaiter::round);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_poll.stop();
        ++m_generation;
        m_describing = false;
        emit timedOut();
    });
}

InstanceStateWaiter::~InstanceStateWaiter() = default;

void InstanceStateWaiter::armDeadline(int timeoutSec)
{
    m_deadline.start(qMax(1, timeoutSec) * 1000);
}

int InstanceStateWaiter::remainingMs() const
{
    return m_deadline.isActive() ? m_deadline.remainingTime() : -1;
}

void InstanceStateWaiter::wait(Waiting waiting)
{
    m_waiting = std::move(waiting);
    m_poll.start();
    round();
}

void InstanceStateWaiter::stop()
{
    m_poll.stop();
    m_deadline.stop();
    ++m_generation;
    m_describing = false;
}

// True (and polling stopped, settled() sent) when nothing is waited for any more.
bool InstanceStateWaiter::settle()
{
    if (!m_waiting().isEmpty())
        return false;
    m_poll.stop();
    emit settled();
    return true;
}

void InstanceStateWaiter::round()
{
    if (m_describing || !m_poll.isActive() || settle())
        return;
    m_describing = true;
    m_provider->describeInstances(m_waiting())
        .then(this, [this, generation = m_generation](const CloudResult<QList<InstanceInfo>> &r) {
            if (generation != m_generation)
                return; // stopped meanwhile
            m_describing = false;
            if (!r.ok())
                return; // next round; the deadline bounds it
            emit answered(r.value());
            if (generation == m_generation && m_poll.isActive())
                settle();
        });
}

} // namespace cd
