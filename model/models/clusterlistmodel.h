#pragma once

#include "model/domain/cluster.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cd {

class ClusterRepository;

// The clusters the repository knows, one row each, sorted by name. Mirrors repository signals;
// no SQL here.
class ClusterListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListModel)

public:
    enum Column {
        NameColumn,
        TemplateColumn,
        CloudColumn,
        StateColumn,
        NodesColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role {
        ClusterNameRole = Qt::UserRole + 1,
        ClusterStateRole, // ClusterState as int
        NodeCountRole,    // all nodes
        ReadyCountRole,   // nodes in Ready
        FailedCountRole,  // nodes Failed or Unreachable
    };

    explicit ClusterListModel(ClusterRepository *repository, QObject *parent = nullptr);
    ~ClusterListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &name) const;
    const Cluster *clusterAt(int row) const;

    // "3 ready / 4" or "2 ready, 1 failed / 4".
    static QString nodeSummary(const Cluster &cluster);
    // Every state the nodes are in with its count, in lifecycle order: "Ready: 2, Pending: 1".
    static QString nodeStateCounts(const Cluster &cluster);
    static QString ageText(const QDateTime &created, const QDateTime &now);

private:
    void reload();
    void onAdded(const QString &name);
    void onChanged(const QString &name);
    void onRemoved(const QString &name);
    int insertionRow(const QString &name) const;

    QPointer<ClusterRepository> m_repository;
    QList<Cluster> m_clusters;
};

} // namespace cd
