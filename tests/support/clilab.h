#pragma once

#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QMap>
#include <QTemporaryDir>

namespace cd::test {

// What the clusterdeck-cli end-to-end tests share: a temporary data dir, a SshNodeFarm of
// loopback sshd nodes, the config sections naming them — [cloud/lab] (static hosts: the farm's
// nodes), [login/farm] (the farm's user and key), [setup/plain] — and the CLI run against that
// data dir. Tests add their own [cluster/…] section.
class CliLab final
{
public:
    CliLab() = default;

    // Starts `nodes` sshd nodes; false with errorString() set.
    bool start(int nodes);
    QString errorString() const { return m_farm.errorString(); }
    SshNodeFarm &farm() { return m_farm; }
    const SshNodeFarm &farm() const { return m_farm; }
    // A path in the lab's temporary directory.
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString dataDir() const { return path(QStringLiteral("data")); }

    // clusterdeck-cli --data-dir DATA ARGS, with LC_ALL=C.UTF-8 and `env` added.
    ProcessResult cli(const QStringList &args,
                      const QMap<QString, QString> &env = {},
                      int timeoutMs = 120000) const;

    // "host:port,…" for every farm node.
    QString hosts() const;
    // The shared sections followed by `cluster`; `setupExtra` lines go into [setup/plain].
    QString config(const QString &cluster, const QString &setupExtra = {}) const;
    // Writes `text` to a file and runs import-config on it; false with *error set.
    bool importConfig(const QString &text, QString *error);

    // `list-nodes CLUSTER --json`: one object per node (empty when the CLI fails).
    QJsonArray nodes(const QString &cluster) const;
    // Hosts of the lab account in use, as `account test lab` reports them (-1: no answer).
    int hostsInUse() const;
    // The cluster's known_hosts file as the CLI keeps it in the data dir.
    QString knownHosts(const QString &cluster) const;

private:
    QTemporaryDir m_tmp;
    SshNodeFarm m_farm;
};

// Writes an executable ProxyCommand script (`script HOST PORT`, e.g. ssh_proxy_command=SCRIPT
// %h %p) into `dir` that maps each fake cloud address to a farm node: the first time an address
// is seen it gets the next free node (under a lock: probes run concurrently), later
// connections to it go to the same node, relayed with socat. With `addressPrefix`, other
// addresses are refused (the fake cloud's range). `identify`, when given, is a shell command
// that prints what stands behind the address "$1" (e.g. its instance id): addresses of the same
// machine then share one node — a cloud that hands out a new public address on resume still
// leads to the same sshd and host key. Empty on failure.
QString writeFarmProxyScript(const SshNodeFarm &farm,
                             const QString &dir,
                             const QString &addressPrefix = {},
                             const QString &identify = {});

} // namespace cd::test
