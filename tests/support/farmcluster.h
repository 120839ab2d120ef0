#pragma once

#include "model/repository/clusterrepository.h"
#include "tests/support/sshnodefarm.h"

namespace cd::test {

// Stores a cluster `name` whose nodes (kind "node", node001…) are the farm's sshd nodes,
// already Reachable as after a start, with a login "farm" for the farm's user and key and the
// given setup profile (saved too, its name set on the cluster). For setup tests that need no
// cloud. False when the repository refuses.
inline bool addFarmCluster(ClusterRepository &repo,
                           const SshNodeFarm &farm,
                           const QString &name,
                           const SetupProfile &setup)
{
    LoginProfile login;
    login.name = QStringLiteral("farm");
    login.imageUser = farm.user();
    login.imageSudo = false;
    login.userKeyPrivate = farm.clientKeyPath();
    if (!repo.saveLogin(login).ok() || !repo.saveSetup(setup).ok())
        return false;
    Cluster cluster;
    cluster.name = name;
    cluster.login = login.name;
    cluster.setup = setup.name;
    cluster.state = ClusterState::Starting;
    NodeKindSpec kind;
    kind.name = QStringLiteral("node");
    kind.count = farm.nodeCount();
    cluster.spec.kinds << kind;
    for (int i = 0; i < farm.nodeCount(); ++i) {
        Node n;
        n.kind = kind.name;
        n.index = i + 1;
        n.name = Node::nameFor(n.kind, n.index);
        n.instanceId = QStringLiteral("host-%1").arg(i);
        n.preferredIp = QStringLiteral("%1:%2").arg(farm.address(i)).arg(farm.port(i));
        n.state = NodeState::Reachable;
        cluster.nodes << n;
    }
    return repo.addCluster(cluster).ok();
}

} // namespace cd::test
