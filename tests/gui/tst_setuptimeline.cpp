// The Setup pane end to end: a cluster of two reachable SshNodeFarm nodes, "Re-run Setup"
// clicked in the main window, real Ansible: the timeline gets a row per node and a box per
// task while the run goes; the nodes end Ready. A failed task shows its message in the row and
// in its box's tooltip. Plus the delegate's colours and per-box tooltips.
#include "model/lifecycle/clustercontroller.h"
#include "model/models/setuptimelinemodel.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "providers/setup/ansiblesetupprovider.h"
#include "tests/support/farmcluster.h"
#include "tests/support/testenv.h"
#include "widgets/clusteractions.h"
#include "widgets/mainwindow.h"
#include "widgets/setup/setuptimelinedelegate.h"
#include "widgets/setup/setuptimelineview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace cd;
using namespace Qt::StringLiterals;

class TestSetupTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rerunFillsTheTimeline();
    void delegateColoursAndTooltips();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<test::SshNodeFarm> m_farm;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    MemorySecretStore m_secrets;
    CloudProviderFactory m_factory;
    std::unique_ptr<ClusterController> m_controller;
    std::unique_ptr<QSettings> m_settings;
};

void TestSetupTimeline::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_repo = std::make_unique<MemoryClusterRepository>();
    m_settings = std::make_unique<QSettings>(m_tmp->filePath(u"s.ini"_s), QSettings::IniFormat);
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    m_controller = std::make_unique<ClusterController>(
        m_repo.get(), &m_secrets, &m_factory, ProviderContext{nullptr, m_tmp->filePath(u"p"_s)},
        dataDir.value(), nullptr, nullptr);
    m_controller->setSetupProvider(std::make_shared<AnsibleSetupProvider>());
}

void TestSetupTimeline::cleanup()
{
    m_controller.reset();
    m_farm.reset();
}

void TestSetupTimeline::rerunFillsTheTimeline()
{
    if (QStandardPaths::findExecutable(u"ansible-playbook"_s).isEmpty())
        CD_SKIP_OR_FAIL(u"ansible-playbook is missing (package ansible)"_s);
    m_farm = std::make_unique<test::SshNodeFarm>();
    QVERIFY2(m_farm->start(2), qPrintable(m_farm->errorString()));
    // The cluster's known_hosts is where the controller says it is.
    const QString knownHosts = m_controller->knownHostsFile(u"c"_s);
    QVERIFY(QDir().mkpath(QFileInfo(knownHosts).path()));
    QVERIFY(QFile::copy(m_farm->knownHostsFile(), knownHosts));

    SetupProfile setup;
    setup.name = u"smoke"_s;
    setup.kindGroups.insert(u"node"_s, {u"workers"_s});
    setup.globalVars.insert(u"out_dir"_s, m_tmp->path());
    setup.playbookPath = test::sourceDir() + u"/tests/integration/playbooks/smoke.yml"_s;
    QVERIFY(test::addFarmCluster(*m_repo, *m_farm, u"c"_s, setup));

    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectCluster(u"c"_s);
    QVERIFY(window.clusterActions()->setup()->isEnabled()); // the Cluster menu's Set Up too
    SetupTimelineView *view = window.setupView();
    QAbstractItemModelTester tester(view->model());
    QVERIFY(view->rerunButton()->isEnabled());

    QSignalSpy finished(m_controller.get(), &ClusterController::jobFinished);
    QSignalSpy tasks(m_controller.get(), &ClusterController::setupTaskFinished);
    QTest::mouseClick(view->rerunButton(), Qt::LeftButton);
    QVERIFY(!view->rerunButton()->isEnabled()); // busy while it runs
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 30000);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.last().at(2).value<Job::Outcome>(), Job::Outcome::Succeeded);
    QCOMPARE(tasks.size(), 4); // two tasks on two nodes, each reported as it finished

    for (int row = 0; row < 2; ++row) {
        const QModelIndex timeline = view->model()->index(row, SetupTimelineModel::TimelineColumn);
        const QVariantList steps = timeline.data(SetupTimelineModel::StepsRole).toList();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toMap().value(u"task"_s).toString(), u"Ping"_s);
        QCOMPARE(steps.at(1).toMap().value(u"result"_s).toString(), u"changed"_s);
        QCOMPARE(view->model()->index(row, SetupTimelineModel::TaskColumn).data().toString(),
                 u"Write the inventory hostname"_s);
    }
    const QList<Node> nodes = m_repo->cluster(u"c"_s)->nodes; // a copy: the optional is a temporary
    for (const Node &n : nodes)
        QCOMPARE(n.state, NodeState::Ready);
    QVERIFY(view->rerunButton()->isEnabled());
}

void TestSetupTimeline::delegateColoursAndTooltips()
{
    // Each result has its own colour; failures are never green.
    const QStringList results{u"ok"_s, u"changed"_s, u"failed"_s, u"skipped"_s, u"unreachable"_s};
    QSet<QRgb> colours;
    for (const QString &r : results)
        colours.insert(SetupTimelineDelegate::colour(r).rgb());
    QCOMPARE(colours.size(), results.size());

    // A failed task reported live shows its message in the row and in the box's tooltip.
    SetupTimelineView view(m_controller.get());
    view.setCluster(u"c"_s);
    emit m_controller->setupStarted(u"c"_s, {u"node001"_s});
    SetupEvent ok;
    ok.type = SetupEvent::Type::HostOk;
    ok.host = u"node001"_s;
    ok.task = u"Install"_s;
    ok.durationSec = 1.5;
    emit m_controller->setupTaskFinished(u"c"_s, ok, 1, 2);
    SetupEvent failed = ok;
    failed.type = SetupEvent::Type::HostFailed;
    failed.task = u"Start slurmctld"_s;
    failed.message = u"non-zero return code: cannot bind"_s;
    emit m_controller->setupTaskFinished(u"c"_s, failed, 2, 2);
    QCOMPARE(view.model()->rowCount(), 1);
    const QModelIndex task = view.model()->index(0, SetupTimelineModel::TaskColumn);
    QCOMPARE(task.data().toString(), u"Start slurmctld: non-zero return code: cannot bind"_s);
    QCOMPARE(view.model()->index(0, SetupTimelineModel::ProgressColumn).data().toString(),
             u"2 of 2"_s);

    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    const QModelIndex timeline = view.model()->index(0, SetupTimelineModel::TimelineColumn);
    const QRect cell = table->visualRect(timeline);
    const QRect box = SetupTimelineDelegate::boxRect(cell, 1, 2);
    QHelpEvent help(QEvent::ToolTip, box.center(), table->viewport()->mapToGlobal(box.center()));
    QCoreApplication::sendEvent(table->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Start slurmctld"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"cannot bind"_s));
}

QTEST_MAIN(TestSetupTimeline)
#include "tst_setuptimeline.moc"
