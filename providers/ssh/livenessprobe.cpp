#include "providers/ssh/livenessprobe.h"

#include "providers/ssh/sshlogging.h"
#include "providers/ssh/sshsession.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Works in any login shell, unlike `true`, which is a program on some systems.
const QString kProbeCommand = u"exit 0"_s;

} // namespace

LivenessProbe::LivenessProbe(QObject *parent)
    : QObject(parent)
{
    registerSshMetaTypes();
    m_overallTimer.setSingleShot(true);
    m_overallTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_overallTimer, &QTimer::timeout, this, &LivenessProbe::failRemaining);
}

LivenessProbe::~LivenessProbe()
{
    if (m_stop)
        m_stop->store(true);
}

void LivenessProbe::start(const QList<Node> &nodes, int attemptTimeoutMs, int overallTimeoutMs)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_attemptTimeoutMs = qMax(attemptTimeoutMs, 1);
    m_overallTimeoutMs = qMax(overallTimeoutMs, 1);
    m_running = true;
    m_nodes.clear();
    m_nodes.reserve(size_t(nodes.size()));
    for (const Node &node : nodes) {
        NodeState state{node, {}, {}, false, {}, {}};
        for (const QString &text : node.addresses) {
            if (const std::optional<SshAddress> address = SshAddress::parse(text, node.base.port)) {
                state.addresses += *address;
                state.addressTexts += text;
            } else {
                qCWarning(lcSsh) << "node" << node.id << ": ignoring unusable address" << text;
            }
        }
        m_nodes.push_back(std::move(state));
    }
    qCDebug(lcSsh) << "probing" << m_nodes.size() << "nodes, attempt timeout" << m_attemptTimeoutMs
                   << "ms, overall" << m_overallTimeoutMs << "ms";
    m_started.start();
    m_overallTimer.start(m_overallTimeoutMs);
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (!m_nodes[size_t(i)].addresses.isEmpty())
            launch(generation, i);
    }
    // Nodes without an address (and an empty list) are reported from the event loop, so
    // that start() itself never emits.
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            for (int i = 0; i < int(m_nodes.size()) && generation == m_generation; ++i) {
                if (!m_nodes[size_t(i)].done && m_nodes[size_t(i)].addresses.isEmpty())
                    fail(i, {SshError::Kind::Other,
                             tr("Node %1 has no usable address.").arg(m_nodes[size_t(i)].node.id),
                             {},
                             {}});
            }
            finishIfDone(generation);
        },
        Qt::QueuedConnection);
}

void LivenessProbe::cancel()
{
    if (m_running)
        finish();
}

LivenessProbe::Outcome LivenessProbe::probe(const NodeState &node,
                                            int attemptTimeoutMs,
                                            qint64 overallRemainingMs,
                                            const std::shared_ptr<std::atomic_bool> &stop)
{
    Outcome outcome;
    for (qsizetype i = 0; i < node.addresses.size(); ++i) {
        SshTarget target = node.node.base.withAddress(node.addresses.at(i));
        target.connectTimeoutMs
            = int(qBound(qint64(1), overallRemainingMs, qint64(attemptTimeoutMs)));
        SshSession session(target, [stop] { return stop->load(); });
        const Result<HostKey, SshError> opened = session.open();
        if (!opened) {
            outcome.error = opened.error();
            if (outcome.error.kind == SshError::Kind::HostKeyChanged
                || outcome.error.kind == SshError::Kind::Cancelled)
                return outcome;
            continue;
        }
        const Result<CommandResult, SshError> ran = session.exec(kProbeCommand, attemptTimeoutMs);
        if (!ran) {
            outcome.error = ran.error();
            continue;
        }
        if (ran.value().exitStatus != 0) {
            outcome.error = {SshError::Kind::Command,
                             tr("`%1` exited with status %2 on %3.")
                                 .arg(kProbeCommand)
                                 .arg(ran.value().exitStatus)
                                 .arg(node.addressTexts.value(i)),
                             opened.value(),
                             {}};
            continue;
        }
        outcome.alive = true;
        outcome.address = node.addressTexts.value(i);
        outcome.key = opened.value();
        return outcome;
    }
    return outcome;
}

void LivenessProbe::launch(quint64 generation, int index)
{
    if (generation != m_generation || !m_running)
        return;
    NodeState &node = m_nodes[size_t(index)];
    node.attemptStarted.start();
    const qint64 remaining = qMax<qint64>(m_overallTimeoutMs - m_started.elapsed(), 1);
    // The worker gets copies: it may outlive this object (it then ends within its timeout).
    // The result comes back through a child watcher rather than QFuture::then(this, ...),
    // which in Qt 6.4 is not safe against the context object being destroyed meanwhile.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, index] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            handle(generation, index, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(sshThreadPool(), &LivenessProbe::probe, node,
                                         m_attemptTimeoutMs, remaining, m_stop));
}

void LivenessProbe::handle(quint64 generation, int index, const Outcome &outcome)
{
    if (generation != m_generation || !m_running || m_nodes[size_t(index)].done)
        return;
    NodeState &node = m_nodes[size_t(index)];
    if (outcome.alive) {
        node.done = true;
        qCDebug(lcSsh) << "node" << node.node.id << "alive at" << outcome.address << "after"
                       << m_started.elapsed() << "ms";
        emit alive(node.node.id, outcome.address, outcome.key);
        finishIfDone(generation);
        return;
    }
    if (outcome.error.kind == SshError::Kind::HostKeyChanged) {
        fail(index, outcome.error);
        finishIfDone(generation);
        return;
    }
    if (outcome.error.kind == SshError::Kind::Cancelled)
        return; // only while stopping
    node.lastError = outcome.error;
    emit attemptFailed(node.node.id, outcome.error);
    if (generation != m_generation) // a slot cancelled or restarted us
        return;
    const int wait = int(qMax<qint64>(0, m_retryIntervalMs - node.attemptStarted.elapsed()));
    QTimer::singleShot(wait, this, [this, generation, index] { launch(generation, index); });
}

void LivenessProbe::fail(int index, const SshError &error)
{
    NodeState &node = m_nodes[size_t(index)];
    node.done = true;
    qCInfo(lcSsh).noquote() << "node" << node.node.id << "unreachable:" << error.message;
    emit failed(node.node.id, error);
}

void LivenessProbe::failRemaining()
{
    if (!m_running)
        return;
    const quint64 generation = m_generation;
    m_stop->store(true); // attempts in flight are abandoned
    for (int i = 0; i < int(m_nodes.size()) && generation == m_generation; ++i) {
        const NodeState &node = m_nodes[size_t(i)];
        if (node.done)
            continue;
        const QString last = node.lastError.message.isEmpty() ? tr("no attempt completed")
                                                              : node.lastError.message;
        fail(i, {SshError::Kind::Timeout,
                 tr("Node %1 was not reachable over SSH within %2 s; last error: %3")
                     .arg(node.node.id)
                     .arg(m_overallTimeoutMs / 1000.0)
                     .arg(last),
                 node.lastError.presented,
                 {}});
    }
    finishIfDone(generation);
}

void LivenessProbe::finishIfDone(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    for (const NodeState &node : m_nodes) {
        if (!node.done)
            return;
    }
    finish();
}

void LivenessProbe::finish()
{
    m_running = false;
    m_overallTimer.stop();
    if (m_stop)
        m_stop->store(true);
    ++m_generation;
    emit finished();
}

} // namespace cd
