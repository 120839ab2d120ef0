// The main window's panes: the cluster list's filter box (through its proxy, the actions
// still act on the selected cluster), the node table's Load sparklines fed by the metrics
// sampler's history, and the Events dock filtered by level and node.
#include "model/metrics/metricssampler.h"
#include "model/models/eventlogmodel.h"
#include "model/models/nodetablemodel.h"
#include "model/models/statepalette.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/gui/clusterfixture.h"
#include "widgets/clusteractions.h"
#include "widgets/clusterlistpane.h"
#include "widgets/eventlogview.h"
#include "widgets/mainwindow.h"
#include "widgets/stateicondelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace cd;
using namespace Qt::StringLiterals;

class TestMainPanes final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void filterNarrowsTheClusterList();
    void nodeTableShowsLoadSparklines();
    void eventsDockFiltersByLevelAndNode();
    void actionsHaveTooltipsShortcutsAndPlaces();
    void statesDifferByShape();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    MemorySecretStore m_secrets;
};

void TestMainPanes::init()
{
    m_repo = std::make_unique<MemoryClusterRepository>();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_settings
        = std::make_unique<QSettings>(m_tmp->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->setValue(u"metrics/intervalSec"_s, 0); // samples come from the tests only
    m_settings->setValue(u"refresh/intervalSec"_s, 0);
}

using test::clusterNamed;

void TestMainPanes::filterNarrowsTheClusterList()
{
    QVERIFY(m_repo->addCluster(clusterNamed(u"alpha"_s, u"slurm"_s, u"ec2-prod"_s)).ok());
    QVERIFY(m_repo->addCluster(clusterNamed(u"beta"_s, u"plain"_s, u"lab"_s)).ok());
    QVERIFY(m_repo->addCluster(clusterNamed(u"gamma"_s, u"slurm"_s, u"openstack"_s)).ok());
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *list = window.findChild<QTreeView *>(u"clusterList"_s);
    auto *filter = window.findChild<QLineEdit *>(u"clusterFilter"_s);
    QVERIFY(list && filter);
    QVERIFY(!filter->placeholderText().isEmpty());
    QVERIFY(!filter->toolTip().isEmpty());
    QCOMPARE(list->model()->rowCount(), 3);
    const auto shown = [list] {
        QStringList names;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            names << list->model()->index(row, 0).data().toString();
        return names;
    };

    // Ctrl+F puts the cursor in the box, from anywhere in the window.
    list->setFocus();
    QVERIFY(!filter->hasFocus());
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());

    // Typing narrows by template…
    QTest::keyClicks(filter, u"SLURM"_s);
    QCOMPARE(shown(), (QStringList{u"alpha"_s, u"gamma"_s}));
    // …and by cloud; the selection follows to a shown cluster, and so do the actions.
    filter->clear();
    QTest::keyClicks(filter, u"lab"_s);
    QCOMPARE(shown(), QStringList{u"beta"_s});
    QCOMPARE(window.clusterList()->currentCluster(), u"beta"_s);
    QCOMPARE(window.clusterActions()->currentCluster(), u"beta"_s);
    auto *nodes = window.findChild<QTableView *>(u"nodeTable"_s);
    QCOMPARE(static_cast<NodeTableModel *>(nodes->model())->cluster(), u"beta"_s);

    // Nothing matches "labxyz": the list says so, and nothing is acted on.
    QTest::keyClicks(filter, u"xyz"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(window.findChild<QLabel *>(u"clusterNoMatch"_s)->isVisible());
    QCOMPARE(window.clusterActions()->currentCluster(), QString());
    // A matching cluster arrives (another job stored it): it shows, the note goes.
    QVERIFY(m_repo->addCluster(clusterNamed(u"labxyz-new"_s, u"slurm"_s, u"lab"_s)).ok());
    QCOMPARE(shown(), QStringList{u"labxyz-new"_s});
    QVERIFY(!window.findChild<QLabel *>(u"clusterNoMatch"_s)->isVisible());
    QCOMPARE(window.clusterActions()->currentCluster(), u"labxyz-new"_s);
    QVERIFY(m_repo->removeCluster(u"labxyz-new"_s).ok());
    QVERIFY(window.findChild<QLabel *>(u"clusterNoMatch"_s)->isVisible());

    // Esc clears the box and every cluster is back.
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(shown(), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QVERIFY(!window.findChild<QLabel *>(u"clusterNoMatch"_s)->isVisible());

    // Selecting through the filter maps the proxy row to the right cluster: the second row
    // shown is gamma, while the list's second cluster is beta.
    filter->setText(u"slurm"_s);
    QCOMPARE(shown(), (QStringList{u"alpha"_s, u"gamma"_s}));
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(window.clusterActions()->currentCluster(), u"gamma"_s);
    QCOMPARE(static_cast<NodeTableModel *>(nodes->model())->cluster(), u"gamma"_s);
    // A cluster chosen from elsewhere (e.g. just created) is shown even when filtered out.
    window.selectCluster(u"beta"_s);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(window.clusterActions()->currentCluster(), u"beta"_s);
}

void TestMainPanes::nodeTableShowsLoadSparklines()
{
    Cluster c = clusterNamed(u"alpha"_s, u"slurm"_s, u"lab"_s);
    Node pending;
    pending.kind = u"compute"_s;
    pending.index = 1;
    pending.name = Node::nameFor(pending.kind, 1);
    pending.state = NodeState::Pending;
    c.nodes << pending;
    QVERIFY(m_repo->addCluster(c).ok());
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(u"nodeTable"_s);
    auto *model = static_cast<NodeTableModel *>(table->model());
    QCOMPARE(model->cluster(), u"alpha"_s);
    QCOMPARE(model->headerData(NodeTableModel::LoadColumn, Qt::Horizontal).toString(), u"Load"_s);
    const int ready = model->rowOf(u"frontend001"_s);
    const int other = model->rowOf(u"compute001"_s);
    const QModelIndex load = model->index(ready, NodeTableModel::LoadColumn);
    QVERIFY(load.data(NodeMetrics::SeriesRole).toList().isEmpty());
    table->scrollTo(load);
    const QRect cell = table->visualRect(load);
    QVERIFY(table->viewport()->rect().contains(cell));
    const QImage empty = table->viewport()->grab(cell).toImage();

    // Samples arrive (as the sampler's SSH rounds would add them): only that node's Load
    // cell changes, and it holds the history.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QList<double> loads{0.5, 1.5, 0.8, 0.2};
    for (qsizetype i = 0; i < loads.size(); ++i) {
        MetricSample sample;
        sample.time = start.addSecs(30 * i);
        sample.load = loads.at(i);
        sample.memory = sample.disk = 0.5;
        window.metricsSampler()->addSample(u"frontend001"_s, sample);
    }
    QCOMPARE(changed.size(), loads.size());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex(), load);
        QCOMPARE(args.at(1).toModelIndex(), load);
    }
    QCOMPARE(load.data(NodeMetrics::SeriesRole).toList(), (QVariantList{0.5, 1.5, 0.8, 0.2}));
    QCOMPARE(load.data(NodeMetrics::ScaleRole).toDouble(), 1.5);
    QCOMPARE(load.data().toString(), u"0.20"_s);
    QVERIFY(load.data(Qt::ToolTipRole).toString().contains(u"4 sample"_s));
    QTRY_VERIFY(table->viewport()->grab(cell).toImage() != empty);

    // A node that is not Ready shows no sparkline, whatever the sampler holds for it.
    MetricSample stale;
    stale.time = start;
    stale.load = 3;
    window.metricsSampler()->addSample(u"compute001"_s, stale);
    const QModelIndex otherLoad = model->index(other, NodeTableModel::LoadColumn);
    QVERIFY(otherLoad.data(NodeMetrics::SeriesRole).toList().isEmpty());
    QVERIFY(otherLoad.data().toString().isEmpty());
}

