#include "model/lifecycle/sshnodeprober.h"

#include "providers/ssh/livenessprobe.h"

namespace cd {

SshNodeProber::SshNodeProber(SshTarget base, QObject *parent)
    : NodeProber(parent)
    , m_base(std::move(base))
{}

SshNodeProber::~SshNodeProber()
{
    cancel();
}

void SshNodeProber::probe(const QList<Request> &nodes, int attemptTimeoutMs, int overallTimeoutMs)
{
    QList<LivenessProbe::Node> targets;
    for (const Request &r : nodes)
        targets.append({r.node, r.addresses, m_base});
    auto *probe = new LivenessProbe(this);
    connect(probe, &LivenessProbe::alive, this,
            [this](const QString &id, const QString &address, const HostKey &) {
                emit alive(id, address);
            });
    connect(probe, &LivenessProbe::failed, this, [this](const QString &id, const SshError &error) {
        if (error.kind == SshError::Kind::HostKeyChanged)
            emit hostKeyChanged(id, error.expected, error.presented);
        emit failed(id, error.message, error.kind == SshError::Kind::HostKeyChanged);
    });
    connect(probe, &LivenessProbe::finished, probe, &QObject::deleteLater);
    m_probes.append(probe);
    probe->start(targets, attemptTimeoutMs, overallTimeoutMs);
}

void SshNodeProber::cancel()
{
    for (const QPointer<LivenessProbe> &probe : std::as_const(m_probes))
        if (probe)
            probe->cancel();
    m_probes.clear();
}

} // namespace cd
