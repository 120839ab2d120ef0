#pragma once

#include "model/domain/cluster.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cd {

class ClusterRepository;
class MetricsSampler;

// The nodes of one cluster, ordered by kind and index. Mirrors repository signals.
class NodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTableModel)

public:
    enum Column {
        NameColumn,
        KindColumn,
        StateColumn,
        PublicIpColumn,
        PrivateIpColumn,
        FlavorColumn,
        InstanceIdColumn,
        UptimeColumn,
        LoadColumn, // sparkline of the 1-minute load (Ready nodes, when metrics are sampled)
        ColumnCount
    };
    enum Role {
        NodeNameRole = Qt::UserRole + 1,
        NodeStateRole,   // NodeState as int
        StateColourRole, // QColor
        StateIconRole,   // icon name (see StatePalette)
        LastErrorRole,
    };

    explicit NodeTableModel(ClusterRepository *repository, QObject *parent = nullptr);
    ~NodeTableModel() override;

    void setCluster(const QString &name);
    // Fills the Load column from this sampler's history (no sampling of its own); only the
    // rows of nodes that got a sample change.
    void setMetrics(MetricsSampler *sampler);
    QString cluster() const { return m_cluster; }
    const Node *nodeAt(int row) const;
    int rowOf(const QString &node) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString uptimeText(const Node &node, const QDateTime &now);

private:
    void reload();
    void onNodesChanged(const QString &cluster, const QStringList &names);
    void onNodesRemoved(const QString &cluster, const QStringList &names);

    QVariant loadData(const Node &node, int role) const;
    void onSampled(const QString &node);

    QPointer<ClusterRepository> m_repository;
    QPointer<MetricsSampler> m_metrics;
    QString m_cluster;
    QList<Node> m_nodes;
};

} // namespace cd
