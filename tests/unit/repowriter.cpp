// Child process for crash and concurrency tests of SqlClusterRepository:
//   tst_repowriter DB PREFIX CLUSTERS NODES
// adds CLUSTERS clusters named PREFIX-<i>, each with NODES nodes, one transaction each, then
// moves every node to Running in one more transaction per cluster. Prints "added <name>" after
// each commit. Exit 0 when done, 1 on any repository error (printed on stderr).
#include "model/repository/sqlclusterrepository.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace cd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto repo = SqlClusterRepository::open(args.at(1));
    if (!repo) {
        err << repo.error() << Qt::endl;
        return 1;
    }
    const int clusters = args.at(3).toInt();
    const int nodes = args.at(4).toInt();
    for (int c = 0; c < clusters; ++c) {
        Cluster cluster;
        cluster.name = args.at(2) + QStringLiteral("-%1").arg(c);
        cluster.state = ClusterState::Starting;
        cluster.created = QDateTime::currentDateTimeUtc();
        for (int n = 1; n <= nodes; ++n) {
            Node node;
            node.kind = QStringLiteral("compute");
            node.index = n;
            node.name = Node::nameFor(node.kind, n);
            node.state = NodeState::Requested;
            node.instanceId = QStringLiteral("i-%1-%2").arg(c).arg(n);
            cluster.nodes << node;
        }
        if (auto s = repo.value()->addCluster(cluster); !s) {
            err << s.error() << Qt::endl;
            return 1;
        }
        out << "added " << cluster.name << Qt::endl;
        for (Node &node : cluster.nodes)
            node.state = NodeState::Running;
        if (auto s = repo.value()->saveNodes(cluster.name, cluster.nodes); !s) {
            err << s.error() << Qt::endl;
            return 1;
        }
    }
    return 0;
}
