// ClusterController: host keys that changed — reported to the user, replaced when they say so.
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"
#include "providers/ssh/knownhosts.h"

namespace cd {

NodeProber *ClusterController::watchKeys(const ProberMaker &maker,
                                         const Cluster &cluster,
                                         const LoginProfile &login,
                                         QObject *parent)
{
    NodeProber *prober = maker ? maker(cluster, login, parent) : nullptr;
    if (prober) {
        connect(prober, &NodeProber::hostKeyChanged, this,
                [this, name = cluster.name](const QString &node, const HostKey &expected,
                                            const HostKey &presented) {
                    emit hostKeyChanged(name, node, expected, presented);
                });
    }
    return prober;
}

Result<Done, QString> ClusterController::acceptHostKey(const QString &cluster,
                                                       const QString &node,
                                                       const HostKey &presented)
{
    const auto found = m_repository ? m_repository->cluster(cluster) : std::nullopt;
    const Node *n = found ? found->node(node) : nullptr;
    if (!n)
        return tr("Cluster “%1” has no node named “%2”.").arg(cluster, node);
    QString text = n->preferredIp;
    if (text.isEmpty())
        text = n->publicIp.isEmpty() ? n->privateIp : n->publicIp;
    const auto address = SshAddress::parse(text);
    if (text.isEmpty() || !address)
        return tr("Node “%1” has no address to record the key for.").arg(node);
    if (presented.isNull())
        return tr("There is no new key to record for node “%1”.").arg(node);
    KnownHosts knownHosts(knownHostsFile(cluster));
    if (!knownHosts.replace(address->host, address->port, presented))
        return tr("Cannot write %1.").arg(knownHosts.path());
    if (m_repository) {
        ClusterEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.cluster = cluster;
        event.node = node;
        event.level = ClusterEvent::Level::Warning;
        event.text = tr("The new host key %1 was accepted by the user.").arg(presented.sha256);
        (void)m_repository->appendEvents({event});
    }
    return Done{};
}

} // namespace cd
