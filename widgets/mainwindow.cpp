#include "widgets/mainwindow.h"

#include "model/lifecycle/clustercontroller.h"
#include "model/metrics/metricssampler.h"
#include "model/models/clusterlistmodel.h"
#include "model/models/nodetablemodel.h"
#include "widgets/clusteractions.h"
#include "widgets/clustersummary.h"
#include "widgets/hostkeydialog.h"
#include "widgets/importconfigflow.h"
#include "widgets/jobnotifier.h"
#include "widgets/logview.h"
#include "widgets/metrics/metricsview.h"
#include "widgets/orphanscanflow.h"
#include "widgets/setup/setuptimelineview.h"
#include "widgets/terminal/nodeterminals.h"
#include "widgets/terminal/terminaltabs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace cd {

namespace {

constexpr auto GeometryKey = "mainwindow/geometry";
constexpr auto StateKey = "mainwindow/state";
constexpr auto SplitterKey = "mainwindow/splitter";
// Terminal settings, edited in the settings file for now: the emulator for "Open in System
// Terminal" (empty: x-terminal-emulator, konsole, gnome-terminal, xterm) and the scrollback.
constexpr auto TerminalEmulatorKey = "terminal/emulator";
constexpr auto ScrollbackKey = "terminal/scrollbackLines";

constexpr auto RefreshIntervalKey = "refresh/intervalSec";
constexpr int DefaultRefreshIntervalSec = 60;

} // namespace

