#pragma once

#include "model/lifecycle/nodeprober.h"
#include "providers/ssh/sshtypes.h"

#include <QList>
#include <QPointer>

namespace cd {

class LivenessProbe;

// NodeProber over libssh: each probe() call runs one LivenessProbe for its nodes (all at
// once, on worker threads). Host keys follow `base.policy` against `base.knownHostsFile`.
class SshNodeProber final : public NodeProber
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshNodeProber)

public:
    explicit SshNodeProber(SshTarget base, QObject *parent = nullptr);
    ~SshNodeProber() override;

    void probe(const QList<Request> &nodes, int attemptTimeoutMs, int overallTimeoutMs) override;
    void cancel() override;

private:
    SshTarget m_base;
    QList<QPointer<LivenessProbe>> m_probes;
};

} // namespace cd
