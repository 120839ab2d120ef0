#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "widgets/importconfigflow.h"
#include "widgets/logview.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <set>

using namespace cd;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsEmptyState();
    void rendersSomething();
    void menusAreComplete();
    void logDockTogglesFromViewMenu();
    void aboutIsNotModalLoop();
    void geometryIsRemembered();
    void showsClustersAndTheirNodes();
    void importFromTheFileMenu();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_settings;
    MemoryClusterRepository m_repo;
    MemorySecretStore m_secrets;
};

void TestMainWindow::init()
{
    for (const QString &name : m_repo.clusterNames())
        QVERIFY(m_repo.removeCluster(name).ok());
    for (const ClusterTemplate &t : m_repo.templates())
        QVERIFY(m_repo.removeTemplate(t.name).ok());
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_settings
        = std::make_unique<QSettings>(m_tmp->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void TestMainWindow::showsEmptyState()
{
    MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *stack = window.findChild<QStackedWidget *>(u"clusterStack"_s);
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
    QVERIFY(stack->currentWidget()->isVisible());

    // The calls to action are there and named; creating waits for its feature to land.
    QStringList buttonTexts;
    for (auto *button : stack->currentWidget()->findChildren<QToolButton *>()) {
        buttonTexts << button->text();
        QCOMPARE(button->isEnabled(), button->text().startsWith(u"Import"_s));
        QVERIFY(!button->toolTip().isEmpty());
    }
    QVERIFY2(buttonTexts.contains(u"Create cluster…"_s), qPrintable(buttonTexts.join(u'|')));
    QVERIFY2(buttonTexts.contains(u"Import ElastiCluster config…"_s),
             qPrintable(buttonTexts.join(u'|')));
    QVERIFY(!window.createClusterAction()->isEnabled());
    QVERIFY(window.importConfigAction()->isEnabled());

    // The user is told where the data lives.
    QVERIFY(window.logView()->toPlainText().contains(m_tmp->path()));
}

void TestMainWindow::rendersSomething()
{
    MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
    // Not blank: a real window has text, frames and icons, so many distinct colours.
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
}

void TestMainWindow::menusAreComplete()
{
    MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{u"&File"_s, u"&Cluster"_s, u"&Node"_s, u"&View"_s, u"&Help"_s}));

    auto *quit = window.findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(window.findChild<QAction *>(u"actionAbout"_s));
}

void TestMainWindow::logDockTogglesFromViewMenu()
{
    MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(u"logDock"_s);
    QVERIFY(dock && dock->isVisible());
    // The log is the tab in front; the other docks wait behind it.
    QVERIFY(!dock->visibleRegion().isEmpty());
    for (const QString &other : {u"eventDock"_s, u"metricsDock"_s, u"setupDock"_s})
        QVERIFY2(window.findChild<QDockWidget *>(other)->visibleRegion().isEmpty(),
                 qPrintable(other));
    QAction *toggle = dock->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    toggle->trigger();
    QVERIFY(!dock->isVisible());
    toggle->trigger();
    QVERIFY(dock->isVisible());
}

void TestMainWindow::aboutIsNotModalLoop()
{
    MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // If About ran a nested event loop, trigger() would not return until it closed.
    window.findChild<QAction *>(u"actionAbout"_s)->trigger();
    auto *box = window.findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(box);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 5000);
    QVERIFY(box->text().contains(m_tmp->path()));
    box->close();
}

void TestMainWindow::geometryIsRemembered()
{
    {
        MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        QTRY_COMPARE_WITH_TIMEOUT(window.size(), QSize(900, 640), 5000);
        window.close();
    }
    QVERIFY(m_settings->contains(u"mainwindow/geometry"_s));
    QSettings reread(m_tmp->filePath(u"settings.ini"_s), QSettings::IniFormat);
    QVERIFY(!reread.value(u"mainwindow/geometry"_s).toByteArray().isEmpty());

    MainWindow again(&reread, m_tmp->path(), &m_repo, &m_secrets, nullptr);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::showsClustersAndTheirNodes()
{
    MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>(u"clusterStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);

    // A cluster appears while the window is open (another job or process stored it).
    Cluster c;
    c.name = u"research"_s;
    c.templateName = u"slurm"_s;
    for (int i = 1; i <= 3; ++i) {
        Node n;
        n.kind = u"compute"_s;
        n.index = i;
        n.name = Node::nameFor(n.kind, i);
        n.state = i == 3 ? NodeState::Failed : NodeState::Ready;
        c.nodes << n;
    }
    QVERIFY(m_repo.addCluster(c).ok());
    QCOMPARE(stack->currentWidget()->objectName(), u"clusterListPane"_s); // filter box + list
    auto *list = window.findChild<QTreeView *>(u"clusterList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"research"_s);

    // The first cluster is selected and its nodes shown.
    auto *nodeStack = window.findChild<QStackedWidget *>(u"nodeStack"_s);
    // The page: the summary line above the node table.
    QCOMPARE(nodeStack->currentWidget()->objectName(), u"nodePage"_s);
    QVERIFY(nodeStack->currentWidget()->findChild<QWidget *>(u"clusterSummary"_s));
    auto *nodes = nodeStack->currentWidget()->findChild<QTableView *>(u"nodeTable"_s);
    QVERIFY(nodes);
    QCOMPARE(nodes->model()->rowCount(), 3);
    QCOMPARE(nodes->model()->index(2, 2).data().toString(), u"Failed"_s);

    // A state change reaches the view without any refresh.
    Node n = c.nodes.at(2);
    n.state = NodeState::Ready;
    QVERIFY(m_repo.saveNode(u"research"_s, n).ok());
    QCOMPARE(nodes->model()->index(2, 2).data().toString(), u"Ready"_s);

    QVERIFY(m_repo.removeCluster(u"research"_s).ok());
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
    QCOMPARE(nodeStack->currentWidget()->objectName(), u"nodePlaceholder"_s);
}

void TestMainWindow::importFromTheFileMenu()
{
    MainWindow window(m_settings.get(), m_tmp->path(), &m_repo, &m_secrets, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The action opens a file dialog without a nested event loop: trigger() returns at once.
    window.importConfigAction()->trigger();
    auto *dialog = window.findChild<QFileDialog *>(u"importConfigDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    dialog->reject();

    QFile config(m_tmp->filePath(u"config"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[cloud/lab]\nprovider=static\nhosts=127.0.0.2:2222\n\n"
                 "[login/me]\nimage_user=root\n\n[setup/plain]\nfrontend_groups=common\n\n"
                 "[cluster/tiny]\ncloud=lab\nlogin=me\nsetup=plain\nfrontend_nodes=1\n\n"
                 "[cluster/broken]\ncloud=lab\nlogin=me\nsetup=plain\nfrontend_nodes=many\n");
    config.close();

    QSignalSpy finished(window.importFlow(), &ImportConfigFlow::finished);
    window.importFlow()->importFiles({config.fileName()});
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_repo.clusterTemplate(u"tiny"_s));
    QVERIFY(!m_repo.clusterTemplate(u"broken"_s));

    auto *summary = window.findChild<QMessageBox *>(u"importSummary"_s);
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 5000);
    QVERIFY2(summary->text().contains(u"1 cluster template(s)"_s), qPrintable(summary->text()));
    QVERIFY2(summary->detailedText().contains(u"frontend_nodes"_s),
             qPrintable(summary->detailedText()));
    QVERIFY(window.logView()->toPlainText().contains(u"frontend_nodes"_s));
    summary->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
