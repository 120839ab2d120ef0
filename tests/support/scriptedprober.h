#pragma once

#include "model/lifecycle/nodeprober.h"

#include <QMap>
#include <QStringList>

namespace cd::test {

// A NodeProber for job-level tests, answering each node as its script says (on a later turn
// of the event loop): "alive" (the default: alive at the first address given), "fail",
// "changed" (a refused host key), anything else: silence. cancel() drops the answers still
// due for the probes asked so far; later probes are answered again.
class ScriptedProber final : public NodeProber
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedProber)

public:
    explicit ScriptedProber(QObject *parent = nullptr);
    ~ScriptedProber() override;

    QMap<QString, QString> script;
    QStringList probed;                   // node names, in the order asked
    QMap<QString, QStringList> addresses; // node → the addresses of its last probe
    int cancels = 0;

    void probe(const QList<Request> &nodes, int attemptTimeoutMs, int overallTimeoutMs) override;
    void cancel() override;

private:
    int m_generation = 0;
};

} // namespace cd::test