void TestMainPanes::eventsDockFiltersByLevelAndNode()
{
    using Level = ClusterEvent::Level;
    QVERIFY(m_repo->addCluster(clusterNamed(u"alpha"_s, u"slurm"_s, u"lab"_s)).ok());
    QVERIFY(m_repo->addCluster(clusterNamed(u"beta"_s, u"slurm"_s, u"lab"_s)).ok());
    const auto event
        = [](const QString &cluster, const QString &node, Level level, const QString &text) {
              ClusterEvent e;
              e.time = QDateTime::currentDateTimeUtc();
              e.cluster = cluster;
              e.node = node;
              e.level = level;
              e.text = text;
              return e;
          };
    QVERIFY(m_repo
                ->appendEvents({event(u"alpha"_s, {}, Level::Info, u"start requested"_s),
                                event(u"alpha"_s, u"compute001"_s, Level::Info, u"c1 up"_s),
                                event(u"alpha"_s, u"compute002"_s, Level::Error, u"c2 failed"_s),
                                event(u"alpha"_s, u"compute001"_s, Level::Warning, u"c1 slow"_s),
                                event(u"beta"_s, u"compute009"_s, Level::Error, u"beta only"_s)})
                .ok());
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(u"eventDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    EventLogView *view = window.eventLogView();
    QVERIFY(!view->levelBox()->toolTip().isEmpty() && !view->nodeBox()->toolTip().isEmpty());
    const auto texts = [view] {
        QStringList out;
        const QAbstractItemModel *model = view->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, EventLogModel::TextColumn).data().toString();
        return out;
    };
    // The selected cluster's events only; the node box offers the nodes they mention.
    QCOMPARE(window.clusterActions()->currentCluster(), u"alpha"_s);
    QCOMPARE(texts().size(), 4);
    QCOMPARE(view->nodeBox()->count(), 3); // All nodes, compute001, compute002
    QCOMPARE(view->nodeBox()->itemText(1), u"compute001"_s);

    view->levelBox()->setCurrentIndex(view->levelBox()->findData(int(Level::Warning)));
    QCOMPARE(texts(), (QStringList{u"c2 failed"_s, u"c1 slow"_s}));
    view->nodeBox()->setCurrentIndex(view->nodeBox()->findText(u"compute001"_s));
    QCOMPARE(texts(), QStringList{u"c1 slow"_s}); // level AND node
    view->levelBox()->setCurrentIndex(0);
    QCOMPARE(texts(), (QStringList{u"c1 up"_s, u"c1 slow"_s}));

    // A new event of that node shows at once; another node's does not.
    QVERIFY(m_repo
                ->appendEvents({event(u"alpha"_s, u"compute002"_s, Level::Info, u"c2 back"_s),
                                event(u"alpha"_s, u"compute001"_s, Level::Info, u"c1 ready"_s)})
                .ok());
    QCOMPARE(texts().last(), u"c1 ready"_s);
    QCOMPARE(texts().size(), 3);

    // Another cluster: its own events, and the node filter starts over.
    window.selectCluster(u"beta"_s);
    QCOMPARE(view->nodeBox()->currentIndex(), 0);
    QCOMPARE(texts(), QStringList{u"beta only"_s});
    QCOMPARE(view->nodeBox()->itemText(1), u"compute009"_s);
}

