#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace cd {

class ClusterRepository;
class EventFilterModel;
class EventLogModel;

// The Events dock: what the jobs recorded about the selected cluster (every cluster when
// none is), newest last, narrowed by a minimum level and by node — both at once.
class EventLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogView)

public:
    explicit EventLogView(ClusterRepository *repository, QWidget *parent = nullptr);
    ~EventLogView() override;

    void setCluster(const QString &cluster);

    QComboBox *levelBox() const { return m_level; }
    QComboBox *nodeBox() const { return m_node; }
    QTableView *table() const { return m_table; }
    EventFilterModel *filterModel() const { return m_filter; }

private:
    void collectNodes(int first);

    EventLogModel *m_events;
    EventFilterModel *m_filter;
    QComboBox *m_level;
    QComboBox *m_node;
    QTableView *m_table;
    QString m_cluster;
    QStringList m_nodes; // sorted
};

} // namespace cd
