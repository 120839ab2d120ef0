#include "widgets/mainwindow.h"

#include "model/models/clusterlistmodel.h"
#include "model/models/nodetablemodel.h"
#include "widgets/clusteractions.h"
#include "widgets/emptystatewidget.h"
#include "widgets/importconfigflow.h"
#include "widgets/logview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace cd {

namespace {

constexpr auto GeometryKey = "mainwindow/geometry";
constexpr auto StateKey = "mainwindow/state";
constexpr auto SplitterKey = "mainwindow/splitter";

QString notYetAvailable()
{
    return MainWindow::tr("Not available in this version yet.");
}

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

    auto *dataLabel = new QLabel(tr("Data: %1").arg(m_dataDir), this);
    dataLabel->setToolTip(tr("Where ClusterDeck remembers your clusters"));
    dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(dataLabel);
    statusBar()->showMessage(tr("Ready"));

    connect(m_importFlow, &ImportConfigFlow::message, m_logView, &LogView::appendMessage);
    connect(m_clusterActions, &ClusterActions::message, m_logView, &LogView::appendMessage);
    connect(m_clusterActions, &ClusterActions::clusterCreated, this, &MainWindow::selectCluster);
    connect(m_clusterActions, &ClusterActions::busy, this, [this](const QString &text, bool on) {
        if (on)
            statusBar()->showMessage(text);
        else
            statusBar()->clearMessage();
    });
    connect(m_importFlow, &ImportConfigFlow::busy, this, [this](const QString &text, bool on) {
        m_importConfig->setEnabled(!on);
        if (on)
            statusBar()->showMessage(text);
        else
            statusBar()->clearMessage();
    });

    restoreWindowState();
    updateClusterStack();
    m_logView->appendMessage(tr("ClusterDeck %1 started; data in %2")
                                 .arg(QApplication::applicationVersion(), m_dataDir));
    m_clusterActions->reportInterrupted();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_importConfig = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import ElastiCluster config…"), this);
    m_importConfig->setObjectName(QStringLiteral("actionImportConfig"));
    m_importConfig->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importConfig->setToolTip(
        tr("Import cluster templates, clouds, logins and setups from ElastiCluster config "
           "files; passwords and keys go to the keychain"));
    connect(m_importConfig, &QAction::triggered, this, [this] { m_importFlow->chooseFiles(); });

    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("actionRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Ask the cloud for the state of every node (%1)").arg(notYetAvailable()));
    m_refresh->setEnabled(false);

    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_about = new QAction(tr("&About ClusterDeck"), this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
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

    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    cluster->setObjectName(QStringLiteral("menuCluster"));
    cluster->addAction(m_clusterActions->create());
    cluster->addSeparator();
    cluster->addAction(m_clusterActions->start());
    cluster->addAction(m_clusterActions->destroy());
    cluster->addAction(m_clusterActions->cancel());
    cluster->addSeparator();
    cluster->addAction(m_refresh);

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
    toolBar->addAction(m_clusterActions->destroy());
    toolBar->addAction(m_clusterActions->cancel());
    m_viewMenu->addAction(toolBar->toggleViewAction());
}

void MainWindow::createCentralArea()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_clusterStack = new QStackedWidget(splitter);
    m_clusterStack->setObjectName(QStringLiteral("clusterStack"));
    m_clusterStack->addWidget(
        new EmptyStateWidget(m_clusterActions->create(), m_importConfig, m_clusterStack));
    m_clusterView = new QTreeView(m_clusterStack);
    m_clusterView->setObjectName(QStringLiteral("clusterList"));
    m_clusterView->setRootIsDecorated(false);
    m_clusterView->setUniformRowHeights(true);
    m_clusterView->setAlternatingRowColors(true);
    m_clusterView->setModel(m_clusters);
    m_clusterView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clusterView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clusterStack->addWidget(m_clusterView);
    m_clusterStack->setCurrentIndex(0);
    connect(m_clusterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onClusterSelected);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_clusters, signal, this, &MainWindow::updateClusterStack);
    connect(m_clusters, &QAbstractItemModel::modelReset, this, &MainWindow::updateClusterStack);

    m_nodeStack = new QStackedWidget(splitter);
    m_nodeStack->setObjectName(QStringLiteral("nodeStack"));
    auto *placeholder = new QLabel(tr("Select a cluster to see its nodes."), m_nodeStack);
    placeholder->setObjectName(QStringLiteral("nodePlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_nodeStack->addWidget(placeholder);
    m_nodeView = new QTableView(m_nodeStack);
    m_nodeView->setObjectName(QStringLiteral("nodeTable"));
    m_nodeView->setModel(m_nodes);
    m_nodeView->horizontalHeader()->setStretchLastSection(true);
    m_nodeView->verticalHeader()->hide();
    m_nodeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeView->setAlternatingRowColors(true);
    m_nodeStack->addWidget(m_nodeView);

    splitter->addWidget(m_clusterStack);
    splitter->addWidget(m_nodeStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    m_logView = new LogView(dock);
    dock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    toggle->setToolTip(tr("Show or hide the log"));
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), toggle);
}

QAction *MainWindow::createClusterAction() const
{
    return m_clusterActions->create();
}

void MainWindow::updateClusterStack()
{
    m_clusterStack->setCurrentIndex(m_clusters->rowCount() == 0 ? 0 : 1);
    if (m_clusters->rowCount() > 0 && !m_clusterView->currentIndex().isValid())
        m_clusterView->setCurrentIndex(m_clusters->index(0, 0));
    if (m_clusters->rowCount() == 0)
        onClusterSelected();
}

void MainWindow::onClusterSelected()
{
    const QModelIndex current = m_clusterView->currentIndex();
    const QString name = current.isValid()
                             ? current.data(ClusterListModel::ClusterNameRole).toString()
                             : QString();
    m_nodes->setCluster(name);
    m_clusterActions->setCurrentCluster(name);
    m_nodeStack->setCurrentIndex(name.isEmpty() ? 0 : 1);
}

void MainWindow::selectCluster(const QString &name)
{
    const int row = m_clusters->rowOf(name);
    if (row >= 0)
        m_clusterView->setCurrentIndex(m_clusters->index(row, 0));
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
    m_splitter->restoreState(m_settings->value(QLatin1String(SplitterKey)).toByteArray());
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
