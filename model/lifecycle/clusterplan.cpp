#include "model/lifecycle/clusterplan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

bool ClusterPlan::isValidName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9-]{0,62}$"_s);
    return re.match(name).hasMatch();
}

Result<QMap<QString, int>, QString> ClusterPlan::parseCounts(const QString &text)
{
    QMap<QString, int> counts;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pieces = part.trimmed().split(u':');
        bool ok = false;
        const int n = pieces.value(0).toInt(&ok);
        if (pieces.size() != 2 || !ok || n < 0 || pieces.at(1).isEmpty())
            return tr("“%1” is not N:KIND (e.g. 4:compute).").arg(part.trimmed());
        counts.insert(pieces.at(1), n);
    }
    if (counts.isEmpty())
        return tr("No node counts given; write N:KIND[,N:KIND…].");
    return counts;
}

QList<Node> ClusterPlan::addNodes(Cluster &cluster, const QString &kind, int count)
{
    const NodeKindSpec *spec = cluster.spec.kind(kind);
    QList<Node> added;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        Node node;
        node.kind = kind;
        node.index = cluster.nextFreeIndex(kind);
        node.name = Node::nameFor(kind, node.index);
        node.flavor = spec ? spec->flavor : QString();
        node.image = spec ? spec->image : QString();
        node.state = NodeState::Planned;
        node.created = now;
        node.stateChanged = now;
        cluster.nodes << node;
        added << node;
    }
    return added;
}

Result<Cluster, QString> ClusterPlan::fromTemplate(const ClusterTemplate &tmpl,
                                                   const QString &name,
                                                   const QMap<QString, int> &counts)
{
    if (!isValidName(name))
        return tr("“%1” cannot name a cluster: use letters, digits and -, starting with a "
                  "letter (at most 63).")
            .arg(name);
    if (!tmpl.startable())
        return tr("The template “%1” cannot be started: %2").arg(tmpl.name, tmpl.whyNotStartable());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!tmpl.kind(it.key()))
            return tr("The template “%1” has no node kind “%2”.").arg(tmpl.name, it.key());

    Cluster cluster;
    cluster.name = name;
    cluster.spec = tmpl;
    cluster.templateName = tmpl.name;
    cluster.cloud = tmpl.cloud;
    cluster.login = tmpl.login;
    cluster.setup = tmpl.setup;
    cluster.state = ClusterState::Defined;
    cluster.created = QDateTime::currentDateTimeUtc();
    cluster.updated = cluster.created;
    for (NodeKindSpec &kind : cluster.spec.kinds) {
        if (counts.contains(kind.name)) {
            kind.count = counts.value(kind.name);
            if (kind.minCount > kind.count)
                return tr("%1 nodes of kind “%2” is fewer than its minimum of %3.")
                    .arg(kind.count)
                    .arg(kind.name)
                    .arg(kind.minCount);
        }
        addNodes(cluster, kind.name, kind.count);
    }
    if (cluster.nodes.isEmpty())
        return tr("The cluster would have no nodes.");
    return cluster;
}

} // namespace cd
