#include "widgets/metrics/metricschart.h"

#include "model/metrics/nodemetrics.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace cd {

MetricsChart::MetricsChart(QWidget *parent)
    : QChartView(parent)
    , m_load(new QLineSeries)
    , m_memory(new QLineSeries)
    , m_disk(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_percent(new QValueAxis)
    , m_loadAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("metricsChart"));
    setRenderHint(QPainter::Antialiasing);
    m_load->setName(tr("Load"));
    m_memory->setName(tr("Memory %"));
    m_disk->setName(tr("Disk %"));
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    for (QLineSeries *s : {m_memory, m_disk, m_load})
        chart->addSeries(s);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_percent, Qt::AlignLeft);
    chart->addAxis(m_loadAxis, Qt::AlignRight);
    for (QLineSeries *s : {m_memory, m_disk, m_load})
        s->attachAxis(m_time);
    m_memory->attachAxis(m_percent);
    m_disk->attachAxis(m_percent);
    m_load->attachAxis(m_loadAxis);
    setChart(chart); // the view owns the chart, the chart its series and axes
    show(QString(), {});
}

MetricsChart::~MetricsChart() = default;

void MetricsChart::show(const QString &node, const QList<MetricSample> &samples)
{
    QList<QPointF> load, memory, disk;
    double top = 1;
    for (const MetricSample &s : samples) {
        const double t = double(s.time.toMSecsSinceEpoch());
        load << QPointF(t, s.load);
        memory << QPointF(t, s.memory * 100);
        disk << QPointF(t, s.disk * 100);
        top = std::max(top, s.load);
    }
    m_load->replace(load);
    m_memory->replace(memory);
    m_disk->replace(disk);
    const QDateTime end
        = samples.isEmpty() ? QDateTime::currentDateTime() : samples.last().time.toLocalTime();
    m_time->setRange(end.addSecs(-3600), end);
    m_loadAxis->setRange(0, std::ceil(top));
    chart()->setTitle(node.isEmpty() ? tr("Select a node") : tr("%1, last hour").arg(node));
}

} // namespace cd
