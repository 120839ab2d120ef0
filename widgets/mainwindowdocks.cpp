// MainWindow: the docks (log, events, terminals, metrics, setup) and the question about a
// changed host key.
#include "model/lifecycle/clustercontroller.h"
#include "model/metrics/metricssampler.h"
#include "model/models/nodetablemodel.h"
#include "widgets/eventlogview.h"
#include "widgets/hostkeydialog.h"
#include "widgets/logview.h"
#include "widgets/mainwindow.h"
#include "widgets/metrics/metricsview.h"
#include "widgets/setup/setuptimelineview.h"
#include "widgets/terminal/terminaltabs.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPointer>
#include <QSettings>

namespace cd {

namespace {

constexpr auto MetricsIntervalKey = "metrics/intervalSec";
constexpr int DefaultMetricsIntervalSec = 30;

} // namespace

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

    // What the jobs recorded about the selected cluster, by level and node.
    auto *eventDock = new QDockWidget(tr("Events"), this);
    eventDock->setObjectName(QStringLiteral("eventDock"));
    m_eventView = new EventLogView(m_repository, eventDock);
    eventDock->setWidget(m_eventView);
    addDockWidget(Qt::BottomDockWidgetArea, eventDock);
    tabifyDockWidget(dock, eventDock);
    QAction *toggleEvents = eventDock->toggleViewAction();
    toggleEvents->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    toggleEvents->setToolTip(tr("Show or hide the cluster's events"));
    m_viewMenu->addAction(toggleEvents);

    // Metrics of the selected cluster's ready nodes, sampled while the window runs.
    m_metrics = new MetricsSampler(
        m_repository,
        [controller = QPointer<ClusterController>(m_controller)](const QString &cluster) {
            return controller ? controller->knownHostsFile(cluster) : QString();
        },
        this);
    m_metrics->setInterval(
        m_settings->value(QLatin1String(MetricsIntervalKey), DefaultMetricsIntervalSec).toInt());
    m_nodes->setMetrics(m_metrics); // the node table's Load sparklines
    auto *metricsDock = new QDockWidget(tr("Metrics"), this);
    metricsDock->setObjectName(QStringLiteral("metricsDock"));
    m_metricsView = new MetricsView(m_metrics, metricsDock);
    metricsDock->setWidget(m_metricsView);
    addDockWidget(Qt::BottomDockWidgetArea, metricsDock);
    tabifyDockWidget(dock, metricsDock);
    QAction *toggleMetrics = metricsDock->toggleViewAction();
    toggleMetrics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    toggleMetrics->setToolTip(tr("Show or hide the node metrics"));
    m_viewMenu->addAction(toggleMetrics);

    auto *setupDock = new QDockWidget(tr("Setup"), this);
    setupDock->setObjectName(QStringLiteral("setupDock"));
    m_setupView = new SetupTimelineView(m_controller, setupDock);
    setupDock->setWidget(m_setupView);
    addDockWidget(Qt::BottomDockWidgetArea, setupDock);
    tabifyDockWidget(dock, setupDock);
    QAction *toggleSetup = setupDock->toggleViewAction();
    toggleSetup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    toggleSetup->setToolTip(tr("Show or hide the setup timeline"));
    m_viewMenu->addAction(toggleSetup);
    connect(m_setupView, &SetupTimelineView::message, m_logView, &LogView::appendMessage);
    if (m_controller) // a setup that starts brings its timeline to the front
        connect(m_controller, &ClusterController::setupStarted, setupDock, &QWidget::raise);
    m_terminalDock = new QDockWidget(tr("Terminals"), this);
    m_terminalDock->setObjectName(QStringLiteral("terminalDock"));
    m_terminalDock->setWidget(m_terminalTabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_terminalDock);
    tabifyDockWidget(dock, m_terminalDock);
    m_terminalDock->hide(); // until the first terminal opens
    QAction *terminals = m_terminalDock->toggleViewAction();
    terminals->setToolTip(tr("Show or hide the terminals"));
    m_viewMenu->insertAction(m_viewMenu->actions().value(1), terminals);
    dock->raise(); // the log in front (hiding the terminals tab would bring another forward)
}

// One dialog per node at a time; it opens without blocking, and refusing changes nothing.
void MainWindow::askAboutHostKey(const QString &cluster,
                                 const QString &node,
                                 const HostKey &expected,
                                 const HostKey &presented)
{
    for (const HostKeyDialog *open : findChildren<HostKeyDialog *>())
        if (open->cluster() == cluster && open->node() == node)
            return;
    auto *dialog = new HostKeyDialog(cluster, node, expected, presented, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto accepted
            = m_controller->acceptHostKey(dialog->cluster(), dialog->node(), dialog->presented());
        m_logView->appendMessage(accepted ? tr("%1: the new host key is trusted; refresh to "
                                               "reach the node again.")
                                                .arg(dialog->node())
                                          : accepted.error());
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        m_logView->appendMessage(
            tr("%1: the changed host key was refused; the node stays untrusted.")
                .arg(dialog->node()));
    });
    dialog->open();
}

} // namespace cd
