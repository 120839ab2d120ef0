#include "model/models/eventlogmodel.h"

#include "model/repository/clusterrepository.h"

#include <QLocale>

namespace cd {

EventLogModel::EventLogModel(ClusterRepository *repository, int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_capacity(qMax(1, capacity))
{
    connect(repository, &ClusterRepository::eventsAppended, this, &EventLogModel::append);
    reload();
}

EventLogModel::~EventLogModel() = default;

void EventLogModel::setCluster(const QString &cluster)
{
    if (cluster == m_cluster)
        return;
    m_cluster = cluster;
    reload();
}

void EventLogModel::reload()
{
    beginResetModel();
    m_events = m_repository ? m_repository->events(m_cluster, m_capacity) : QList<ClusterEvent>();
    endResetModel();
}

void EventLogModel::append(const QList<ClusterEvent> &events)
{
    QList<ClusterEvent> wanted;
    for (const ClusterEvent &e : events)
        if (m_cluster.isEmpty() || e.cluster == m_cluster)
            wanted << e;
    if (wanted.isEmpty())
        return;
    if (wanted.size() > m_capacity)
        wanted = wanted.mid(wanted.size() - m_capacity);
    const qsizetype overflow = m_events.size() + wanted.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_events.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(wanted.size()) - 1);
    m_events.append(wanted);
    endInsertRows();
}

const ClusterEvent *EventLogModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    const ClusterEvent *e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(e->time.toLocalTime(), QLocale::ShortFormat);
        case ClusterColumn:
            return e->cluster;
        case NodeColumn:
            return e->node;
        case LevelColumn:
            return ClusterEvent::levelName(e->level);
        case TextColumn:
            return e->text;
        case ColumnCount:
            break;
        }
        break;
    case LevelRole:
        return int(e->level);
    case EventIdRole:
        return e->id;
    default:
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ClusterColumn:
        return tr("Cluster");
    case NodeColumn:
        return tr("Node");
    case LevelColumn:
        return tr("Level");
    case TextColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
