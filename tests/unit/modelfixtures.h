#pragma once

// Small builders shared by the item-model tests.
#include "model/domain/cluster.h"

namespace cd::test {

inline Cluster makeCluster(const QString &name, const QList<QPair<QString, int>> &kinds)
{
    Cluster c;
    c.name = name;
    c.templateName = QStringLiteral("tmpl-") + name;
    c.cloud = QStringLiteral("cloud");
    c.state = ClusterState::Starting;
    c.created = QDateTime::currentDateTimeUtc().addSecs(-7200);
    for (const auto &[kind, count] : kinds) {
        NodeKindSpec spec;
        spec.name = kind;
        spec.count = count;
        spec.minCount = count;
        c.spec.kinds << spec;
        for (int i = 1; i <= count; ++i) {
            Node n;
            n.kind = kind;
            n.index = i;
            n.name = Node::nameFor(kind, i);
            n.state = NodeState::Planned;
            c.nodes << n;
        }
    }
    return c;
}

} // namespace cd::test
