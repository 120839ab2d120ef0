#pragma once

#include "model/core/datadir.h"
#include "model/lifecycle/clustercontroller.h"

namespace cd {

// The libssh prober for a cluster: its login's user and key, its ssh_proxy_command, its own
// known_hosts file in the data dir, trust on first use for the new nodes it starts.
ClusterController::ProberMaker makeSshProber(const DataDir &dataDir);

} // namespace cd
