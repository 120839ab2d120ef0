// The lifecycle verbs in the window: Setup, Resize…, Pause…, Resume, Refresh are enabled by
// the selected cluster's state; Resize goes through its dialog (removal needs a tick, Cancel is
// the default) and really adds a node; Pause asks first (Cancel default); the automatic refresh
// runs one RefreshStatusJob per running cluster. Real controller and static-hosts provider;
// the SSH probe is scripted (the real one is covered by the CLI lifecycle tests).
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/scriptedprober.h"
#include "widgets/clusteractions.h"
#include "widgets/clustersummary.h"
#include "widgets/jobnotifier.h"
#include "widgets/mainwindow.h"
#include "widgets/resizeclusterdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace cd;
using namespace Qt::StringLiterals;

class TestLifecycleActions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void enabledByState();
    void resizeDialogRules();
    void resizeAndPauseThroughTheWindow();
    void automaticRefresh();
    void progressAndNotifications();
    void offersToFinishInterruptedWork();
    void summaryFollowsTheCluster();

private:
    void startCluster(const QString &name);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    MemorySecretStore m_secrets;
    CloudProviderFactory m_factory;
    std::unique_ptr<ClusterController> m_controller;
    std::unique_ptr<QSettings> m_settings;
};

void TestLifecycleActions::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_repo = std::make_unique<MemoryClusterRepository>();
    m_settings = std::make_unique<QSettings>(m_tmp->filePath(u"s.ini"_s), QSettings::IniFormat);
    m_settings->setValue(u"refresh/intervalSec"_s, 0); // tests turn it on themselves
    if (!m_factory.knows(u"static"_s))
        CloudProviderFactory::registerBuiltins(m_factory);
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    lab.settings.insert(u"hosts"_s, u"127.0.0.2:2222,127.0.0.3:2222,127.0.0.4:2222"_s);
    ClusterTemplate t;
    t.name = u"slurm"_s;
    t.cloud = u"lab"_s;
    NodeKindSpec compute;
    compute.name = u"compute"_s;
    compute.count = 2;
    compute.minCount = 1;
    t.kinds = {compute};
    QVERIFY(m_repo->saveConfig({{lab}, {}, {}, {t}}).ok());
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    const auto alive = [](const Cluster &, const LoginProfile &, QObject *parent) -> NodeProber * {
        return new test::ScriptedProber(parent);
    };
    m_controller = std::make_unique<ClusterController>(
        m_repo.get(), &m_secrets, &m_factory, ProviderContext{nullptr, m_tmp->filePath(u"p"_s)},
        dataDir.value(), alive, alive);
}

void TestLifecycleActions::startCluster(const QString &name)
{
    QVERIFY(m_controller->createCluster(u"slurm"_s, name).ok());
    QString error;
    Job *job = m_controller->startCluster(name, StartOptions{}, &error);
    QVERIFY2(job, qPrintable(error));
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_repo->cluster(name)->state, ClusterState::Ready);
}

void TestLifecycleActions::enabledByState()
{
    startCluster(u"c1"_s);
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    ClusterActions *actions = window.clusterActions();
    window.selectCluster(u"c1"_s);
    QVERIFY(actions->resize()->isEnabled());
    QVERIFY(actions->pause()->isEnabled());
    QVERIFY(actions->refresh()->isEnabled());
    QVERIFY(!actions->resume()->isEnabled());
    QVERIFY(!actions->setup()->isEnabled()); // no setup provider or profile here

    Cluster paused = *m_repo->cluster(u"c1"_s);
    paused.state = ClusterState::Paused;
    QVERIFY(m_repo->updateCluster(paused).ok()); // the actions follow the stored state
    QVERIFY(actions->resume()->isEnabled());
    QVERIFY(!actions->pause()->isEnabled());
    QVERIFY(!actions->resize()->isEnabled());
    for (QAction *a : {actions->setup(), actions->resize(), actions->pause(), actions->resume(),
                       actions->refresh()})
        QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->objectName()));
}

