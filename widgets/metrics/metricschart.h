#pragma once

#include <QChartView>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace cd {

struct MetricSample;

// One node's last hour as a QtCharts line chart: memory and disk use in %, load on a second
// axis.
class MetricsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsChart)

public:
    explicit MetricsChart(QWidget *parent = nullptr);
    ~MetricsChart() override;

    void show(const QString &node, const QList<MetricSample> &samples);
    QLineSeries *loadSeries() const { return m_load; }
    QLineSeries *memorySeries() const { return m_memory; }
    QLineSeries *diskSeries() const { return m_disk; }

private:
    QLineSeries *m_load;
    QLineSeries *m_memory;
    QLineSeries *m_disk;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    QValueAxis *m_loadAxis;
};

} // namespace cd
