// The desktop at scale: a database of 1,000 clusters with 10 nodes each (10,000 nodes).
// Reports the cold start to the first painted frame of the main window, the longest stall of
// the GUI event loop (a 1 ms probe timer) while 10,000 node state changes are stored one by
// one as the lifecycle jobs store them (goal <= 16 ms), and peak RSS.
#include "model/lifecycle/clusterplan.h"
#include "model/repository/sqlclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/bench/benchjson.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

constexpr int Clusters = 1000;
constexpr int NodesPerCluster = 10;
constexpr int Updates = 10000;

bool fill(const QString &path)
{
    auto repo = SqlClusterRepository::open(path);
    if (!repo)
        return false;
    for (int c = 0; c < Clusters; ++c) {
        Cluster cluster;
        cluster.name = u"cluster%1"_s.arg(c, 4, 10, QChar(u'0'));
        cluster.cloud = u"lab"_s;
        cluster.state = ClusterState::Ready;
        NodeKindSpec kind;
        kind.name = u"compute"_s;
        kind.count = NodesPerCluster;
        cluster.spec.kinds << kind;
        ClusterPlan::addNodes(cluster, kind.name, NodesPerCluster);
        for (Node &n : cluster.nodes) {
            n.state = NodeState::Ready;
            n.preferredIp = u"10.%1.%2.%3"_s.arg(c / 250).arg(c % 250).arg(n.index);
        }
        if (!repo.value()->addCluster(cluster).ok())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString db = tmp.filePath(u"clusterdeck.sqlite"_s);
    if (!fill(db)) {
        qWarning("could not fill the database");
        return 1;
    }

    QElapsedTimer cold;
    cold.start();
    QSettings settings(tmp.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"refresh/intervalSec"_s, 0);
    settings.setValue(u"metrics/intervalSec"_s, 0);
    auto repository = SqlClusterRepository::open(db);
    if (!repository)
        return 1;
    MemorySecretStore secrets;
    MainWindow window(&settings, tmp.path(), repository.value().get(), &secrets, nullptr);
    window.show();
    ClusterRepository *repo = repository.value().get();
    QElapsedTimer sinceTick; // since the probe's last tick
    QElapsedTimer total;
    qint64 longest = 0;

    QTimer::singleShot(0, &window, [&] {
        (void)window.grab();
        bench::report(u"gui"_s, u"cold_start_1000_clusters_to_first_frame"_s,
                      double(cold.nsecsElapsed()) / 1e6, u"ms"_s);
        window.selectCluster(u"cluster0000"_s);

        // The probe: the longest gap between two ticks is the longest stall.
        auto *probe = new QTimer(&window);
        probe->setInterval(1);
        sinceTick.start();
        QObject::connect(probe, &QTimer::timeout, &window, [&] {
            longest = std::max(longest, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        probe->start();

        // 10,000 state changes, one stored per event-loop turn, spread over the clusters
        // (the shown one included), alternating Ready and Configuring.
        auto *driver = new QTimer(&window);
        driver->setInterval(0);
        auto done = std::make_shared<int>(0);
        total.start();
        QObject::connect(driver, &QTimer::timeout, &window, [&, driver, probe, done] {
            const int i = (*done)++;
            const QString name = u"cluster%1"_s.arg((i * 7) % 50, 4, 10, QChar(u'0'));
            auto cluster = repo->cluster(name);
            if (cluster) {
                Node node = cluster->nodes.at(i % NodesPerCluster);
                node.state
                    = node.state == NodeState::Ready ? NodeState::Configuring : NodeState::Ready;
                (void)repo->saveNodes(name, {node});
            }
            if (*done < Updates)
                return;
            driver->stop();
            probe->stop();
            bench::report(u"gui"_s, u"longest_stall_during_10000_node_updates"_s,
                          double(longest) / 1e6, u"ms"_s);
            bench::report(u"gui"_s, u"node_updates_per_second"_s,
                          Updates / (double(total.nsecsElapsed()) / 1e9), u"1/s"_s);
            bench::report(u"gui"_s, u"peak_rss"_s, bench::peakRssKiB(), u"KiB"_s);
            QCoreApplication::quit();
        });
        sinceTick.restart();
        driver->start();
    });
    return app.exec();
}
