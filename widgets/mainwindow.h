#pragma once

#include "providers/ssh/sshtypes.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QSettings;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace cd {

class ClusterActions;
class ClusterListPane;
class ClusterSummary;
class EventLogView;
class ClusterController;
class ClusterListModel;
class ClusterRepository;
class ImportConfigFlow;
class JobNotifier;
class MetricsSampler;
class OrphanScanFlow;
class MetricsView;
class LogView;
class NodeTableModel;
class NodeTerminals;
class SecretStore;
class SetupTimelineView;
class TerminalTabs;

// The main window: lays out the cluster list, the node area and the log dock, and owns the
// actions. Thin on purpose: behaviour lives in model jobs and in the panes it hosts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Everything passed in outlives the window (owned by the composition root). `dataDir` is
    // shown to the user so they know where their clusters are remembered. `controller` may be
    // null (no cluster actions), e.g. in tests of the views alone.
    MainWindow(QSettings *settings,
               const QString &dataDir,
               ClusterRepository *repository,
               SecretStore *secrets,
               ClusterController *controller,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    LogView *logView() const { return m_logView; }
    EventLogView *eventLogView() const { return m_eventView; }
    QAction *createClusterAction() const;
    ClusterActions *clusterActions() const { return m_clusterActions; }
    QAction *importConfigAction() const { return m_importConfig; }
    ImportConfigFlow *importFlow() const { return m_importFlow; }
    OrphanScanFlow *orphanScan() const { return m_orphanScan; }
    SetupTimelineView *setupView() const { return m_setupView; }
    JobNotifier *notifier() const { return m_notifier; }
    ClusterSummary *summary() const { return m_summary; }
    MetricsSampler *metricsSampler() const { return m_metrics; }
    MetricsView *metricsView() const { return m_metricsView; }
    TerminalTabs *terminalTabs() const { return m_terminalTabs; }
    NodeTerminals *nodeTerminals() const { return m_nodeTerminals; }
    ClusterListPane *clusterList() const { return m_clusterList; }
    // Shows the nodes of this cluster (selects it in the list).
    void selectCluster(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    void restoreWindowState();
    void saveWindowState();
    void showAbout();
    // What a running job or flow is doing, in the status bar (cleared when it ends).
    void showBusy(const QString &text, bool on);
    void askAboutHostKey(const QString &cluster,
                         const QString &node,
                         const HostKey &expected,
                         const HostKey &presented);
    void updateClusterStack();
    void onClusterSelected();
    void onNodeSelected();
    void showNodeMenu(const QPoint &pos);

    QSettings *m_settings;
    QString m_dataDir;
    ClusterRepository *m_repository;
    ClusterController *m_controller = nullptr;
    ClusterListModel *m_clusters = nullptr;
    NodeTableModel *m_nodes = nullptr;
    ImportConfigFlow *m_importFlow = nullptr;
    OrphanScanFlow *m_orphanScan = nullptr;
    ClusterActions *m_clusterActions = nullptr;
    ClusterListPane *m_clusterList = nullptr;
    QTreeView *m_clusterView = nullptr;
    QTableView *m_nodeView = nullptr;
    LogView *m_logView = nullptr;
    EventLogView *m_eventView = nullptr;
    SetupTimelineView *m_setupView = nullptr;
    JobNotifier *m_notifier = nullptr;
    ClusterSummary *m_summary = nullptr;
    MetricsSampler *m_metrics = nullptr;
    MetricsView *m_metricsView = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    TerminalTabs *m_terminalTabs = nullptr;
    NodeTerminals *m_nodeTerminals = nullptr;
    QDockWidget *m_terminalDock = nullptr;
    QStackedWidget *m_clusterStack = nullptr;
    QStackedWidget *m_nodeStack = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_clusterMenu = nullptr;

    QAction *m_importConfig = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace cd
