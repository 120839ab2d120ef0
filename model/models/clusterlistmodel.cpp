#include "model/models/clusterlistmodel.h"

#include "model/repository/clusterrepository.h"

#include <QMap>

#include <algorithm>

namespace cd {

ClusterListModel::ClusterListModel(ClusterRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(repository, &ClusterRepository::clusterAdded, this, &ClusterListModel::onAdded);
    connect(repository, &ClusterRepository::clusterChanged, this, &ClusterListModel::onChanged);
    connect(repository, &ClusterRepository::clusterRemoved, this, &ClusterListModel::onRemoved);
    connect(repository, &ClusterRepository::nodesChanged, this,
            [this](const QString &cluster) { onChanged(cluster); });
    connect(repository, &ClusterRepository::nodesRemoved, this,
            [this](const QString &cluster) { onChanged(cluster); });
    reload();
}

ClusterListModel::~ClusterListModel() = default;

void ClusterListModel::reload()
{
    beginResetModel();
    m_clusters = m_repository ? m_repository->clusters() : QList<Cluster>();
    std::sort(m_clusters.begin(), m_clusters.end(),
              [](const Cluster &a, const Cluster &b) { return a.name < b.name; });
    endResetModel();
}

int ClusterListModel::rowOf(const QString &name) const
{
    const auto it = std::lower_bound(m_clusters.cbegin(), m_clusters.cend(), name,
                                     [](const Cluster &c, const QString &n) { return c.name < n; });
    return it != m_clusters.cend() && it->name == name ? int(it - m_clusters.cbegin()) : -1;
}

int ClusterListModel::insertionRow(const QString &name) const
{
    const auto it = std::lower_bound(m_clusters.cbegin(), m_clusters.cend(), name,
                                     [](const Cluster &c, const QString &n) { return c.name < n; });
    return int(it - m_clusters.cbegin());
}

const Cluster *ClusterListModel::clusterAt(int row) const
{
    return row >= 0 && row < m_clusters.size() ? &m_clusters.at(row) : nullptr;
}

void ClusterListModel::onAdded(const QString &name)
{
    if (rowOf(name) >= 0)
        return onChanged(name);
    const auto cluster = m_repository->cluster(name);
    if (!cluster)
        return;
    const int row = insertionRow(name);
    beginInsertRows({}, row, row);
    m_clusters.insert(row, *cluster);
    endInsertRows();
}

void ClusterListModel::onChanged(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return onAdded(name);
    const auto cluster = m_repository->cluster(name);
    if (!cluster)
        return onRemoved(name);
    m_clusters[row] = *cluster;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClusterListModel::onRemoved(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_clusters.removeAt(row);
    endRemoveRows();
}

int ClusterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

int ClusterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClusterListModel::nodeSummary(const Cluster &cluster)
{
    int ready = 0;
    int failed = 0;
    for (const Node &n : cluster.nodes) {
        ready += n.state == NodeState::Ready;
        failed += n.state == NodeState::Failed || n.state == NodeState::Unreachable;
    }
    const auto total = cluster.nodes.size();
    if (failed > 0)
        return tr("%1 ready, %2 failed / %3").arg(ready).arg(failed).arg(total);
    return tr("%1 ready / %2").arg(ready).arg(total);
}

QString ClusterListModel::nodeStateCounts(const Cluster &cluster)
{
    QMap<int, int> counts; // NodeState → nodes, ordered as the enum (the lifecycle)
    for (const Node &n : cluster.nodes)
        ++counts[int(n.state)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << tr("%1: %2").arg(States::displayName(NodeState(it.key()))).arg(it.value());
    return parts.isEmpty() ? tr("No nodes") : parts.join(QStringLiteral(", "));
}

QString ClusterListModel::ageText(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, created.secsTo(now));
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QVariant ClusterListModel::data(const QModelIndex &index, int role) const
{
    const Cluster *c = index.isValid() ? clusterAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return c->name;
        case TemplateColumn:
            return c->templateName;
        case CloudColumn:
            return c->cloud;
        case StateColumn:
            return States::displayName(c->state);
        case NodesColumn:
            return nodeSummary(*c);
        case AgeColumn:
            return ageText(c->created, QDateTime::currentDateTimeUtc());
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NodesColumn)
            return nodeStateCounts(*c);
        if (index.column() == AgeColumn && c->created.isValid())
            return tr("Created %1").arg(QLocale().toString(c->created.toLocalTime()));
        break;
    case ClusterNameRole:
        return c->name;
    case ClusterStateRole:
        return int(c->state);
    case NodeCountRole:
        return int(c->nodes.size());
    case ReadyCountRole:
        return int(std::count_if(c->nodes.cbegin(), c->nodes.cend(),
                                 [](const Node &n) { return n.state == NodeState::Ready; }));
    case FailedCountRole:
        return int(std::count_if(c->nodes.cbegin(), c->nodes.cend(), [](const Node &n) {
            return n.state == NodeState::Failed || n.state == NodeState::Unreachable;
        }));
    default:
        break;
    }
    return {};
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TemplateColumn:
        return tr("Template");
    case CloudColumn:
        return tr("Cloud");
    case StateColumn:
        return tr("State");
    case NodesColumn:
        return tr("Nodes");
    case AgeColumn:
        return tr("Age");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
