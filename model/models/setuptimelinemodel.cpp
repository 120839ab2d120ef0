#include "model/models/setuptimelinemodel.h"

#include "model/lifecycle/clustercontroller.h"

using namespace Qt::StringLiterals;

namespace cd {

SetupTimelineModel::SetupTimelineModel(ClusterController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    if (!controller)
        return;
    connect(controller, &ClusterController::setupStarted, this, &SetupTimelineModel::started);
    connect(controller, &ClusterController::setupTaskFinished, this, &SetupTimelineModel::finished);
}

SetupTimelineModel::~SetupTimelineModel() = default;

void SetupTimelineModel::setCluster(const QString &cluster)
{
    if (cluster == m_cluster)
        return;
    beginResetModel();
    m_cluster = cluster;
    endResetModel();
}

QList<SetupTimelineModel::Step> SetupTimelineModel::steps(const QString &node) const
{
    for (const NodeRun &run : m_runs.value(m_cluster))
        if (run.node == node)
            return run.steps;
    return {};
}

void SetupTimelineModel::started(const QString &cluster, const QStringList &nodes)
{
    const bool shown = cluster == m_cluster;
    if (shown)
        beginResetModel();
    QList<NodeRun> rows;
    for (const QString &node : nodes)
        rows << NodeRun{node, {}, 0, {}};
    m_runs.insert(cluster, rows);
    if (shown)
        endResetModel();
}

void SetupTimelineModel::finished(const QString &cluster, const SetupEvent &event, int, int total)
{
    QList<NodeRun> &rows = m_runs[cluster];
    qsizetype row = 0;
    while (row < rows.size() && rows.at(row).node != event.host)
        ++row;
    const bool shown = cluster == m_cluster;
    if (row == rows.size()) { // a run this model did not see start
        if (shown)
            beginInsertRows({}, int(row), int(row));
        rows << NodeRun{event.host, {}, 0, {}};
        if (shown)
            endInsertRows();
    }
    NodeRun &run = rows[row];
    run.steps << Step{event.task, event.type, event.durationSec, event.message};
    run.total = total;
    if (event.type == SetupEvent::Type::HostFailed
        || event.type == SetupEvent::Type::HostUnreachable)
        run.problem = event.message.isEmpty() ? event.task : event.task + u": "_s + event.message;
    if (shown)
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

int SetupTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.value(m_cluster).size());
}

int SetupTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SetupTimelineModel::resultName(SetupEvent::Type result)
{
    switch (result) {
    case SetupEvent::Type::HostOk:
        return tr("ok");
    case SetupEvent::Type::HostChanged:
        return tr("changed");
    case SetupEvent::Type::HostFailed:
        return tr("failed");
    case SetupEvent::Type::HostSkipped:
        return tr("skipped");
    case SetupEvent::Type::HostUnreachable:
        return tr("unreachable");
    default:
        return {};
    }
}

QVariant SetupTimelineModel::data(const QModelIndex &index, int role) const
{
    const QList<NodeRun> &rows = m_runs[m_cluster];
    if (!index.isValid() || index.row() >= rows.size())
        return {};
    const NodeRun &run = rows.at(index.row());
    if (role == StepsRole) {
        QVariantList steps;
        for (const Step &s : run.steps)
            steps << QVariantMap{{u"task"_s, s.task},
                                 {u"result"_s, SetupEvent::typeName(s.result)},
                                 {u"seconds"_s, s.seconds},
                                 {u"message"_s, s.message}};
        return steps;
    }
    if (role == ProblemRole)
        return run.problem;
    if (role == Qt::ToolTipRole && !run.problem.isEmpty())
        return run.problem;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NodeColumn:
        return run.node;
    case TaskColumn:
        if (!run.problem.isEmpty())
            return run.problem;
        return run.steps.isEmpty() ? tr("waiting") : run.steps.last().task;
    case ProgressColumn:
        return run.total > 0 ? tr("%1 of %2").arg(run.steps.size()).arg(run.total)
                             : QString::number(run.steps.size());
    default:
        return {};
    }
}

QVariant SetupTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case TaskColumn:
        return tr("Last task");
    case ProgressColumn:
        return tr("Tasks");
    case TimelineColumn:
        return tr("Timeline");
    default:
        return {};
    }
}

} // namespace cd
