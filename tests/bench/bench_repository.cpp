// A database with 1,000 clusters / 10,000 nodes / 20,000 events: how long writing it takes,
// how long opening it and filling the item models takes, and the peak RSS.
#include "model/models/clusterlistmodel.h"
#include "model/models/eventlogmodel.h"
#include "model/models/nodetablemodel.h"
#include "model/models/templatemodel.h"
#include "model/repository/sqlclusterrepository.h"
#include "tests/bench/benchjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace cd;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const QString &metric, double value, const QString &unit = QStringLiteral("ms"))
{
    bench::report(QStringLiteral("repository_1000x10"), metric, value, unit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("clusterdeck.sqlite"));
    constexpr int Clusters = 1000;
    constexpr int NodesPerCluster = 10;
    {
        auto repo = SqlClusterRepository::open(path);
        if (!repo)
            return 1;
        QElapsedTimer fill;
        fill.start();
        for (int c = 0; c < Clusters; ++c) {
            Cluster cluster;
            cluster.name = QStringLiteral("cluster-%1").arg(c, 4, 10, QLatin1Char('0'));
            cluster.templateName = QStringLiteral("slurm");
            cluster.state = ClusterState::Ready;
            cluster.created = QDateTime::currentDateTimeUtc();
            NodeKindSpec kind;
            kind.name = QStringLiteral("compute");
            kind.count = NodesPerCluster;
            cluster.spec.kinds << kind;
            for (int n = 1; n <= NodesPerCluster; ++n) {
                Node node;
                node.kind = kind.name;
                node.index = n;
                node.name = Node::nameFor(kind.name, n);
                node.state = NodeState::Ready;
                node.instanceId = QStringLiteral("i-%1-%2").arg(c).arg(n);
                node.privateIp = QStringLiteral("203.0.%1.%2").arg(c % 250).arg(n);
                cluster.nodes << node;
            }
            if (!repo.value()->addCluster(cluster))
                return 1;
            QList<ClusterEvent> events;
            for (int e = 0; e < 20; ++e)
                events << ClusterEvent{0,
                                       {},
                                       cluster.name,
                                       {},
                                       ClusterEvent::Level::Info,
                                       QStringLiteral("event %1").arg(e)};
            if (!repo.value()->appendEvents(events))
                return 1;
        }
        report(QStringLiteral("write_1000_clusters_one_transaction_each"), ms(fill));
    }

    QElapsedTimer open;
    open.start();
    auto repo = SqlClusterRepository::open(path);
    if (!repo)
        return 1;
    report(QStringLiteral("open_database"), ms(open));

    QElapsedTimer models;
    models.start();
    ClusterListModel clusters(repo.value().get());
    report(QStringLiteral("fill_cluster_list_model"), ms(models));
    QElapsedTimer nodes;
    nodes.start();
    NodeTableModel nodeTable(repo.value().get());
    nodeTable.setCluster(QStringLiteral("cluster-0500"));
    report(QStringLiteral("fill_node_table_model_one_cluster"), ms(nodes));
    QElapsedTimer events;
    events.start();
    EventLogModel log(repo.value().get());
    report(QStringLiteral("fill_event_log_model_10000"), ms(events));
    TemplateModel templates(repo.value().get());
    report(QStringLiteral("open_and_fill_all_models"), ms(open));
    if (clusters.rowCount() != Clusters || nodeTable.rowCount() != NodesPerCluster
        || log.rowCount() != 10000)
        return 1;

    QElapsedTimer update;
    update.start();
    Node node = *repo.value()
                     ->cluster(QStringLiteral("cluster-0500"))
                     ->node(QStringLiteral("compute001"));
    for (int i = 0; i < 100; ++i) {
        node.state = i % 2 ? NodeState::Ready : NodeState::Configuring;
        if (!repo.value()->saveNode(QStringLiteral("cluster-0500"), node))
            return 1;
    }
    report(QStringLiteral("node_state_change_with_models_attached"), ms(update) / 100);
    report(QStringLiteral("peak_rss"), bench::peakRssKiB(), QStringLiteral("KiB"));
    return 0;
}