void TestLifecycleActions::resizeDialogRules()
{
    startCluster(u"c1"_s);
    ResizeClusterDialog dialog(*m_repo->cluster(u"c1"_s));
    QSpinBox *remove = dialog.removeBox(u"compute"_s);
    QCOMPARE(remove->maximum(), 1); // 2 nodes, minimum 1
    QVERIFY(!dialog.resizeButton()->isEnabled());
    QVERIFY(!dialog.resizeButton()->isDefault());
    dialog.addBox(u"compute"_s)->setValue(2);
    QVERIFY(dialog.resizeButton()->isEnabled());
    QVERIFY(dialog.confirmBox()->isHidden());
    remove->setValue(1);
    QVERIFY(!dialog.resizeButton()->isEnabled()); // terminating needs the tick
    dialog.confirmBox()->setChecked(true);
    QVERIFY(dialog.resizeButton()->isEnabled());
    QCOMPARE(dialog.additions(), (QMap<QString, int>{{u"compute"_s, 2}}));
    QCOMPARE(dialog.removals(), (QMap<QString, int>{{u"compute"_s, 1}}));
}

void TestLifecycleActions::resizeAndPauseThroughTheWindow()
{
    startCluster(u"c1"_s);
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectCluster(u"c1"_s);
    ClusterActions *actions = window.clusterActions();

    actions->resize()->trigger();
    auto *dialog = window.findChild<ResizeClusterDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    dialog->addBox(u"compute"_s)->setValue(1);
    QTest::mouseClick(dialog->resizeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_repo->cluster(u"c1"_s)->nodes.size(), 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(u"c1"_s), 15000);
    QCOMPARE(m_repo->cluster(u"c1"_s)->node(u"compute003"_s)->state, NodeState::Reachable);

    // Pause asks first; Cancel (the default) changes nothing.
    actions->pause()->trigger();
    auto *box = window.findChild<QMessageBox *>(u"confirmPause"_s);
    QVERIFY(box);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 5000);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QMessageBox *>(u"confirmPause"_s), 5000);
    QVERIFY(!m_controller->isBusy(u"c1"_s));
    QCOMPARE(m_repo->cluster(u"c1"_s)->state, ClusterState::Ready);

    // Confirmed, the pause runs; machines one already has cannot be stopped, which is said.
    actions->pause()->trigger();
    box = window.findChild<QMessageBox *>(u"confirmPause"_s);
    QVERIFY(box);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 5000);
    QSignalSpy finished(m_controller.get(), &ClusterController::jobFinished);
    box->findChild<QPushButton *>(u"pauseButton"_s)->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().at(1).toString(), u"pause"_s);
    QCOMPARE(finished.last().at(2).value<Job::Outcome>(), Job::Outcome::Failed);
    QVERIFY2(!finished.last().at(3).toString().isEmpty(), "the provider says why");
}

void TestLifecycleActions::automaticRefresh()
{
    startCluster(u"c1"_s);
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    QSignalSpy started(m_controller.get(), &ClusterController::jobStarted);
    window.clusterActions()->setRefreshInterval(1);
    QCOMPARE(window.clusterActions()->refreshInterval(), 1);
    QVERIFY(started.wait(5000));
    QCOMPARE(started.first().at(0).toString(), u"c1"_s);
    QCOMPARE(started.first().at(1).toString(), u"refresh"_s);
    window.clusterActions()->setRefreshInterval(0);
    QCOMPARE(window.clusterActions()->refreshInterval(), 0);
}

