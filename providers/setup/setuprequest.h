#pragma once

#include "providers/setup/setupevent.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace cd {

// One machine to configure and how to reach it.
struct SetupNode final
{
    QString name; // the inventory name (compute001)
    QString kind;
    QStringList groups; // Ansible groups (slurm_master, slurm_worker …)
    QString host;       // address as SSH reaches it (what the known_hosts entry names)
    int port = 22;
    QString user;
    QMap<QString, QString> vars; // per-kind variables (<kind>_var_*)
};

// Everything one setup run needs. Holds no secret: the private key is a path, an encrypted
// key is used through ssh-agent, and cloud credentials never reach the configuration tool.
struct SetupRequest final
{
    QString cluster;
    QList<SetupNode> nodes;
    QString playbook;       // the main playbook file
    QString runDirectory;   // created by the caller; inventory, config and logs are kept there
    QString knownHostsFile; // the cluster's; hosts are checked strictly against it
    QString privateKeyFile; // empty: ssh-agent
    QString proxyCommand;   // ssh_proxy_command (%h %p %r), may be empty
    bool become = false;    // run tasks through sudo as becomeUser
    QString becomeUser = QStringLiteral("root");
    QMap<QString, QString> globalVars;      // global_var_*
    QMap<QString, QString> ansibleSettings; // ansible_<option> → ANSIBLE_<OPTION>
    QString command;                        // ansible_command; empty: ansible-playbook on PATH
    QStringList extraArgs;                  // ansible_extra_args then the caller's
    QJsonObject facts;                      // cluster facts for the extra-vars file
    int cores = 0;                          // 0: this machine's
};

// How a run ended. Success means exit 0 and every node reported without failures or
// unreachability in the final stats.
struct SetupResult final
{
    enum class Outcome { Succeeded, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    int exitCode = -1;
    QString error; // why the run as a whole failed (could not start, crashed, hosts failed)
    QMap<QString, SetupHostStats> stats;
    QMap<QString, QString> failedHosts;      // host → "task: message"
    QMap<QString, QString> unreachableHosts; // host → message
    QString runDirectory;
};

} // namespace cd
