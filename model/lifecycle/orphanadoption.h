#pragma once

#include "model/lifecycle/orphanscan.h"

#include <QCoreApplication>

namespace cd {

class ClusterRepository;

// Taking orphans back: an instance whose cluster tag names a stored cluster of the same account
// becomes the node its node tag names again (say, after a database was restored from an
// export older than a resize). An instance of an unknown cluster, without tags, or whose node
// holds another live instance is not adopted, and the reason says why.
class OrphanAdoption final
{
    Q_DECLARE_TR_FUNCTIONS(OrphanAdoption)

public:
    // The node `orphan` becomes in `cluster`, or why it cannot be adopted.
    static Result<Node, QString> nodeFor(const Orphan &orphan, const Cluster &cluster);

    struct Outcome
    {
        Orphan orphan;
        QString node;  // the node it became; empty when not adopted
        QString error; // why not
    };
    // Adopts every orphan it can: each cluster's nodes are saved in one step, with an event per
    // adopted node. The clusters are read from `repository` now.
    static QList<Outcome> adopt(ClusterRepository &repository, const QList<Orphan> &orphans);

private:
    static QString untagged();
    static QString unknownCluster(const QString &cluster);
};

} // namespace cd
