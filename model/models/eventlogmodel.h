#pragma once

#include "model/domain/cluster.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cd {

class ClusterRepository;

// The event log, newest last, capped so a long-running app never grows without bound.
// Shows every cluster, or one (setCluster). Filled from the repository on start and then
// from eventsAppended.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { TimeColumn, ClusterColumn, NodeColumn, LevelColumn, TextColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, EventIdRole };

    explicit EventLogModel(ClusterRepository *repository,
                           int capacity = 10000,
                           QObject *parent = nullptr);
    ~EventLogModel() override;

    void setCluster(const QString &cluster); // empty: all clusters
    int capacity() const { return m_capacity; }
    const ClusterEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void append(const QList<ClusterEvent> &events);

    QPointer<ClusterRepository> m_repository;
    int m_capacity;
    QString m_cluster;
    QList<ClusterEvent> m_events;
};

} // namespace cd
