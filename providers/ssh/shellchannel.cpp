#include "providers/ssh/shellchannel.h"

#include "providers/ssh/shellchannel_p.h"
#include "providers/ssh/sshsession.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

#include <sys/eventfd.h>
#include <unistd.h>

namespace cd {

namespace {
constexpr int kBatchMs = 16; // a display frame
} // namespace

ShellChannelShared::ShellChannelShared()
    : wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{}

ShellChannelShared::~ShellChannelShared()
{
    if (wakeFd >= 0)
        ::close(wakeFd);
}

void ShellChannelShared::wake()
{
    const eventfd_t one = 1;
    if (wakeFd >= 0)
        (void)::write(wakeFd, &one, sizeof one);
}

void ShellChannelShared::consumeWake()
{
    eventfd_t value = 0;
    if (wakeFd >= 0)
        (void)::read(wakeFd, &value, sizeof value);
}

ShellChannel::ShellChannel(SshTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_shared(std::make_shared<ShellChannelShared>())
    , m_batchTimer(new QTimer(this))
{
    registerSshMetaTypes();
    m_shared->owner = this;
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setTimerType(Qt::PreciseTimer);
    connect(m_batchTimer, &QTimer::timeout, this, &ShellChannel::deliver);
}

ShellChannel::~ShellChannel()
{
    // Never waits for the worker: it sees the request at once (eventfd) and ends the session
    // on its own thread; nothing is posted to this object any more.
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
    }
    m_shared->closeRequested = true;
    m_shared->wake();
}

void ShellChannel::setInitialSize(int cols, int rows)
{
    m_cols = qMax(cols, 1);
    m_rows = qMax(rows, 1);
}

void ShellChannel::open(QThreadPool *pool)
{
    if (m_state != State::Idle)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->cols = m_cols;
        m_shared->rows = m_rows;
    }
    setState(State::Opening);
    (pool ? pool : sshThreadPool())
        ->start([shared = m_shared, target = m_target, term = m_termType] {
            ShellWorker::run(shared, target, term);
        });
}

void ShellChannel::write(const QByteArray &data)
{
    if (data.isEmpty() || m_state == State::Closed)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->outgoing.append(data);
    }
    m_shared->wake();
}

void ShellChannel::resize(int cols, int rows)
{
    m_cols = qMax(cols, 1);
    m_rows = qMax(rows, 1);
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->cols = m_cols;
        m_shared->rows = m_rows;
        m_shared->resizePending = true;
    }
    m_shared->wake();
}

void ShellChannel::close()
{
    if (m_state == State::Idle) {
        setState(State::Closed);
        emit closed(-1);
        return;
    }
    m_shared->closeRequested = true;
    m_shared->wake();
}

void ShellChannel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ShellChannel::drain()
{
    if (m_batchTimer->isActive())
        return; // the batch is due with the timer; the worker keeps adding to it
    const qint64 since = m_sinceBatch.isValid() ? m_sinceBatch.elapsed() : kBatchMs;
    if (since >= kBatchMs)
        deliver();
    else
        m_batchTimer->start(int(kBatchMs - since));
}

void ShellChannel::deliver()
{
    m_sinceBatch.start();
    QByteArray data;
    {
        std::lock_guard lock(m_shared->mutex);
        data.swap(m_shared->incoming);
    }
    if (data.size() >= kShellMaxPending)
        m_shared->wake(); // the worker had stopped reading
    if (!data.isEmpty())
        emit dataReceived(data);
}

void ShellChannel::onOpened(const HostKey &key)
{
    if (m_state != State::Opening)
        return;
    setState(State::Open);
    emit opened(key);
}

void ShellChannel::onFinished(int exitStatus, const std::optional<SshError> &error)
{
    m_batchTimer->stop();
    deliver();
    m_exitStatus = exitStatus;
    setState(State::Closed);
    if (error && error->kind != SshError::Kind::Cancelled)
        emit failed(*error);
    else
        emit closed(exitStatus);
}

} // namespace cd
