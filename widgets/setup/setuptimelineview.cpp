#include "widgets/setup/setuptimelineview.h"

#include "model/lifecycle/clustercontroller.h"
#include "model/models/setuptimelinemodel.h"
#include "widgets/setup/setuptimelinedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

SetupTimelineView::SetupTimelineView(ClusterController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new SetupTimelineModel(controller, this))
    , m_summary(new QLabel(this))
    , m_rerun(new QPushButton(tr("&Re-run Setup"), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("setupTimelineView"));
    m_rerun->setObjectName(QStringLiteral("rerunSetupButton"));
    m_rerun->setToolTip(tr("Configure the cluster's reachable nodes again (Ansible)"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SetupTimelineModel::TimelineColumn,
                                      new SetupTimelineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Hover a box for the task, its result and duration"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(m_rerun, &QPushButton::clicked, this, &SetupTimelineView::rerun);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SetupTimelineView::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SetupTimelineView::updateState);
    if (controller) {
        connect(controller, &ClusterController::jobStarted, this, &SetupTimelineView::updateState);
        connect(controller, &ClusterController::jobFinished, this, &SetupTimelineView::updateState);
    }
    updateState();
}

SetupTimelineView::~SetupTimelineView() = default;

void SetupTimelineView::setCluster(const QString &cluster)
{
    m_cluster = cluster;
    m_model->setCluster(cluster);
    updateState();
}

void SetupTimelineView::updateState()
{
    const bool can = m_controller && !m_cluster.isEmpty() && m_controller->canSetup(m_cluster);
    m_rerun->setEnabled(can && !m_controller->isBusy(m_cluster));
    if (m_cluster.isEmpty())
        m_summary->setText(tr("Select a cluster to see its setup."));
    else if (!can)
        m_summary->setText(tr("“%1” has no setup profile.").arg(m_cluster));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No setup has run for “%1” in this session.").arg(m_cluster));
    else
        m_summary->setText(
            tr("Setup of “%1”: %n node(s).", nullptr, m_model->rowCount()).arg(m_cluster));
}

void SetupTimelineView::rerun()
{
    if (!m_controller || m_cluster.isEmpty())
        return;
    QString error;
    Job *job = m_controller->setupCluster(m_cluster, {}, &error);
    if (!job) {
        emit message(error);
        return;
    }
    const QString cluster = m_cluster;
    connect(job, &Job::finished, this, [this, job, cluster](Job::Outcome outcome) {
        if (outcome == Job::Outcome::Succeeded)
            emit message(tr("Setup of “%1” finished.").arg(cluster));
        else
            emit message(job->errorString());
    });
    job->start();
    updateState();
}

} // namespace cd
