#include "app/sshprober.h"

#include "model/lifecycle/sshnodeprober.h"

namespace cd {

ClusterController::ProberMaker makeSshProber(const DataDir &dataDir, HostKeyPolicy policy)
{
    return [dataDir, policy](const Cluster &cluster, const LoginProfile &login,
                             QObject *parent) -> NodeProber * {
        SshTarget base;
        base.user = login.imageUser.isEmpty() ? QStringLiteral("root") : login.imageUser;
        base.privateKeyPath = login.userKeyPrivate;
        base.useAgent = login.userKeyPrivate.isEmpty();
        base.proxyCommand = cluster.spec.sshProxyCommand;
        base.knownHostsFile = dataDir.knownHostsFile(cluster.name);
        // New nodes have keys nobody has seen: trust on first use, as ElastiCluster does; a
        // key that changes later is always refused (under both policies).
        base.policy = policy;
        base.connectTimeoutMs = qMax(1, cluster.spec.sshProbeTimeoutSec) * 1000;
        return new SshNodeProber(base, parent);
    };
}

} // namespace cd