// While a job runs the status bar shows its progress and a cancel button; when a job ends
// while the window is in the background, the user is notified (failures included).
void TestLifecycleActions::progressAndNotifications()
{
    QVERIFY(m_controller->createCluster(u"slurm"_s, u"c1"_s).ok());
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    window.notifier()->setThresholdMs(0);
    QSignalSpy notified(window.notifier(), &JobNotifier::notified);
    window.selectCluster(u"c1"_s); // never shown, so never the active window
    auto *bar = window.findChild<QProgressBar *>(u"jobProgress"_s);
    auto *cancel = window.findChild<QToolButton *>(u"jobCancel"_s);
    QVERIFY(bar && cancel);
    QVERIFY(bar->isHidden());

    window.clusterActions()->start()->trigger();
    QVERIFY(!bar->isHidden());
    QVERIFY(!cancel->isHidden());
    QVERIFY(cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(bar->isHidden(), 15000);
    QVERIFY(cancel->isHidden());
    QCOMPARE(notified.size(), 1);
    QVERIFY2(notified.first().at(0).toString().contains(u"c1"_s),
             qPrintable(notified.first().at(0).toString()));
    QCOMPARE(notified.first().at(2).toBool(), false);

    // A failure is notified as one, with the reason.
    QString error;
    Job *pause = m_controller->pauseCluster(u"c1"_s, &error);
    QVERIFY(pause);
    pause->start();
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 15000);
    QCOMPARE(notified.last().at(2).toBool(), true);
    QVERIFY(!notified.last().at(1).toString().isEmpty());

    // Short jobs stay quiet with the default threshold.
    window.notifier()->setThresholdMs(60000);
    Job *refresh = m_controller->refreshCluster(u"c1"_s, &error);
    QVERIFY(refresh);
    QSignalSpy done(refresh, &Job::finished);
    refresh->start();
    QVERIFY(done.wait(15000));
    QCOMPARE(notified.size(), 2);
}

// A cluster left half-way by a crash: the window offers to start it again (Later is the
// default) and Start Again finishes the start.
void TestLifecycleActions::offersToFinishInterruptedWork()
{
    QVERIFY(m_controller->createCluster(u"slurm"_s, u"c1"_s).ok());
    Cluster crashed = *m_repo->cluster(u"c1"_s);
    crashed.state = ClusterState::Starting; // as a killed `start` leaves it
    QVERIFY(m_repo->updateCluster(crashed).ok());
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    auto *offer = window.findChild<QMessageBox *>(u"interruptedDialog"_s);
    QVERIFY2(offer, "the interrupted cluster is offered to be finished");
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 5000);
    QVERIFY(offer->text().contains(u"c1"_s));
    QCOMPARE(offer->buttonRole(offer->defaultButton()), QMessageBox::RejectRole); // Later
    QVERIFY(offer->findChild<QPushButton *>(u"destroyButton"_s));
    offer->findChild<QPushButton *>(u"startAgainButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_repo->cluster(u"c1"_s)->state, ClusterState::Ready, 15000);
}

// Above the node table: nodes ready of all, the state, and the address to log in to, which
// the button copies; it follows the stored nodes.
void TestLifecycleActions::summaryFollowsTheCluster()
{
    startCluster(u"c1"_s);
    Cluster cluster = *m_repo->cluster(u"c1"_s);
    for (Node &n : cluster.nodes)
        n.state = NodeState::Ready;
    QVERIFY(m_repo->saveNodes(u"c1"_s, cluster.nodes).ok());
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    window.selectCluster(u"c1"_s);
    ClusterSummary *summary = window.summary();
    QVERIFY2(summary->text().contains(u"ready: 2 of 2 nodes"_s), qPrintable(summary->text()));
    const QString address = cluster.nodes.first().preferredIp;
    QVERIFY(!address.isEmpty());
    QCOMPARE(summary->address(), address); // no frontend kind: the first node
    QVERIFY(summary->text().contains(address));
    summary->copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), address);

    cluster.nodes[1].state = NodeState::Unreachable;
    QVERIFY(m_repo->saveNodes(u"c1"_s, {cluster.nodes[1]}).ok());
    QVERIFY2(summary->text().contains(u"ready: 1 of 2 nodes"_s), qPrintable(summary->text()));
}

QTEST_MAIN(TestLifecycleActions)
#include "tst_lifecycleactions.moc"
