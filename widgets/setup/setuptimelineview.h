#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class ClusterController;
class SetupTimelineModel;

// The Setup pane: for the selected cluster, per node the task running there, how many tasks
// are done and the timeline of their results; a failed task shows its message. "Re-run
// setup" configures the cluster again (a controller job).
class SetupTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupTimelineView)

public:
    SetupTimelineView(ClusterController *controller, QWidget *parent = nullptr);
    ~SetupTimelineView() override;

    void setCluster(const QString &cluster);
    SetupTimelineModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *rerunButton() const { return m_rerun; }

signals:
    void message(const QString &text);

private:
    void rerun();
    void updateState();

    QPointer<ClusterController> m_controller;
    SetupTimelineModel *m_model;
    QLabel *m_summary;
    QPushButton *m_rerun;
    QTableView *m_table;
    QString m_cluster;
};

} // namespace cd
