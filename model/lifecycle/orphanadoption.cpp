#include "model/lifecycle/orphanadoption.h"

#include "model/repository/clusterrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

NodeState stateOf(InstanceInfo::State state)
{
    switch (state) {
    case InstanceInfo::State::Running:
        return NodeState::Running;
    case InstanceInfo::State::Stopping:
    case InstanceInfo::State::Stopped:
        return NodeState::Paused;
    default:
        return NodeState::Pending;
    }
}

// A node that no longer stands for a live instance may take the orphan's place.
bool replaceable(const Node &node)
{
    return node.instanceId.isEmpty() || node.state == NodeState::Terminated
           || node.state == NodeState::Failed || node.state == NodeState::Orphaned;
}

} // namespace

QString OrphanAdoption::untagged()
{
    return tr("it has no cluster and node tags");
}

QString OrphanAdoption::unknownCluster(const QString &cluster)
{
    return tr("cluster “%1” is not known in this account; import the cluster first (for example "
              "from an export) or terminate the instance")
        .arg(cluster);
}

Result<Node, QString> OrphanAdoption::nodeFor(const Orphan &orphan, const Cluster &cluster)
{
    const InstanceInfo &info = orphan.info;
    if (info.cluster.isEmpty() || info.node.isEmpty())
        return untagged();
    if (info.cluster != cluster.name || orphan.account != cluster.cloud)
        return unknownCluster(info.cluster);
    Node node;
    if (const Node *known = cluster.node(info.node)) {
        if (!replaceable(*known))
            return tr("node %1 holds instance %2").arg(known->name, known->instanceId);
        node = *known;
    } else {
        static const QRegularExpression name(u"^(.*\\D)(\\d+)$"_s);
        const QRegularExpressionMatch m = name.match(info.node);
        const QString kind = m.hasMatch() ? m.captured(1) : QString();
        if (kind.isEmpty() || !cluster.spec.kind(kind))
            return tr("cluster “%1” has no node kind for node “%2”").arg(cluster.name, info.node);
        node.name = info.node;
        node.kind = kind;
        node.index = m.captured(2).toInt();
        node.created = info.launched.isValid() ? info.launched : QDateTime::currentDateTimeUtc();
    }
    node.instanceId = info.id;
    node.publicIp = info.publicIp;
    node.privateIp = info.privateIp;
    node.preferredIp.clear(); // SSH has not worked on it yet
    if (!info.flavor.isEmpty())
        node.flavor = info.flavor;
    if (!info.image.isEmpty())
        node.image = info.image;
    node.state = stateOf(info.state);
    node.lastError.clear();
    node.stateChanged = QDateTime::currentDateTimeUtc();
    return node;
}

QList<OrphanAdoption::Outcome> OrphanAdoption::adopt(ClusterRepository &repository,
                                                     const QList<Orphan> &orphans)
{
    QList<Outcome> outcomes;
    QMap<QString, QList<qsizetype>> byCluster; // cluster → indexes into outcomes
    for (const Orphan &orphan : orphans) {
        outcomes.append({orphan, {}, {}});
        byCluster[orphan.info.cluster].append(outcomes.size() - 1);
    }
    for (auto it = byCluster.cbegin(); it != byCluster.cend(); ++it) {
        std::optional<Cluster> cluster
            = it.key().isEmpty() ? std::nullopt : repository.cluster(it.key());
        QList<Node> nodes;
        QList<ClusterEvent> events;
        for (const qsizetype i : it.value()) {
            Outcome &outcome = outcomes[i];
            if (!cluster) {
                outcome.error = it.key().isEmpty() ? untagged() : unknownCluster(it.key());
                continue;
            }
            const Result<Node, QString> node = nodeFor(outcome.orphan, *cluster);
            const bool taken
                = node && std::any_of(nodes.cbegin(), nodes.cend(), [&](const Node &n) {
                      return n.name == node.value().name;
                  });
            if (!node || taken) {
                outcome.error
                    = node ? tr("another instance is adopted as node %1").arg(node.value().name)
                           : node.error();
                continue;
            }
            nodes << node.value();
            outcome.node = node.value().name;
            ClusterEvent e;
            e.cluster = cluster->name;
            e.node = outcome.node;
            e.time = QDateTime::currentDateTimeUtc();
            e.text
                = tr("Instance %1 adopted as node %2.").arg(outcome.orphan.info.id, outcome.node);
            events << e;
        }
        if (nodes.isEmpty())
            continue;
        if (auto saved = repository.saveNodes(cluster->name, nodes); !saved) {
            for (const qsizetype i : it.value())
                if (!outcomes[i].node.isEmpty())
                    outcomes[i] = {outcomes[i].orphan, {}, saved.error()};
            continue;
        }
        repository.appendEvents(events).ok();
    }
    return outcomes;
}

} // namespace cd
