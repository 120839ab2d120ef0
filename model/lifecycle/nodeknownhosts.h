#pragma once

#include "model/domain/cluster.h"

#include <QString>
#include <QStringList>

namespace cd {

// A cluster's known_hosts file seen per node: a node's key is recorded under the address it
// was reached at (its preferred, public or private address, "host" or "host:port").
namespace NodeKnownHosts {

// The node's addresses, preferred first, each once.
QStringList addresses(const Node &node);

// Drops what is recorded for the node's addresses (the node leaves the cluster).
bool forget(const QString &file, const Node &node);

// The node's instance came back (resumed) at other addresses than `before`: the keys recorded
// for its old addresses are recorded for the new ones, and the old addresses, unless another
// node of `cluster` has them now, are dropped — so the same host is verified strictly at its
// new address, and a stranger that later gets the old address is not trusted. Returns the
// number of keys carried over (0: nothing was recorded for the old addresses).
int carryOver(const QString &file,
              const Cluster &cluster,
              const Node &node,
              const QStringList &before);

} // namespace NodeKnownHosts

} // namespace cd
