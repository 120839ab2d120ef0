#include "widgets/eventlogview.h"

#include "model/models/eventfiltermodel.h"
#include "model/models/eventlogmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

EventLogView::EventLogView(ClusterRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_events(new EventLogModel(repository, 10000, this))
    , m_filter(new EventFilterModel(this))
    , m_level(new QComboBox(this))
    , m_node(new QComboBox(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("eventLogView"));
    m_filter->setSourceModel(m_events);

    m_level->setObjectName(QStringLiteral("eventLevel"));
    m_level->setToolTip(tr("Show only events of this level or above"));
    m_level->addItem(tr("All levels"), int(ClusterEvent::Level::Debug));
    m_level->addItem(tr("Info and above"), int(ClusterEvent::Level::Info));
    m_level->addItem(tr("Warnings and errors"), int(ClusterEvent::Level::Warning));
    m_level->addItem(tr("Errors"), int(ClusterEvent::Level::Error));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumLevel(ClusterEvent::Level(m_level->currentData().toInt()));
    });
    m_node->setObjectName(QStringLiteral("eventNode"));
    m_node->setToolTip(tr("Show only the events of this node"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_node->addItem(tr("All nodes"), QString());
    connect(m_node, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setNode(m_node->currentData().toString()); });

    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_filter);
    m_table->setToolTip(tr("What the jobs recorded about the selected cluster"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventLogModel::TextColumn,
                                                      QHeaderView::Stretch);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Level:"), this));
    filters->addWidget(m_level);
    filters->addWidget(new QLabel(tr("Node:"), this));
    filters->addWidget(m_node);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_events, &QAbstractItemModel::modelReset, this, [this] {
        m_nodes.clear();
        collectNodes(0);
    });
    connect(m_events, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                collectNodes(first);
                m_table->scrollToBottom();
            });
    collectNodes(0);
}

EventLogView::~EventLogView() = default;

void EventLogView::setCluster(const QString &cluster)
{
    if (cluster != m_cluster)
        m_node->setCurrentIndex(0); // another cluster's node would hide everything
    m_cluster = cluster;
    m_events->setCluster(cluster);
    m_table->setColumnHidden(EventLogModel::ClusterColumn, !cluster.isEmpty());
    m_table->scrollToBottom();
}

// The node box offers every node the shown events mention (rows from `first` on are new),
// sorted; the chosen one stays.
void EventLogView::collectNodes(int first)
{
    for (int row = first; row < m_events->rowCount(); ++row) {
        const QString node = m_events->index(row, EventLogModel::NodeColumn).data().toString();
        const auto at = std::lower_bound(m_nodes.begin(), m_nodes.end(), node);
        if (!node.isEmpty() && (at == m_nodes.end() || *at != node))
            m_nodes.insert(at, node);
    }
    const QString chosen = m_node->currentData().toString();
    QStringList offered = m_nodes;
    if (!chosen.isEmpty() && !offered.contains(chosen))
        offered.insert(std::lower_bound(offered.begin(), offered.end(), chosen), chosen);
    QStringList shown;
    for (int i = 1; i < m_node->count(); ++i)
        shown << m_node->itemData(i).toString();
    if (shown == offered)
        return;
    const QSignalBlocker quiet(m_node);
    while (m_node->count() > 1)
        m_node->removeItem(1);
    for (const QString &node : std::as_const(offered))
        m_node->addItem(node, node);
    m_node->setCurrentIndex(qMax(0, m_node->findData(chosen)));
}

} // namespace cd
