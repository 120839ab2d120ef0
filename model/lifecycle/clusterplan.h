#pragma once

#include "model/domain/cluster.h"
#include "providers/core/result.h"

#include <QCoreApplication>

namespace cd {

// Turns a template into a cluster that exists only on paper: every node Planned, named
// {kind}{index:03d}. Nothing is created until a StartClusterJob runs.
struct ClusterPlan final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterPlan)

public:
    // `counts` overrides a kind's count, as `start --nodes 3:compute,1:frontend` does; a kind
    // not in the template is an error, and so is a count below the kind's minimum.
    static Result<Cluster, QString> fromTemplate(const ClusterTemplate &tmpl,
                                                 const QString &name,
                                                 const QMap<QString, int> &counts = {});

    // Parses "N:KIND[,N:KIND…]" (ElastiCluster's --nodes).
    static Result<QMap<QString, int>, QString> parseCounts(const QString &text);

    // Adds `count` Planned nodes of `kind` to `cluster`, reusing freed indices first.
    static QList<Node> addNodes(Cluster &cluster, const QString &kind, int count);

    // Cluster names: what can be a file name, a tag value and a host-name prefix.
    static bool isValidName(const QString &name);
};

} // namespace cd
