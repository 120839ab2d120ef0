#pragma once

#include "model/core/datadir.h"
#include "model/lifecycle/clustercontroller.h"
#include "providers/ssh/sshtypes.h"

namespace cd {

// The libssh prober for a cluster: its login's user and key, its ssh_proxy_command, its own
// known_hosts file in the data dir. TrustOnFirstUse for the new nodes a start brings up;
// Strict (unknown keys refused) for nodes that are known already, as when refreshing.
ClusterController::ProberMaker makeSshProber(const DataDir &dataDir,
                                             HostKeyPolicy policy = HostKeyPolicy::TrustOnFirstUse);

} // namespace cd
