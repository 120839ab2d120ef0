#include "widgets/orphanscanflow.h"

#include "model/core/job.h"
#include "model/lifecycle/clustercontroller.h"
#include "model/lifecycle/orphanadoption.h"
#include "model/repository/clusterrepository.h"

#include <QAction>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QWidget>

namespace cd {

OrphanScanFlow::OrphanScanFlow(ClusterRepository *repository,
                               ClusterController *controller,
                               QWidget *window)
    : QObject(window)
    , m_repository(repository)
    , m_controller(controller)
    , m_scan(new OrphanScan(repository, controller, this))
    , m_window(window)
    , m_action(new QAction(
          QIcon::fromTheme(QStringLiteral("edit-find")), tr("Scan for &Orphans…"), this))
{
    m_action->setObjectName(QStringLiteral("actionScanOrphans"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_action->setToolTip(tr("Look in every cloud account for instances with ClusterDeck's tags "
                            "that no cluster knows (they cost money); nothing is changed"));
    m_action->setEnabled(controller != nullptr);
    connect(m_action, &QAction::triggered, this, &OrphanScanFlow::start);
    connect(m_scan, &OrphanScan::finished, this, &OrphanScanFlow::showSummary);
}

OrphanScanFlow::~OrphanScanFlow() = default;

void OrphanScanFlow::start()
{
    m_action->setEnabled(false);
    emit busy(tr("Scanning the cloud accounts for orphaned instances…"), true);
    if (!m_scan->start()) {
        m_action->setEnabled(true);
        emit busy(QString(), false);
    }
}

void OrphanScanFlow::showSummary(const QList<Orphan> &orphans, const QStringList &notes)
{
    m_action->setEnabled(true);
    emit busy(QString(), false);
    QStringList lines;
    for (const Orphan &o : orphans) {
        const QString address = o.info.publicIp.isEmpty() ? o.info.privateIp : o.info.publicIp;
        lines << tr("%1: instance %2 (%3%4, %5): %6")
                     .arg(o.account, o.info.id,
                          o.info.node.isEmpty() ? o.info.cluster
                                                : o.info.cluster + u'/' + o.info.node,
                          address.isEmpty() ? QString() : QStringLiteral(", ") + address,
                          InstanceInfo::stateName(o.info.state), o.reason);
    }
    const QString headline
        = orphans.isEmpty() ? tr("No orphaned instances found.")
                            : tr("%n orphaned instance(s) found.", nullptr, int(orphans.size()));
    emit message(headline);
    for (const QString &line : std::as_const(lines) + notes)
        emit message(line);

    auto *box = new QMessageBox(orphans.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Scan for Orphans"), headline, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("orphanSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!orphans.isEmpty())
        box->setInformativeText(
            tr("They carry ClusterDeck's tags but no cluster holds them, so nothing will stop "
               "them. Adopt gives those of stored clusters back to their cluster; terminate the "
               "others in the cloud's console or with “clusterdeck-cli scan-orphans "
               "--terminate”."));
    if (!(lines + notes).isEmpty())
        box->setDetailedText((lines + notes).join(u'\n'));
    if (const QList<Orphan> candidates = adoptable(orphans); !candidates.isEmpty()) {
        QPushButton *adoptButton = box->addButton(tr("&Adopt %n", nullptr, int(candidates.size())),
                                                  QMessageBox::ActionRole);
        adoptButton->setObjectName(QStringLiteral("adoptOrphans"));
        adoptButton->setToolTip(tr("Make these instances the nodes of their clusters again: "
                                   "their tags name clusters ClusterDeck stores"));
        connect(adoptButton, &QPushButton::clicked, this,
                [this, candidates] { adopt(candidates); });
    }
    box->open();
}

QList<Orphan> OrphanScanFlow::adoptable(const QList<Orphan> &orphans) const
{
    QList<Orphan> result;
    if (!m_repository)
        return result;
    QHash<QString, std::optional<Cluster>> clusters; // each named cluster read once
    for (const Orphan &o : orphans) {
        if (o.info.cluster.isEmpty())
            continue;
        auto it = clusters.find(o.info.cluster);
        if (it == clusters.end())
            it = clusters.insert(o.info.cluster, m_repository->cluster(o.info.cluster));
        if (*it && OrphanAdoption::nodeFor(o, **it))
            result << o;
    }
    return result;
}

void OrphanScanFlow::adopt(const QList<Orphan> &orphans)
{
    if (!m_repository)
        return;
    QSet<QString> clusters;
    for (const OrphanAdoption::Outcome &o : OrphanAdoption::adopt(*m_repository, orphans)) {
        if (o.node.isEmpty()) {
            emit message(tr("Instance %1 was not adopted: %2").arg(o.orphan.info.id, o.error));
            continue;
        }
        emit message(tr("Instance %1 adopted as node %2 of cluster “%3”.")
                         .arg(o.orphan.info.id, o.node, o.orphan.info.cluster));
        clusters.insert(o.orphan.info.cluster);
    }
    // A refresh reaches the adopted nodes and records their host keys on first contact.
    for (const QString &cluster : std::as_const(clusters)) {
        QString error;
        Job *job = m_controller ? m_controller->refreshCluster(cluster, &error) : nullptr;
        if (!job) {
            emit message(tr("Cluster “%1” was not refreshed: %2").arg(cluster, error));
            continue;
        }
        connect(job, &Job::finished, this, [this, job, cluster](Job::Outcome outcome) {
            if (outcome == Job::Outcome::Failed)
                emit message(
                    tr("Cluster “%1” was not refreshed: %2").arg(cluster, job->errorString()));
        });
        job->start();
    }
}

} // namespace cd
