#pragma once

#include "providers/ssh/sshtypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace cd {

// Waits for freshly started nodes to become reachable over SSH, all nodes at once: one
// attempt per node runs concurrently on sshThreadPool(), so 50 nodes take about as long as
// one. An attempt tries the node's addresses in order and succeeds on the first one where
// the host key is accepted, authentication works and `exit 0` runs. A failed attempt is
// retried every retryInterval() until the overall timeout (ElastiCluster's start_timeout);
// a changed host key ends the node at once and is never retried. The thread calling start()
// is never blocked: results arrive as signals on the probe's thread.
class LivenessProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivenessProbe)

public:
    struct Node
    {
        QString id;
        QStringList addresses; // "1.2.3.4", "1.2.3.4:2222", "[::1]:2200"; tried in order
        SshTarget base;        // host and port are taken from each address (port default:
                               // base.port)
    };

    explicit LivenessProbe(QObject *parent = nullptr);
    ~LivenessProbe() override; // stops quietly: no signal is emitted

    // Time between the starts of two attempts on one node (default 2000 ms).
    void setRetryInterval(int ms) { m_retryIntervalMs = qMax(ms, 0); }
    int retryInterval() const { return m_retryIntervalMs; }

    // attemptTimeoutMs (ssh_probe_timeout) bounds connecting to one address and running the
    // probe command there; overallTimeoutMs (start_timeout) bounds the whole probe. A probe
    // that is still running is cancelled first (emitting its finished()).
    void start(const QList<Node> &nodes, int attemptTimeoutMs, int overallTimeoutMs);
    // Stops at once: attempts in flight are abandoned (they end on their own within their
    // timeout), finished() is emitted and nothing else.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // Authenticated and `exit 0` ran; `address` is the one (of the node's) that worked.
    void alive(const QString &id, const QString &address, const cd::HostKey &key);
    // One attempt failed; the node is tried again until the overall timeout.
    void attemptFailed(const QString &id, const cd::SshError &error);
    // Final for this node: overall timeout (Kind::Timeout, with the last error in the
    // message), a changed host key (never retried), or no usable address.
    void failed(const QString &id, const cd::SshError &error);
    // Once per start(), after every node was reported alive or failed, or on cancel().
    void finished();

private:
    struct Outcome
    {
        bool alive = false;
        QString address;
        HostKey key;
        SshError error;
    };
    struct NodeState
    {
        Node node;
        QList<SshAddress> addresses;
        QStringList addressTexts; // as given, parallel to `addresses`
        bool done = false;
        QElapsedTimer attemptStarted;
        SshError lastError;
    };

    static Outcome probe(const NodeState &node,
                         int attemptTimeoutMs,
                         qint64 overallRemainingMs,
                         const std::shared_ptr<std::atomic_bool> &stop);
    void launch(quint64 generation, int index);
    void handle(quint64 generation, int index, const Outcome &outcome);
    void fail(int index, const SshError &error);
    void failRemaining();
    void finishIfDone(quint64 generation);
    void finish();

    std::vector<NodeState> m_nodes;
    QTimer m_overallTimer;
    QElapsedTimer m_started;
    std::shared_ptr<std::atomic_bool> m_stop;
    quint64 m_generation = 0;
    int m_attemptTimeoutMs = 0;
    int m_overallTimeoutMs = 0;
    int m_retryIntervalMs = 2000;
    bool m_running = false;
};

} // namespace cd
