#include "model/lifecycle/setupplan.h"

#include "providers/setup/ansiblefiles.h"
#include "providers/ssh/sshtypes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cd {

bool SetupPlan::configurable(const Node &node)
{
    switch (node.state) {
    case NodeState::Reachable:
    case NodeState::Configuring:
    case NodeState::Ready:
        return true;
    case NodeState::Failed:
        return !node.preferredIp.isEmpty() && !node.instanceId.isEmpty();
    default:
        return false;
    }
}

Result<SetupRequest, QString> SetupPlan::request(const Cluster &cluster,
                                                 const SetupProfile &profile,
                                                 const LoginProfile &login,
                                                 const SetupOptions &options)
{
    SetupRequest request;
    request.cluster = cluster.name;
    request.playbook = profile.playbookPath.isEmpty()
                           ? QDir(options.playbooksDirectory).filePath(u"site.yml"_s)
                           : profile.playbookPath;
    if (!QFileInfo(request.playbook).isFile())
        return tr("The playbook %1 does not exist (setup profile “%2”, playbook_path).")
            .arg(request.playbook, profile.name);
    const QString defaultUser = login.imageUser.isEmpty() ? u"root"_s : login.imageUser;
    for (const Node &node : cluster.nodes) {
        const auto address = SshAddress::parse(node.preferredIp);
        if (!address || !configurable(node))
            continue;
        SetupNode n;
        n.name = node.name;
        n.kind = node.kind;
        n.groups = profile.kindGroups.value(node.kind);
        n.host = address->host;
        n.port = address->port;
        const NodeKindSpec *kind = cluster.spec.kind(node.kind);
        n.user = kind && !kind->imageUser.isEmpty() ? kind->imageUser : defaultUser;
        n.vars = profile.kindVars.value(node.kind);
        request.nodes << n;
    }
    if (request.nodes.isEmpty())
        return tr("No node of cluster “%1” is reachable: start it first.").arg(cluster.name);
    request.knownHostsFile = options.knownHostsFile;
    request.privateKeyFile = login.userKeyPrivate;
    request.proxyCommand = cluster.spec.sshProxyCommand;
    request.become = login.imageSudo && defaultUser != login.imageUserSudo;
    request.becomeUser = login.imageUserSudo;
    request.globalVars = profile.globalVars;
    request.ansibleSettings = profile.ansibleSettings;
    request.command = profile.ansibleCommand;
    request.extraArgs = AnsibleFiles::splitArguments(profile.ansibleExtraArgs) + options.extraArgs;
    QJsonObject kinds;
    for (const NodeKindSpec &k : cluster.spec.kinds)
        kinds.insert(k.name, QJsonArray::fromStringList(profile.kindGroups.value(k.name)));
    request.facts = QJsonObject{
        {u"template"_s, cluster.templateName}, {u"cloud"_s, cluster.cloud}, {u"kinds"_s, kinds}};
    return request;
}

} // namespace cd
