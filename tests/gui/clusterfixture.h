#pragma once

#include "model/domain/cluster.h"

namespace cd::test {

// A cluster with one Ready frontend node at a loopback address, for the main window's tests.
inline Cluster clusterNamed(const QString &name, const QString &templateName, const QString &cloud)
{
    Cluster c;
    c.name = name;
    c.templateName = templateName;
    c.cloud = cloud;
    Node n;
    n.kind = QStringLiteral("frontend");
    n.index = 1;
    n.name = Node::nameFor(n.kind, 1);
    n.state = NodeState::Ready;
    n.publicIp = QStringLiteral("127.0.0.9");
    c.nodes << n;
    return c;
}

} // namespace cd::test
