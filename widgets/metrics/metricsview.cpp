#include "widgets/metrics/metricsview.h"

#include "model/metrics/metricssampler.h"
#include "model/metrics/metricstablemodel.h"
#include "widgets/metrics/metricschart.h"
#include "widgets/metrics/sparklinedelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

MetricsView::MetricsView(MetricsSampler *sampler, QWidget *parent)
    : QWidget(parent)
    , m_sampler(sampler)
    , m_model(new MetricsTableModel(sampler, this))
    , m_table(new QTableView(this))
    , m_chart(new MetricsChart(this))
    , m_hint(new QLabel(tr("Load, memory and disk of the selected cluster's ready nodes, "
                           "sampled over SSH; the last hour is kept."),
                        this))
{
    setObjectName(QStringLiteral("metricsView"));
    m_hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setModel(m_model);
    auto *sparkline = new SparklineDelegate(m_table);
    for (int column : {MetricsTableModel::LoadColumn, MetricsTableModel::MemoryColumn,
                       MetricsTableModel::DiskColumn})
        m_table->setItemDelegateForColumn(column, sparkline);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MetricsTableModel::NodeColumn,
                                                      QHeaderView::ResizeToContents);
    m_chart->setMinimumHeight(120);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2); // the chart needs the room for its axes
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MetricsView::showNode);
    connect(sampler, &MetricsSampler::sampled, this, [this](const QString &node) {
        if (node == m_model->nodeAt(m_table->currentIndex().row()))
            showNode();
        else if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
}

MetricsView::~MetricsView() = default;

void MetricsView::showNode()
{
    const QString node = m_model->nodeAt(m_table->currentIndex().row());
    m_chart->show(node, node.isEmpty() ? QList<MetricSample>{} : m_sampler->samples(node));
}

} // namespace cd
