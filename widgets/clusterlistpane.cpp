#include "widgets/clusterlistpane.h"

#include "model/models/clusterfiltermodel.h"
#include "model/models/clusterlistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace cd {

ClusterListPane::ClusterListPane(ClusterListModel *clusters, QWidget *parent)
    : QWidget(parent)
    , m_clusters(clusters)
    , m_proxy(new ClusterFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_noMatch(new QLabel(this))
    , m_find(new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find Cluster"), this))
{
    setObjectName(QStringLiteral("clusterListPane"));
    m_proxy->setSourceModel(clusters);

    m_filter->setObjectName(QStringLiteral("clusterFilter"));
    m_filter->setPlaceholderText(tr("Filter clusters…"));
    m_filter->setToolTip(tr("Show only the clusters whose name, template or cloud contains this "
                            "text (Ctrl+F; Esc clears)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &ClusterListPane::applyFilter);

    m_find->setObjectName(QStringLiteral("actionFindCluster"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setToolTip(tr("Filter the cluster list by name, template or cloud"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_view->setObjectName(QStringLiteral("clusterList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Narrow columns, so name, template, cloud, nodes by state and age fit side by side.
    QHeaderView *header = m_view->header();
    header->setDefaultSectionSize(70);
    header->resizeSection(ClusterListModel::NameColumn, 100);
    header->resizeSection(ClusterListModel::CloudColumn, 80);
    header->resizeSection(ClusterListModel::StateColumn, 80);
    header->resizeSection(ClusterListModel::NodesColumn, 100);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentClusterChanged(currentCluster()); });

    m_noMatch->setObjectName(QStringLiteral("clusterNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setEnabled(false);
    m_noMatch->hide();
    // Clusters come and go while a filter is set: the note follows.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ClusterListPane::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClusterListPane::updateNoMatch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noMatch);
}

ClusterListPane::~ClusterListPane() = default;

QString ClusterListPane::currentCluster() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ClusterListModel::ClusterNameRole).toString()
                             : QString();
}

void ClusterListPane::selectCluster(const QString &name)
{
    if (m_clusters->rowOf(name) < 0)
        return;
    if (m_proxy->rowOf(name) < 0)
        m_filter->clear();
    const int row = m_proxy->rowOf(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->index(row, 0));
}

void ClusterListPane::selectFirstIfNone()
{
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void ClusterListPane::applyFilter(const QString &text)
{
    m_proxy->setFilterText(text);
    updateNoMatch();
    selectFirstIfNone();
}

void ClusterListPane::updateNoMatch()
{
    const bool none = m_proxy->rowCount() == 0 && m_clusters->rowCount() > 0;
    m_noMatch->setText(tr("No cluster matches “%1”.").arg(m_filter->text().trimmed()));
    m_noMatch->setVisible(none);
}

// Esc in a non-empty box clears it (and nothing else: the window's Esc shortcut, Cancel,
// only gets the key when the box is empty).
bool ClusterListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_filter->text().isEmpty()) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cd
