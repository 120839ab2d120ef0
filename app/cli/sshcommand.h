#pragma once

#include "app/cli/clicommand.h"

namespace cd {

struct LoginProfile;

// `ssh CLUSTER [--node NAME] [--dry-run] [-- CMD...]`: replaces this process with the system
// `ssh` to one node of the cluster, checking its host key against the cluster's own
// known_hosts file (StrictHostKeyChecking=yes; the user's ssh config is not read). The node:
// --node, else the template's ssh_to (a kind: its first reachable node; or a node name), else
// the first node of kind ssh, login, frontend or master, else the first node. A node that is
// not reachable is refused. --dry-run prints the command, one argument per line.
class SshCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshCommand)

public:
    using CliCommand::CliCommand;
    ~SshCommand() override;
    void start(const QStringList &arguments) override;

    // The node to log in to (nullptr when the cluster has none of that name).
    static const Node *target(const Cluster &cluster, const QString &requested);
    // The argv (argv[0] "ssh"); empty with *error set when the node has no usable address.
    static QStringList sshArguments(const Cluster &cluster,
                                    const Node &node,
                                    const LoginProfile &login,
                                    const QString &knownHostsFile,
                                    const QStringList &remoteCommand,
                                    QString *error);
};

} // namespace cd
