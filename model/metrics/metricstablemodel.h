#pragma once

#include "model/metrics/nodemetrics.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cd {

class MetricsSampler;

// The sampled nodes of the shown cluster, one row each: the latest load, memory and disk use
// as text, and the whole last hour as a series (SeriesRole) for sparklines and charts.
class MetricsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsTableModel)

public:
    enum Column { NodeColumn, LoadColumn, MemoryColumn, DiskColumn, ColumnCount };
    enum Role {
        SeriesRole = NodeMetrics::SeriesRole, // QVariantList of double, oldest first
        ScaleRole = NodeMetrics::ScaleRole, // the series' full scale (1 for shares, ≥ 1 for load)
    };

    explicit MetricsTableModel(MetricsSampler *sampler, QObject *parent = nullptr);
    ~MetricsTableModel() override;

    QString nodeAt(int row) const { return m_nodes.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sampled(const QString &node);

    QPointer<MetricsSampler> m_sampler;
    QStringList m_nodes;
};

} // namespace cd
