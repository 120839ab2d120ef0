#include "model/lifecycle/orphanscan.h"

#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"
#include "providers/cloud/cloudprovider.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd {

OrphanScan::OrphanScan(ClusterRepository *repository,
                       ClusterController *controller,
                       QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_controller(controller)
{}

OrphanScan::~OrphanScan() = default;

QList<Orphan> OrphanScan::classify(const QString &account,
                                   const QList<InstanceInfo> &instances,
                                   const QList<Cluster> &clusters)
{
    QHash<QString, const Cluster *> known;
    QSet<QString> held;
    for (const Cluster &c : clusters) {
        if (c.cloud != account)
            continue;
        known.insert(c.name, &c);
        for (const Node &n : c.nodes)
            if (!n.instanceId.isEmpty())
                held.insert(n.instanceId);
    }
    QList<Orphan> orphans;
    for (const InstanceInfo &info : instances) {
        if (info.state == InstanceInfo::State::Terminated
            || info.state == InstanceInfo::State::Terminating || held.contains(info.id))
            continue;
        QString reason;
        const Cluster *cluster = known.value(info.cluster);
        if (info.cluster.isEmpty()) {
            reason = tr("no cluster tag");
        } else if (!cluster) {
            reason = tr("cluster “%1” is not known").arg(info.cluster);
        } else {
            // A start stores each id the moment the cloud answers: a node still waiting for
            // one may be this instance.
            const bool creating
                = std::any_of(cluster->nodes.cbegin(), cluster->nodes.cend(), [](const Node &n) {
                      return n.instanceId.isEmpty() && n.state == NodeState::Requested;
                  });
            if (creating)
                continue;
            reason = tr("no node of cluster “%1” holds it").arg(info.cluster);
        }
        orphans.append({account, info, reason});
    }
    return orphans;
}

bool OrphanScan::start()
{
    if (isRunning() || !m_controller || !m_repository)
        return false;
    m_orphans.clear();
    m_notes.clear();
    const int generation = ++m_generation;
    QList<CloudAccount> usable;
    for (const CloudAccount &account : m_repository->accounts())
        if (account.startable())
            usable << account;
    if (usable.isEmpty()) {
        emit finished({}, {tr("There is no usable cloud account to scan.")});
        return true;
    }
    m_pending = int(usable.size());
    for (const CloudAccount &account : std::as_const(usable)) {
        // The application is the continuations' context (Qt 6.4 asserts when a context dies
        // before its future); the scan itself may be gone by then, hence the guard.
        m_controller->providerForAccount(account).then(
            QCoreApplication::instance(),
            [guard = QPointer<OrphanScan>(this), name = account.name,
             generation](const ClusterController::ProviderResult &provider) {
                if (guard && generation == guard->m_generation)
                    guard->search(name, provider, generation);
            });
    }
    return true;
}

void OrphanScan::search(const QString &account,
                        const ClusterController::ProviderResult &provider,
                        int generation)
{
    if (!provider)
        return scanned({}, tr("Account “%1”: %2").arg(account, provider.error()));
    const std::shared_ptr<CloudProvider> cloud = provider.value();
    if (!cloud->supports(CloudProvider::Operation::FindByTag))
        return scanned(
            {},
            tr("Account “%1”: its cloud cannot search instances by tag; skipped.").arg(account));
    cloud->findInstancesByTag(QString()).then(
        QCoreApplication::instance(), [guard = QPointer<OrphanScan>(this), account, cloud,
                                       generation](const CloudResult<QList<InstanceInfo>> &found) {
            if (!guard || generation != guard->m_generation)
                return;
            if (!found.ok())
                return guard->scanned(
                    {}, tr("Account “%1”: %2").arg(account, found.error().describe()));
            // The clusters are read only now, as late as possible.
            const QList<Cluster> clusters
                = guard->m_repository ? guard->m_repository->clusters() : QList<Cluster>();
            guard->scanned(classify(account, found.value(), clusters), {});
        });
}

void OrphanScan::scanned(const QList<Orphan> &orphans, const QString &note)
{
    m_orphans << orphans;
    if (!note.isEmpty())
        m_notes << note;
    if (--m_pending == 0)
        emit finished(m_orphans, m_notes);
}

} // namespace cd
