#pragma once

#include "model/domain/cluster.h"
#include "model/domain/loginprofile.h"
#include "providers/core/result.h"
#include "providers/ssh/sshtypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd {

// How to log in to one node of a cluster, for everything that opens a shell there: the CLI's
// `ssh` command, the desktop's terminals and "Open in system terminal". One place decides the
// address (the one SSH last worked on, else public, else private), the user (the login's
// image_user, else root), the key, the proxy command and the cluster's own known_hosts file.
class NodeLogin final
{
    Q_DECLARE_TR_FUNCTIONS(NodeLogin)

public:
    NodeLogin(const Cluster &cluster,
              const Node &node,
              const LoginProfile &login,
              const QString &knownHostsFile);

    // True when the node answers SSH (Reachable, Configuring, Ready).
    static bool isUp(const Node &node);
    // The node one logs in to when none is named: the ssh_to kind's first node that is up
    // (else its first), or the node ssh_to names; else the first ssh/login/frontend/master
    // node; else the first node. Null for a cluster without nodes.
    static const Node *defaultNode(const Cluster &cluster);
    // The address SSH uses: the one it last worked on, else the public, else the private one.
    static QString addressText(const Node &node);

    // A libssh target with host keys checked strictly (the start recorded them); the error
    // names the node when it has no usable address.
    Result<SshTarget, QString> target() const;
    // argv (argv[0] "ssh") for the system ssh client: no user configuration, strict host
    // key checking against the cluster's known_hosts, the login's key, the proxy command.
    Result<QStringList, QString> systemSshArguments(const QStringList &remoteCommand = {}) const;

private:
    Result<SshAddress, QString> address() const;
    QString user() const;

    const Cluster &m_cluster;
    const Node &m_node;
    const LoginProfile &m_login;
    QString m_knownHostsFile;
};

} // namespace cd
