#include "widgets/orphanscanflow.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace cd {

OrphanScanFlow::OrphanScanFlow(ClusterRepository *repository,
                               ClusterController *controller,
                               QWidget *window)
    : QObject(window)
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
               "them. Terminate them in the cloud's console or with “clusterdeck-cli "
               "scan-orphans --terminate”."));
    if (!(lines + notes).isEmpty())
        box->setDetailedText((lines + notes).join(u'\n'));
    box->open();
}

} // namespace cd
