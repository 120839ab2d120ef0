#include "model/models/eventfiltermodel.h"

#include "model/models/eventlogmodel.h"

namespace cd {

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

EventFilterModel::~EventFilterModel() = default;

void EventFilterModel::setMinimumLevel(ClusterEvent::Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void EventFilterModel::setNode(const QString &node)
{
    if (node == m_node)
        return;
    m_node = node;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (row.data(EventLogModel::LevelRole).toInt() < int(m_level))
        return false;
    return m_node.isEmpty()
           || sourceModel()
                      ->index(sourceRow, EventLogModel::NodeColumn, sourceParent)
                      .data()
                      .toString()
                  == m_node;
}

} // namespace cd
