#include "model/domain/cluster.h"

#include <algorithm>
#include <set>

namespace cd {

QString CloudAccount::typeName(CloudType type)
{
    switch (type) {
    case CloudType::Ec2:
        return QStringLiteral("ec2");
    case CloudType::OpenStack:
        return QStringLiteral("openstack");
    case CloudType::Gce:
        return QStringLiteral("gce");
    case CloudType::Static:
        return QStringLiteral("static");
    case CloudType::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

CloudType CloudAccount::typeFromProvider(const QString &provider)
{
    const QString p = provider.trimmed().toLower();
    if (p == u"ec2" || p == u"ec2_boto" || p == u"ec2_boto3" || p == u"aws")
        return CloudType::Ec2;
    if (p == u"openstack")
        return CloudType::OpenStack;
    if (p == u"gce" || p == u"google")
        return CloudType::Gce;
    if (p == u"static" || p == u"existing" || p == u"hosts")
        return CloudType::Static;
    return CloudType::Unsupported;
}

QString ClusterTemplate::whyNotStartable() const
{
    QStringList reasons;
    if (!notStartableReason.isEmpty())
        reasons << notStartableReason;
    for (const QString &sentence : unresolved)
        reasons << sentence;
    return reasons.join(u' ');
}

int ClusterTemplate::totalCount() const
{
    int total = 0;
    for (const NodeKindSpec &kind : kinds)
        total += kind.count;
    return total;
}

const NodeKindSpec *ClusterTemplate::kind(const QString &name) const
{
    const auto it = std::find_if(kinds.cbegin(), kinds.cend(),
                                 [&](const NodeKindSpec &k) { return k.name == name; });
    return it == kinds.cend() ? nullptr : &*it;
}

QString Node::nameFor(const QString &kind, int index)
{
    return kind + QStringLiteral("%1").arg(index, 3, 10, QLatin1Char('0'));
}

const Node *Cluster::node(const QString &name) const
{
    const auto it
        = std::find_if(nodes.cbegin(), nodes.cend(), [&](const Node &n) { return n.name == name; });
    return it == nodes.cend() ? nullptr : &*it;
}

int Cluster::nextFreeIndex(const QString &kind) const
{
    std::set<int> used;
    for (const Node &n : nodes)
        if (n.kind == kind)
            used.insert(n.index);
    int index = 1;
    while (used.count(index))
        ++index;
    return index;
}

QString ClusterEvent::levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<ClusterEvent::Level> ClusterEvent::levelFromName(const QString &name)
{
    for (Level level : {Level::Debug, Level::Info, Level::Warning, Level::Error})
        if (levelName(level) == name)
            return level;
    return std::nullopt;
}

} // namespace cd
