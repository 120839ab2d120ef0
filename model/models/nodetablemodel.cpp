#include "model/models/nodetablemodel.h"

#include "model/metrics/metricssampler.h"
#include "model/models/statepalette.h"
#include "model/repository/clusterrepository.h"

#include <algorithm>

namespace cd {

namespace {

bool nodeOrder(const Node &a, const Node &b)
{
    return std::tie(a.kind, a.index) < std::tie(b.kind, b.index);
}

bool isUp(NodeState state)
{
    switch (state) {
    case NodeState::Running:
    case NodeState::Reachable:
    case NodeState::Configuring:
    case NodeState::Ready:
        return true;
    default:
        return false;
    }
}

} // namespace

NodeTableModel::NodeTableModel(ClusterRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(repository, &ClusterRepository::nodesChanged, this, &NodeTableModel::onNodesChanged);
    connect(repository, &ClusterRepository::nodesRemoved, this, &NodeTableModel::onNodesRemoved);
    connect(repository, &ClusterRepository::clusterAdded, this, [this](const QString &name) {
        if (name == m_cluster)
            reload();
    });
    connect(repository, &ClusterRepository::clusterRemoved, this, [this](const QString &name) {
        if (name == m_cluster)
            reload();
    });
}

NodeTableModel::~NodeTableModel() = default;

void NodeTableModel::setCluster(const QString &name)
{
    if (name == m_cluster)
        return;
    m_cluster = name;
    reload();
}

void NodeTableModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    if (m_repository && !m_cluster.isEmpty()) {
        if (const auto cluster = m_repository->cluster(m_cluster))
            m_nodes = cluster->nodes;
    }
    std::sort(m_nodes.begin(), m_nodes.end(), nodeOrder);
    endResetModel();
}

void NodeTableModel::setMetrics(MetricsSampler *sampler)
{
    if (m_metrics)
        disconnect(m_metrics, nullptr, this, nullptr);
    m_metrics = sampler;
    if (sampler) {
        connect(sampler, &MetricsSampler::sampled, this, &NodeTableModel::onSampled);
        connect(sampler, &MetricsSampler::clusterChanged, this, [this] {
            if (!m_nodes.isEmpty())
                emit dataChanged(index(0, LoadColumn), index(rowCount() - 1, LoadColumn));
        });
    }
}

void NodeTableModel::onSampled(const QString &node)
{
    if (!m_metrics || m_metrics->cluster() != m_cluster)
        return;
    const int row = rowOf(node);
    if (row >= 0)
        emit dataChanged(index(row, LoadColumn), index(row, LoadColumn));
}

QVariant NodeTableModel::loadData(const Node &node, int role) const
{
    if (!m_metrics || m_metrics->cluster() != m_cluster || node.state != NodeState::Ready)
        return {};
    const QList<MetricSample> samples = m_metrics->samples(node.name);
    switch (role) {
    case Qt::DisplayRole:
        return samples.isEmpty() ? QVariant()
                                 : QVariant(QString::number(samples.last().load, 'f', 2));
    case Qt::ToolTipRole:
        return samples.isEmpty() ? QVariant()
                                 : QVariant(tr("1-minute load average over the last hour "
                                               "(%n sample(s), taken over SSH)",
                                               nullptr, int(samples.size())));
    case NodeMetrics::SeriesRole:
        return NodeMetrics::series(samples, NodeMetrics::Metric::Load);
    case NodeMetrics::ScaleRole:
        return NodeMetrics::scale(samples, NodeMetrics::Metric::Load);
    default:
        return {};
    }
}

const Node *NodeTableModel::nodeAt(int row) const
{
    return row >= 0 && row < m_nodes.size() ? &m_nodes.at(row) : nullptr;
}

int NodeTableModel::rowOf(const QString &node) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).name == node)
            return int(i);
    return -1;
}

void NodeTableModel::onNodesChanged(const QString &cluster, const QStringList &names)
{
    if (cluster != m_cluster || !m_repository)
        return;
    const auto stored = m_repository->cluster(cluster);
    if (!stored)
        return reload();
    for (const QString &name : names) {
        const Node *fresh = stored->node(name);
        if (!fresh)
            continue;
        const int row = rowOf(name);
        if (row >= 0) {
            m_nodes[row] = *fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const auto pos = std::lower_bound(m_nodes.cbegin(), m_nodes.cend(), *fresh, nodeOrder);
        const int insertAt = int(pos - m_nodes.cbegin());
        beginInsertRows({}, insertAt, insertAt);
        m_nodes.insert(insertAt, *fresh);
        endInsertRows();
    }
}

void NodeTableModel::onNodesRemoved(const QString &cluster, const QStringList &names)
{
    if (cluster != m_cluster)
        return;
    for (const QString &name : names) {
        const int row = rowOf(name);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_nodes.removeAt(row);
        endRemoveRows();
    }
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NodeTableModel::uptimeText(const Node &node, const QDateTime &now)
{
    if (!isUp(node.state) || !node.stateChanged.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, node.stateChanged.secsTo(now));
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes);
    return tr("%1m").arg(minutes);
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    const Node *n = index.isValid() ? nodeAt(index.row()) : nullptr;
    if (!n)
        return {};
    if (index.column() == LoadColumn && role != NodeNameRole && role != NodeStateRole)
        return loadData(*n, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return n->name;
        case KindColumn:
            return n->kind;
        case StateColumn:
            return States::displayName(n->state);
        case PublicIpColumn:
            return n->publicIp;
        case PrivateIpColumn:
            return n->privateIp;
        case FlavorColumn:
            return n->flavor;
        case InstanceIdColumn:
            return n->instanceId;
        case UptimeColumn:
            return uptimeText(*n, QDateTime::currentDateTimeUtc());
        case LoadColumn:
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return StatePalette::colour(n->state);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !n->lastError.isEmpty())
            return n->lastError;
        break;
    case NodeNameRole:
        return n->name;
    case NodeStateRole:
        return int(n->state);
    case StateColourRole:
        return StatePalette::colour(n->state);
    case StateIconRole:
        return StatePalette::iconName(n->state);
    case LastErrorRole:
        return n->lastError;
    default:
        break;
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case PublicIpColumn:
        return tr("Public IP");
    case PrivateIpColumn:
        return tr("Private IP");
    case FlavorColumn:
        return tr("Flavor");
    case InstanceIdColumn:
        return tr("Instance");
    case UptimeColumn:
        return tr("Uptime");
    case LoadColumn:
        return tr("Load");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
