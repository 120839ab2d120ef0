#include "model/lifecycle/nodeknownhosts.h"

#include "providers/ssh/knownhosts.h"

#include <algorithm>

namespace cd::NodeKnownHosts {

QStringList addresses(const Node &node)
{
    QStringList found;
    for (const QString &a : {node.preferredIp, node.publicIp, node.privateIp})
        if (!a.isEmpty() && !found.contains(a))
            found << a;
    return found;
}

bool forget(const QString &file, const Node &node)
{
    if (file.isEmpty())
        return true;
    KnownHosts knownHosts(file);
    bool ok = true;
    for (const QString &a : addresses(node))
        if (const auto address = SshAddress::parse(a))
            ok = knownHosts.remove(address->host, address->port) && ok;
    return ok;
}

int carryOver(const QString &file,
              const Cluster &cluster,
              const Node &node,
              const QStringList &before)
{
    if (file.isEmpty())
        return 0;
    const QStringList now = addresses(node);
    KnownHosts knownHosts(file);
    QList<HostKey> keys;
    QList<SshAddress> gone;
    for (const QString &a : before) {
        const auto address = SshAddress::parse(a);
        if (!address || now.contains(a))
            continue;
        for (const HostKey &key : knownHosts.keys(address->host, address->port))
            if (!keys.contains(key))
                keys << key;
        const bool taken = std::any_of(
            cluster.nodes.cbegin(), cluster.nodes.cend(), [&node, &a](const Node &other) {
                return other.name != node.name && addresses(other).contains(a);
            });
        if (!taken)
            gone << *address;
    }
    if (keys.isEmpty())
        return 0;
    for (const QString &a : now) {
        const auto address = SshAddress::parse(a);
        if (!address || before.contains(a))
            continue;
        // The instance's own keys replace whatever a former holder of the address left.
        knownHosts.replace(address->host, address->port, keys.first());
        for (qsizetype i = 1; i < keys.size(); ++i)
            knownHosts.add(address->host, address->port, keys.at(i));
    }
    for (const SshAddress &address : std::as_const(gone))
        knownHosts.remove(address.host, address.port);
    return int(keys.size());
}

} // namespace cd::NodeKnownHosts
