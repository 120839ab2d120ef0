#pragma once

#include "model/domain/cluster.h"

#include <QSortFilterProxyModel>

namespace cd {

// The event log narrowed to a minimum level and, optionally, one node: both must hold for a
// row to stay. Sits on an EventLogModel.
class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterModel)

public:
    explicit EventFilterModel(QObject *parent = nullptr);
    ~EventFilterModel() override;

    // Rows below this level are hidden (Debug: none).
    void setMinimumLevel(ClusterEvent::Level level);
    ClusterEvent::Level minimumLevel() const { return m_level; }
    // Only this node's events (empty: every node's and the cluster-wide ones).
    void setNode(const QString &node);
    QString node() const { return m_node; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ClusterEvent::Level m_level = ClusterEvent::Level::Debug;
    QString m_node;
};

} // namespace cd
