#pragma once

#include <QWidget>

class QTableView;
class QLabel;

namespace cd {

class MetricsSampler;
class MetricsTableModel;
class MetricsChart;

// The Metrics pane: per Ready node of the selected cluster, sparklines of load, memory and
// disk use over the last hour, and a chart of the selected node below.
class MetricsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsView)

public:
    explicit MetricsView(MetricsSampler *sampler, QWidget *parent = nullptr);
    ~MetricsView() override;

    QTableView *table() const { return m_table; }
    MetricsTableModel *model() const { return m_model; }
    MetricsChart *chart() const { return m_chart; }

private:
    void showNode();

    MetricsSampler *m_sampler;
    MetricsTableModel *m_model;
    QTableView *m_table;
    MetricsChart *m_chart;
    QLabel *m_hint;
};

} // namespace cd
