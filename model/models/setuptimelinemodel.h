#pragma once

#include "providers/setup/setupevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace cd {

class ClusterController;

// The latest setup run of each cluster, one row per node: the task running there, how far
// it got, and every finished task in order (for the timeline strip), with the failing task's
// message. Fed live by the controller; shows one cluster at a time (setCluster). Kept in
// memory for this session.
class SetupTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupTimelineModel)

public:
    enum Column { NodeColumn, TaskColumn, ProgressColumn, TimelineColumn, ColumnCount };
    enum Role {
        StepsRole
        = Qt::UserRole + 1, // QVariantList of QVariantMap {task, result, seconds, message}
        ProblemRole,        // the failing task's "task: message", or empty
    };

    struct Step
    {
        QString task;
        SetupEvent::Type result = SetupEvent::Type::HostOk;
        double seconds = 0;
        QString message;
    };

    explicit SetupTimelineModel(ClusterController *controller, QObject *parent = nullptr);
    ~SetupTimelineModel() override;

    void setCluster(const QString &cluster);
    QString cluster() const { return m_cluster; }
    QList<Step> steps(const QString &node) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString resultName(SetupEvent::Type result); // translated: ok, changed, failed…

private:
    struct NodeRun
    {
        QString node;
        QList<Step> steps;
        int total = 0;
        QString problem;
    };
    void started(const QString &cluster, const QStringList &nodes);
    void finished(const QString &cluster, const SetupEvent &event, int index, int total);

    QPointer<ClusterController> m_controller;
    QString m_cluster;
    QHash<QString, QList<NodeRun>> m_runs; // cluster → rows
};

} // namespace cd
