#include "model/metrics/metricstablemodel.h"

#include "model/metrics/metricssampler.h"

namespace cd {

MetricsTableModel::MetricsTableModel(MetricsSampler *sampler, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sampler(sampler)
{
    connect(sampler, &MetricsSampler::sampled, this, &MetricsTableModel::sampled);
    connect(sampler, &MetricsSampler::clusterChanged, this, [this] {
        beginResetModel();
        m_nodes.clear();
        endResetModel();
    });
}

MetricsTableModel::~MetricsTableModel() = default;

void MetricsTableModel::sampled(const QString &node)
{
    const qsizetype row = m_nodes.indexOf(node);
    if (row >= 0) {
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
    const auto at = std::lower_bound(m_nodes.begin(), m_nodes.end(), node);
    const int insert = int(at - m_nodes.begin());
    beginInsertRows({}, insert, insert);
    m_nodes.insert(insert, node);
    endInsertRows();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size() || !m_sampler)
        return {};
    const QString node = m_nodes.at(index.row());
    if (index.column() == NodeColumn)
        return role == Qt::DisplayRole ? QVariant(node) : QVariant();
    const QList<MetricSample> samples = m_sampler->samples(node);
    const NodeMetrics::Metric metric = index.column() == LoadColumn ? NodeMetrics::Metric::Load
                                       : index.column() == MemoryColumn
                                           ? NodeMetrics::Metric::Memory
                                           : NodeMetrics::Metric::Disk;
    switch (role) {
    case Qt::DisplayRole: {
        if (samples.isEmpty())
            return {};
        const double last = NodeMetrics::value(samples.last(), metric);
        return index.column() == LoadColumn ? QString::number(last, 'f', 2)
                                            : tr("%1 %").arg(qRound(last * 100));
    }
    case SeriesRole:
        return NodeMetrics::series(samples, metric);
    case ScaleRole:
        return NodeMetrics::scale(samples, metric);
    case Qt::ToolTipRole:
        return tr("The last hour, sampled over SSH");
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case LoadColumn:
        return tr("Load");
    case MemoryColumn:
        return tr("Memory");
    case DiskColumn:
        return tr("Disk");
    default:
        return {};
    }
}

} // namespace cd
