#pragma once

#include "model/domain/cluster.h"
#include "model/domain/loginprofile.h"
#include "model/domain/setupprofile.h"
#include "providers/core/result.h"
#include "providers/setup/setuprequest.h"

#include <QCoreApplication>

namespace cd {

struct SetupOptions final
{
    QString runsDirectory;      // runs are kept in <runsDirectory>/<cluster>/<time>-setup
    QString knownHostsFile;     // the cluster's
    QString playbooksDirectory; // the shipped playbooks (site.yml) when the profile names none
    QStringList extraArgs;      // appended to the profile's ansible_extra_args
};

// The setup run a cluster needs, from its nodes, setup profile and login: which nodes take
// part (those SSH has worked on), their groups, users and variables, the playbook, the
// cluster's known_hosts and proxy command. The run directory is left for the caller.
// Fails with a sentence when nothing can be configured or the playbook is missing.
class SetupPlan final
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlan)

public:
    static Result<SetupRequest, QString> request(const Cluster &cluster,
                                                 const SetupProfile &profile,
                                                 const LoginProfile &login,
                                                 const SetupOptions &options);
    // True once SSH has worked on the node: reachable, configured before, or failed in an
    // earlier setup (never one that could not be started).
    static bool configurable(const Node &node);
};

} // namespace cd
