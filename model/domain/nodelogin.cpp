#include "model/domain/nodelogin.h"

using namespace Qt::StringLiterals;

namespace cd {

NodeLogin::NodeLogin(const Cluster &cluster,
                     const Node &node,
                     const LoginProfile &login,
                     const QString &knownHostsFile)
    : m_cluster(cluster)
    , m_node(node)
    , m_login(login)
    , m_knownHostsFile(knownHostsFile)
{}

bool NodeLogin::isUp(const Node &n)
{
    return n.state == NodeState::Reachable || n.state == NodeState::Configuring
           || n.state == NodeState::Ready;
}

QString NodeLogin::addressText(const Node &node)
{
    if (!node.preferredIp.isEmpty())
        return node.preferredIp;
    return node.publicIp.isEmpty() ? node.privateIp : node.publicIp;
}

const Node *NodeLogin::defaultNode(const Cluster &cluster)
{
    const QString sshTo = cluster.spec.sshTo;
    if (!sshTo.isEmpty()) {
        const Node *firstOfKind = nullptr;
        for (const Node &n : cluster.nodes) {
            if (n.kind != sshTo)
                continue;
            if (isUp(n))
                return &n;
            if (!firstOfKind)
                firstOfKind = &n;
        }
        if (firstOfKind)
            return firstOfKind; // refused later, named
        if (const Node *named = cluster.node(sshTo))
            return named;
    }
    for (const QString &kind : {u"ssh"_s, u"login"_s, u"frontend"_s, u"master"_s})
        for (const Node &n : cluster.nodes)
            if (n.kind == kind)
                return &n;
    return cluster.nodes.isEmpty() ? nullptr : &cluster.nodes.first();
}

Result<SshAddress, QString> NodeLogin::address() const
{
    const QString text = addressText(m_node);
    if (text.isEmpty())
        return tr("Node “%1” has no address.").arg(m_node.name);
    const std::optional<SshAddress> parsed = SshAddress::parse(text);
    if (!parsed)
        return tr("Node “%1” has an unusable address “%2”.").arg(m_node.name, text);
    return *parsed;
}

QString NodeLogin::user() const
{
    return m_login.imageUser.isEmpty() ? u"root"_s : m_login.imageUser;
}

Result<SshTarget, QString> NodeLogin::target() const
{
    const Result<SshAddress, QString> where = address();
    if (!where)
        return where.error();
    SshTarget t;
    t.host = where.value().host;
    t.port = where.value().port;
    t.user = user();
    t.privateKeyPath = m_login.userKeyPrivate;
    t.useAgent = m_login.userKeyPrivate.isEmpty();
    t.proxyCommand = m_cluster.spec.sshProxyCommand;
    t.knownHostsFile = m_knownHostsFile;
    t.policy = HostKeyPolicy::Strict;
    t.connectTimeoutMs = qMax(1, m_cluster.spec.sshProbeTimeoutSec) * 1000;
    return t;
}

Result<QStringList, QString> NodeLogin::systemSshArguments(const QStringList &remoteCommand) const
{
    const Result<SshAddress, QString> where = address();
    if (!where)
        return where.error();
    QStringList argv{u"ssh"_s, u"-F"_s, u"/dev/null"_s};
    if (!m_login.userKeyPrivate.isEmpty())
        argv << u"-i"_s << m_login.userKeyPrivate << u"-o"_s << u"IdentitiesOnly=yes"_s;
    argv << u"-o"_s << u"UserKnownHostsFile="_s + m_knownHostsFile;
    argv << u"-o"_s << u"StrictHostKeyChecking=yes"_s;
    argv << u"-o"_s << u"GlobalKnownHostsFile=/dev/null"_s;
    if (!m_cluster.spec.sshProxyCommand.isEmpty())
        argv << u"-o"_s << u"ProxyCommand="_s + m_cluster.spec.sshProxyCommand;
    if (where.value().port != 22)
        argv << u"-p"_s << QString::number(where.value().port);
    argv << u"--"_s << user() + u'@' + where.value().host;
    argv << remoteCommand;
    return argv;
}

} // namespace cd
