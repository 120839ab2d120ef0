#include "widgets/logview.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_settings;
};

void TestMainWindow::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_settings = std::make_unique<QSettings>(m_tmp->filePath(u"settings.ini"_s),
                                             QSettings::IniFormat);
}

void TestMainWindow::showsEmptyState()
{
    MainWindow window(m_settings.get(), m_tmp->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *stack = window.findChild<QStackedWidget *>(u"clusterStack"_s);
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
    QVERIFY(stack->currentWidget()->isVisible());

    // The calls to action are there, named, and disabled until their features land.
    QStringList buttonTexts;
    for (auto *button : stack->currentWidget()->findChildren<QToolButton *>()) {
        buttonTexts << button->text();
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->toolTip().isEmpty());
    }
    QVERIFY2(buttonTexts.contains(u"Create cluster…"_s), qPrintable(buttonTexts.join(u'|')));
    QVERIFY2(buttonTexts.contains(u"Import ElastiCluster config…"_s),
             qPrintable(buttonTexts.join(u'|')));
    QVERIFY(!window.createClusterAction()->isEnabled());
    QVERIFY(!window.importConfigAction()->isEnabled());

    // The user is told where the data lives.
    QVERIFY(window.logView()->toPlainText().contains(m_tmp->path()));
}

void TestMainWindow::rendersSomething()
{
    MainWindow window(m_settings.get(), m_tmp->path());
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
    MainWindow window(m_settings.get(), m_tmp->path());
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{u"&File"_s, u"&Cluster"_s, u"&View"_s, u"&Help"_s}));

    auto *quit = window.findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(window.findChild<QAction *>(u"actionAbout"_s));
}

void TestMainWindow::logDockTogglesFromViewMenu()
{
    MainWindow window(m_settings.get(), m_tmp->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(u"logDock"_s);
    QVERIFY(dock && dock->isVisible());
    QAction *toggle = dock->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    toggle->trigger();
    QVERIFY(!dock->isVisible());
    toggle->trigger();
    QVERIFY(dock->isVisible());
}

void TestMainWindow::aboutIsNotModalLoop()
{
    MainWindow window(m_settings.get(), m_tmp->path());
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
        MainWindow window(m_settings.get(), m_tmp->path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        QTRY_COMPARE_WITH_TIMEOUT(window.size(), QSize(900, 640), 5000);
        window.close();
    }
    QVERIFY(m_settings->contains(u"mainwindow/geometry"_s));
    QSettings reread(m_tmp->filePath(u"settings.ini"_s), QSettings::IniFormat);
    QVERIFY(!reread.value(u"mainwindow/geometry"_s).toByteArray().isEmpty());

    MainWindow again(&reread, m_tmp->path());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