MainWindow::MainWindow(QSettings *settings,
                       const QString &dataDir,
                       ClusterRepository *repository,
                       SecretStore *secrets,
                       ClusterController *controller,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_dataDir(dataDir)
    , m_repository(repository)
    , m_controller(controller)
    , m_clusters(new ClusterListModel(repository, this))
    , m_nodes(new NodeTableModel(repository, this))
    , m_importFlow(new ImportConfigFlow(repository, secrets, this))
    , m_clusterActions(new ClusterActions(repository, controller, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClusterDeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/clusterdeck.svg")));

    createActions();
    createMenus();
    createCentralArea();
    createDocks();
    if (m_controller)
        connect(m_controller, &ClusterController::hostKeyChanged, this,
                &MainWindow::askAboutHostKey);
    connect(m_terminalTabs, &TerminalTabs::hostKeyChanged, this, &MainWindow::askAboutHostKey);

    auto *dataLabel = new QLabel(tr("Data: %1").arg(m_dataDir), this);
    dataLabel->setToolTip(tr("Where ClusterDeck remembers your clusters"));
    dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(dataLabel);
    statusBar()->showMessage(tr("Ready"));

    connect(m_importFlow, &ImportConfigFlow::message, m_logView, &LogView::appendMessage);
    connect(m_clusterActions, &ClusterActions::message, m_logView, &LogView::appendMessage);
    connect(m_nodeTerminals, &NodeTerminals::message, m_logView, &LogView::appendMessage);
    connect(m_terminalTabs, &TerminalTabs::message, m_logView, &LogView::appendMessage);
    connect(m_nodeTerminals, &NodeTerminals::terminalOpened, this, [this] {
        m_terminalDock->show();
        m_terminalDock->raise();
    });
    connect(m_clusterActions, &ClusterActions::clusterCreated, this, &MainWindow::selectCluster);
    // A running job: its step in the status bar, a progress bar (busy when the total is not
    // known) and a button that cancels it.
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setMaximumWidth(160);
    m_jobProgress->setRange(0, 0);
    m_jobProgress->hide();
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("jobCancel"));
    cancel->setDefaultAction(m_clusterActions->cancel());
    cancel->setAutoRaise(true);
    cancel->hide();
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(cancel);
    connect(m_clusterActions, &ClusterActions::busy, this,
            [this, cancel](const QString &text, bool on) {
                m_jobProgress->setVisible(on);
                cancel->setVisible(on);
                showBusy(text, on);
                if (!on)
                    m_jobProgress->setRange(0, 0);
            });
    connect(m_clusterActions, &ClusterActions::progress, this, [this](int done, int total) {
        m_jobProgress->setRange(0, qMax(0, total));
        m_jobProgress->setValue(qBound(0, done, qMax(0, total)));
    });
    m_notifier = new JobNotifier(m_controller, this);
    connect(m_importFlow, &ImportConfigFlow::busy, this, [this](const QString &text, bool on) {
        m_importConfig->setEnabled(!on);
        showBusy(text, on);
    });
    connect(m_orphanScan, &OrphanScanFlow::message, m_logView, &LogView::appendMessage);
    connect(m_orphanScan, &OrphanScanFlow::busy, this, &MainWindow::showBusy);

    // Node states follow the clouds on their own (one RefreshStatusJob per running cluster).
    m_clusterActions->setRefreshInterval(
        m_settings->value(QLatin1String(RefreshIntervalKey), DefaultRefreshIntervalSec).toInt());
    restoreWindowState();
    updateClusterStack();
    m_logView->appendMessage(tr("ClusterDeck %1 started; data in %2")
                                 .arg(QApplication::applicationVersion(), m_dataDir));
    m_clusterActions->reportInterrupted();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_terminalTabs = new TerminalTabs(this);
    m_nodeTerminals = new NodeTerminals(m_repository, m_dataDir, m_terminalTabs, this);
    m_terminalTabs->setSystemTerminal(
        m_settings->value(QLatin1String(TerminalEmulatorKey)).toString());
    m_terminalTabs->setScrollbackLimit(
        m_settings->value(QLatin1String(ScrollbackKey), 10000).toInt());

    m_importConfig = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import ElastiCluster config…"), this);
    m_importConfig->setObjectName(QStringLiteral("actionImportConfig"));
    m_importConfig->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importConfig->setToolTip(
        tr("Import cluster templates, clouds, logins and setups from ElastiCluster config "
           "files; passwords and keys go to the keychain"));
    connect(m_importConfig, &QAction::triggered, this, [this] { m_importFlow->chooseFiles(); });

    m_refresh = m_clusterActions->refresh();
    m_orphanScan = new OrphanScanFlow(m_repository, m_controller, this);

    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_quit->setToolTip(tr("Close ClusterDeck; running clusters keep running"));
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_about = new QAction(tr("&About ClusterDeck"), this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setToolTip(tr("The version and where your data is"));
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_aboutQt->setToolTip(tr("The Qt version ClusterDeck runs on"));
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_importConfig);
    file->addAction(m_clusterActions->accounts());
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *cluster = m_clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    cluster->setObjectName(QStringLiteral("menuCluster"));
    cluster->addAction(m_clusterActions->create());
    cluster->addSeparator();
    cluster->addAction(m_clusterActions->start());
    cluster->addAction(m_clusterActions->setup());
    cluster->addAction(m_clusterActions->resize());
    cluster->addAction(m_clusterActions->pause());
    cluster->addAction(m_clusterActions->resume());
    cluster->addAction(m_refresh);
    cluster->addAction(m_orphanScan->action());
    cluster->addSeparator();
    cluster->addAction(m_clusterActions->destroy());
    cluster->addAction(m_clusterActions->cancel());

    QMenu *node = menuBar()->addMenu(tr("&Node"));
    node->setObjectName(QStringLiteral("menuNode"));
    node->addAction(m_nodeTerminals->openTerminalAction());
    node->addAction(m_nodeTerminals->copySshCommandAction());
    node->addAction(m_nodeTerminals->openSystemTerminalAction());
    node->addAction(m_nodeTerminals->browseFilesAction());
    node->addSeparator();
    node->addAction(m_terminalTabs->broadcastAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_clusterActions->create());
    toolBar->addAction(m_clusterActions->start());
    toolBar->addAction(m_clusterActions->setup());
    toolBar->addAction(m_clusterActions->resize());
    toolBar->addAction(m_clusterActions->pause());
    toolBar->addAction(m_clusterActions->resume());
    toolBar->addAction(m_refresh);
    toolBar->addAction(m_orphanScan->action());
    toolBar->addAction(m_clusterActions->destroy());
    toolBar->addAction(m_clusterActions->cancel());
    toolBar->addSeparator();
    toolBar->addAction(m_nodeTerminals->openTerminalAction());
    toolBar->addAction(m_nodeTerminals->copySshCommandAction());
    toolBar->toggleViewAction()->setToolTip(tr("Show or hide the toolbar"));
    m_viewMenu->addAction(toolBar->toggleViewAction());
}

void MainWindow::showBusy(const QString &text, bool on)
{
    if (on)
        statusBar()->showMessage(text);
    else
        statusBar()->clearMessage();
}

QAction *MainWindow::createClusterAction() const
{
    return m_clusterActions->create();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->value(QLatin1String(GeometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 700);
    if (!restoreState(m_settings->value(QLatin1String(StateKey)).toByteArray())) {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("logDock")))
            resizeDocks({dock}, {150}, Qt::Vertical);
    }
    if (!m_splitter->restoreState(m_settings->value(QLatin1String(SplitterKey)).toByteArray()))
        m_splitter->setSizes({width() * 2 / 5, width() * 3 / 5}); // room for the list's columns
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(QLatin1String(GeometryKey), saveGeometry());
    m_settings->setValue(QLatin1String(StateKey), saveState());
    m_settings->setValue(QLatin1String(SplitterKey), m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    // Window-modal and opened, not exec()'d: the event loop keeps running.
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About ClusterDeck"),
        tr("<h3>ClusterDeck %1</h3>"
           "<p>Create compute clusters on EC2, OpenStack, Google Compute Engine or on machines "
           "you already have, configure them with Ansible and work on them from one window.</p>"
           "<p>Data directory: <code>%2</code></p>")
            .arg(QApplication::applicationVersion(), m_dataDir.toHtmlEscaped()),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cd
