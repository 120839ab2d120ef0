// Node metrics: the sampling command's real output on this machine parses into sane values;
// a Ready node of a cluster (an sshd node) is sampled over SSH and shows up in the Metrics
// pane as sparklines and in the chart; samples older than an hour are dropped.
#include "model/lifecycle/clustercontroller.h"
#include "model/metrics/metricssampler.h"
#include "model/metrics/metricstablemodel.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/farmcluster.h"
#include "tests/support/testenv.h"
#include "widgets/mainwindow.h"
#include "widgets/metrics/metricschart.h"
#include "widgets/metrics/metricsview.h"
#include "widgets/metrics/sparklinedelegate.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void parsesThisMachine();
    void rejectsGarbage();
    void sampledOverSshIntoThePane();
    void keepsOneHour();
    void sparklinePoints();
};

void TestMetrics::parsesThisMachine()
{
    const auto run = test::runProcess(u"/bin/sh"_s, {u"-c"_s, NodeMetrics::command()});
    QCOMPARE(run.exitCode, 0);
    const auto sample = NodeMetrics::parse(run.out.toUtf8(), QDateTime::currentDateTimeUtc());
    QVERIFY2(sample, qPrintable(run.out));
    QVERIFY(sample->load >= 0);
    QVERIFY(sample->memory > 0 && sample->memory < 1);
    QVERIFY(sample->disk > 0 && sample->disk < 1);
}

void TestMetrics::rejectsGarbage()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!NodeMetrics::parse({}, now));
    QVERIFY(!NodeMetrics::parse("sh: grep: not found\n", now));
    QVERIFY(!NodeMetrics::parse("x 0.1 0.1 1/2 3\nMemTotal: 10 kB\nMemAvailable: 5 kB\n/ 1 2 3\n",
                                now));
    const auto ok = NodeMetrics::parse("0.50 0.40 0.30 1/200 300\nMemTotal: 1000 kB\n"
                                       "MemAvailable: 250 kB\n/dev/sda1 100 30 70 30% /\n",
                                       now);
    QVERIFY(ok);
    QCOMPARE(ok->load, 0.5);
    QCOMPARE(ok->memory, 0.75);
    QCOMPARE(ok->disk, 0.3);
}

void TestMetrics::sampledOverSshIntoThePane()
{
    QTemporaryDir tmp;
    test::SshNodeFarm farm;
    QVERIFY2(farm.start(2), qPrintable(farm.errorString()));
    MemoryClusterRepository repo;
    SetupProfile none;
    none.name = u"none"_s;
    QVERIFY(test::addFarmCluster(repo, farm, u"c"_s, none));
    Cluster cluster = *repo.cluster(u"c"_s);
    cluster.nodes[0].state = NodeState::Ready; // only Ready nodes are sampled
    QVERIFY(repo.saveNodes(u"c"_s, cluster.nodes).ok());
    MemorySecretStore secrets;
    CloudProviderFactory factory;
    auto dataDir = DataDir::open(tmp.filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    ClusterController controller(&repo, &secrets, &factory, {nullptr, tmp.filePath(u"p"_s)},
                                 dataDir.value(), nullptr, nullptr);
    const QString knownHosts = controller.knownHostsFile(u"c"_s);
    QVERIFY(QDir().mkpath(QFileInfo(knownHosts).path()));
    QVERIFY(QFile::copy(farm.knownHostsFile(), knownHosts));

    QSettings settings(tmp.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(u"metrics/intervalSec"_s, 0);
    settings.setValue(u"refresh/intervalSec"_s, 0);
    MainWindow window(&settings, tmp.path(), &repo, &secrets, &controller);
    window.selectCluster(u"c"_s);
    MetricsSampler *sampler = window.metricsSampler();
    MetricsView *view = window.metricsView();
    QAbstractItemModelTester tester(view->model());
    QSignalSpy sampled(sampler, &MetricsSampler::sampled);
    QSignalSpy failed(sampler, &MetricsSampler::sampleFailed);
    sampler->sampleNow();
    QVERIFY(sampled.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(sampled.first().at(0).toString(), u"node001"_s);
    QCOMPARE(sampler->nodes(), QStringList{u"node001"_s}); // node002 is not Ready

    QCOMPARE(view->model()->rowCount(), 1);
    const QModelIndex memory = view->model()->index(0, MetricsTableModel::MemoryColumn);
    QVERIFY2(memory.data().toString().endsWith(u'%'), qPrintable(memory.data().toString()));
    QCOMPARE(memory.data(MetricsTableModel::SeriesRole).toList().size(), 1);
    QTRY_COMPARE(view->chart()->memorySeries()->count(), 1); // the chart follows the row
    QCOMPARE(view->chart()->loadSeries()->count(), 1);
    const double percent = view->chart()->memorySeries()->at(0).y();
    QVERIFY(percent > 0 && percent < 100);

    sampler->sampleNow(); // a second round adds a second point
    QVERIFY(sampled.wait(30000));
    QCOMPARE(memory.data(MetricsTableModel::SeriesRole).toList().size(), 2);
    QTRY_COMPARE(view->chart()->diskSeries()->count(), 2);
}

void TestMetrics::keepsOneHour()
{
    MemoryClusterRepository repo;
    MetricsSampler sampler(&repo, {});
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int minute = 0; minute <= 90; minute += 10) {
        MetricSample s;
        s.time = start.addSecs(minute * 60);
        s.load = minute;
        sampler.addSample(u"n"_s, s);
    }
    const QList<MetricSample> kept = sampler.samples(u"n"_s);
    QCOMPARE(kept.first().load, 30.0); // 90 - 60 minutes
    QCOMPARE(kept.last().load, 90.0);
    QCOMPARE(kept.size(), 7);
}

void TestMetrics::sparklinePoints()
{
    const QRectF rect(0, 0, 100, 10);
    const QPolygonF line = SparklineDelegate::points(rect, {0.0, 0.5, 1.0, 2.0}, 1.0);
    QCOMPARE(line.size(), 4);
    QCOMPARE(line.at(0), QPointF(0, 10));
    QCOMPARE(line.at(1).y(), 5.0);
    QCOMPARE(line.at(3), QPointF(100, 0)); // above the scale: clipped to the top
    QVERIFY(SparklineDelegate::points(rect, {}, 1.0).isEmpty());
}

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
