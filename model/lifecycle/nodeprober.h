#pragma once

#include "providers/ssh/sshtypes.h"

#include <QObject>
#include <QStringList>

namespace cd {

// What the lifecycle needs from SSH: "is this node reachable, and at which address?". The
// real one (SshNodeProber) drives LivenessProbe over libssh; the seam keeps jobs testable and
// lets a bench drive thousands of nodes without sshd.
class NodeProber : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeProber)

public:
    struct Request
    {
        QString node;
        QStringList addresses; // tried in order ("ip" or "ip:port")
    };

    explicit NodeProber(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~NodeProber() override = default;

    // Probes all these nodes concurrently; may be called again with more nodes while earlier
    // ones are still being probed. Each node ends with exactly one alive() or failed().
    virtual void probe(const QList<Request> &nodes, int attemptTimeoutMs, int overallTimeoutMs) = 0;
    virtual void cancel() = 0;

signals:
    void alive(const QString &node, const QString &address);
    // `hostKeyChanged`: the node answered with a key other than the one recorded — refused.
    void failed(const QString &node, const QString &reason, bool hostKeyChanged);
    // Sent before failed() when the node's key differs from the recorded one: both keys, so
    // the user can compare fingerprints and decide.
    void
    hostKeyChanged(const QString &node, const cd::HostKey &expected, const cd::HostKey &presented);
};

} // namespace cd