void TestMainPanes::actionsHaveTooltipsShortcutsAndPlaces()
{
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets, nullptr);
    // Every menu entry explains itself (a tooltip of its own, not just its text), and no two
    // share a shortcut.
    QHash<QKeySequence, QString> taken;
    for (QAction *menuAction : window.menuBar()->actions()) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator())
                continue;
            const QAction plain(action->text());
            QVERIFY2(action->toolTip() != plain.toolTip(), qPrintable(action->text()));
            if (action->shortcut().isEmpty())
                continue;
            QVERIFY2(!taken.contains(action->shortcut()),
                     qPrintable(action->text() + u" / "_s + taken.value(action->shortcut())));
            taken.insert(action->shortcut(), action->text());
        }
    }
    // The verbs have shortcuts.
    for (const QString &name :
         {u"actionCreateCluster"_s, u"actionStart"_s, u"actionSetup"_s, u"actionResize"_s,
          u"actionPause"_s, u"actionResume"_s, u"actionRefresh"_s, u"actionDestroy"_s,
          u"actionOpenTerminal"_s, u"actionNodeCopySshCommand"_s, u"actionScanOrphans"_s,
          u"actionFindCluster"_s, u"actionAccounts"_s, u"actionImportConfig"_s}) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
        QVERIFY2(taken.contains(action->shortcut()), qPrintable(name)); // in a menu
    }
    // The toolbar and the cluster list's context menu offer the verbs.
    const auto names = [](const QList<QAction *> &actions) {
        QStringList out;
        for (const QAction *a : actions)
            out << a->objectName();
        return out;
    };
    const QStringList toolbar = names(window.findChild<QToolBar *>(u"mainToolBar"_s)->actions());
    const QStringList context = names(window.findChild<QTreeView *>(u"clusterList"_s)->actions());
    for (const QString &name :
         {u"actionStart"_s, u"actionSetup"_s, u"actionResize"_s, u"actionPause"_s,
          u"actionResume"_s, u"actionRefresh"_s, u"actionDestroy"_s, u"actionOpenTerminal"_s,
          u"actionNodeCopySshCommand"_s, u"actionScanOrphans"_s}) {
        QVERIFY2(toolbar.contains(name), qPrintable(name));
        QVERIFY2(context.contains(name), qPrintable(name));
    }
}

// Every node state has an SVG icon, and the states the user must tell apart still differ
// once colour is gone (grey scale): the shapes carry the meaning too.
void TestMainPanes::statesDifferByShape()
{
    QList<QImage> seen;
    for (int i = int(NodeState::Planned); i <= int(NodeState::Orphaned); ++i) {
        const QString name = StatePalette::iconName(NodeState(i));
        const QIcon icon = StateIconDelegate::icon(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QVERIFY2(!icon.pixmap(32, 32).isNull(), qPrintable(name));
        seen << icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_Grayscale8);
    }
    for (qsizetype a = 0; a < seen.size(); ++a)
        for (qsizetype b = a + 1; b < seen.size(); ++b)
            QVERIFY2(seen.at(a) != seen.at(b), qPrintable(u"%1 / %2"_s.arg(a).arg(b)));
    QVERIFY(StateIconDelegate::icon(u"no-such-state"_s).isNull());

    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets, nullptr);
    auto *table = window.findChild<QTableView *>(u"nodeTable"_s);
    QVERIFY(qobject_cast<StateIconDelegate *>(
        table->itemDelegateForColumn(NodeTableModel::StateColumn)));
}

QTEST_MAIN(TestMainPanes)
#include "tst_mainpanes.moc"
