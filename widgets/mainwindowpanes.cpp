// MainWindow: the central panes (the cluster list with its filter box, the node page with
// the summary and the node table) and what selecting in them does.
#include "model/domain/nodelogin.h"
#include "model/metrics/metricssampler.h"
#include "model/models/clusterlistmodel.h"
#include "model/models/nodetablemodel.h"
#include "model/repository/clusterrepository.h"
#include "widgets/clusteractions.h"
#include "widgets/clusterlistpane.h"
#include "widgets/clustersummary.h"
#include "widgets/emptystatewidget.h"
#include "widgets/eventlogview.h"
#include "widgets/mainwindow.h"
#include "widgets/metrics/sparklinedelegate.h"
#include "widgets/orphanscanflow.h"
#include "widgets/setup/setuptimelineview.h"
#include "widgets/stateicondelegate.h"
#include "widgets/terminal/nodeterminals.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace cd {

void MainWindow::createCentralArea()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_clusterStack = new QStackedWidget(splitter);
    m_clusterStack->setObjectName(QStringLiteral("clusterStack"));
    m_clusterStack->addWidget(
        new EmptyStateWidget(m_clusterActions->create(), m_importConfig, m_clusterStack));
    m_clusterList = new ClusterListPane(m_clusters, m_clusterStack);
    m_clusterView = m_clusterList->view();
    // Right-click offers the same verbs as the Cluster menu, and a shell on its login node.
    m_clusterView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(m_clusterView);
    separator->setSeparator(true);
    auto *nodeSeparator = new QAction(m_clusterView);
    nodeSeparator->setSeparator(true);
    auto *scanSeparator = new QAction(m_clusterView);
    scanSeparator->setSeparator(true);
    m_clusterView->addActions({m_clusterActions->start(), m_clusterActions->setup(),
                               m_clusterActions->resize(), m_clusterActions->pause(),
                               m_clusterActions->resume(), m_clusterActions->refresh(),
                               nodeSeparator, m_nodeTerminals->openTerminalAction(),
                               m_nodeTerminals->copySshCommandAction(), separator,
                               m_clusterActions->destroy(), scanSeparator, m_orphanScan->action()});
    m_clusterStack->addWidget(m_clusterList);
    m_clusterMenu->insertAction(m_clusterMenu->actions().value(1), m_clusterList->findAction());
    m_clusterStack->setCurrentIndex(0);
    connect(m_clusterList, &ClusterListPane::currentClusterChanged, this,
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
    auto *nodePage = new QWidget(m_nodeStack);
    nodePage->setObjectName(QStringLiteral("nodePage"));
    m_summary = new ClusterSummary(m_repository, nodePage);
    m_nodeView = new QTableView(nodePage);
    m_nodeView->setObjectName(QStringLiteral("nodeTable"));
    auto *nodeLayout = new QVBoxLayout(nodePage);
    nodeLayout->setContentsMargins(0, 0, 0, 0);
    nodeLayout->setSpacing(0);
    nodeLayout->addWidget(m_summary);
    nodeLayout->addWidget(m_nodeView, 1);
    m_nodeView->setModel(m_nodes);
    // Widths that leave the Load sparklines room.
    QHeaderView *header = m_nodeView->horizontalHeader();
    header->setDefaultSectionSize(90);
    header->resizeSection(NodeTableModel::KindColumn, 80);
    header->resizeSection(NodeTableModel::StateColumn, 110);
    header->resizeSection(NodeTableModel::UptimeColumn, 70);
    header->resizeSection(NodeTableModel::LoadColumn, 150);
    header->setStretchLastSection(true);
    // Shown right after the state, so the sparklines stay in view when the pane is narrow.
    header->moveSection(header->visualIndex(NodeTableModel::LoadColumn),
                        header->visualIndex(NodeTableModel::StateColumn) + 1);
    m_nodeView->verticalHeader()->hide();
    m_nodeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeView->setAlternatingRowColors(true);
    // The Load column: each Ready node's last hour as a sparkline (the metrics sampler's
    // history; MainWindow::createDocks connects it).
    m_nodeView->setItemDelegateForColumn(NodeTableModel::LoadColumn,
                                         new SparklineDelegate(m_nodeView));
    // The State column: colour, a shape of its own per state, and the text.
    m_nodeView->setItemDelegateForColumn(NodeTableModel::StateColumn,
                                         new StateIconDelegate(m_nodeView));
    m_nodeStack->addWidget(nodePage);
    m_nodeView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_nodeView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        m_nodeTerminals->openTerminal(m_clusterActions->currentCluster(),
                                      index.data(NodeTableModel::NodeNameRole).toString());
    });
    connect(m_nodeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onNodeSelected);
    connect(m_nodes, &QAbstractItemModel::modelReset, this, &MainWindow::onNodeSelected);
    connect(m_nodeView, &QWidget::customContextMenuRequested, this, &MainWindow::showNodeMenu);

    splitter->addWidget(m_clusterStack);
    splitter->addWidget(m_nodeStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
}

void MainWindow::updateClusterStack()
{
    m_clusterStack->setCurrentIndex(m_clusters->rowCount() == 0 ? 0 : 1);
    m_clusterList->selectFirstIfNone();
    if (m_clusters->rowCount() == 0)
        onClusterSelected();
}

void MainWindow::onClusterSelected()
{
    const QString name = m_clusterList->currentCluster();
    m_nodes->setCluster(name);
    m_setupView->setCluster(name);
    m_eventView->setCluster(name);
    m_summary->setCluster(name);
    m_metrics->setCluster(name);
    m_clusterActions->setCurrentCluster(name);
    m_nodeStack->setCurrentIndex(name.isEmpty() ? 0 : 1);
    onNodeSelected();
}

void MainWindow::onNodeSelected()
{
    // With no node selected, the node verbs act on the cluster's login node (as `ssh` does).
    const QString cluster = m_clusterActions->currentCluster();
    const QModelIndex current = m_nodeView->currentIndex();
    QString node
        = current.isValid() ? current.data(NodeTableModel::NodeNameRole).toString() : QString();
    if (node.isEmpty() && !cluster.isEmpty()) {
        const auto stored = m_repository->cluster(cluster);
        const Node *login = stored ? NodeLogin::defaultNode(*stored) : nullptr;
        node = login ? login->name : QString();
    }
    m_nodeTerminals->setCurrentNode(cluster, node);
}

void MainWindow::showNodeMenu(const QPoint &pos)
{
    if (!m_nodeView->indexAt(pos).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_nodeTerminals->openTerminalAction());
    menu->addAction(m_nodeTerminals->copySshCommandAction());
    menu->addAction(m_nodeTerminals->openSystemTerminalAction());
    menu->addAction(m_nodeTerminals->browseFilesAction());
    menu->popup(m_nodeView->viewport()->mapToGlobal(pos));
}

void MainWindow::selectCluster(const QString &name)
{
    m_clusterList->selectCluster(name);
}

} // namespace cd
