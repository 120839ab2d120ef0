#pragma once

#include "model/domain/cluster.h"
#include "providers/cloud/cloudtypes.h"
#include "providers/core/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace cd {

class ClusterController;
class ClusterRepository;
class CloudProvider;

// An instance a cloud account holds with ClusterDeck's tags that no stored cluster knows:
// its cluster tag names no cluster of that account, or no node of it holds its id.
struct Orphan final
{
    QString account;
    InstanceInfo info;
    QString reason;
};

// Looks for orphans in every usable cloud account at once (each through the controller's
// provider for it) and reports them; accounts whose cloud cannot search by tag are skipped
// with a note. Changes nothing: terminating them is `clusterdeck-cli scan-orphans
// --terminate`. One scan at a time.
class OrphanScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanScan)

public:
    OrphanScan(ClusterRepository *repository,
               ClusterController *controller,
               QObject *parent = nullptr);
    ~OrphanScan() override;

    // False (nothing started) while a scan runs or without a controller.
    bool start();
    bool isRunning() const { return m_pending > 0; }

    // Which of `instances` (found by tag in `account`) no cluster of `clusters` holds, each
    // with the reason. Terminated instances, and those a cluster still being created may be
    // waiting for, are not orphans. Shared with the CLI's scan-orphans.
    static QList<Orphan> classify(const QString &account,
                                  const QList<InstanceInfo> &instances,
                                  const QList<Cluster> &clusters);

signals:
    // `notes`: accounts that could not be scanned, and why.
    void finished(const QList<cd::Orphan> &orphans, const QStringList &notes);

private:
    void search(const QString &account,
                const Result<std::shared_ptr<CloudProvider>, QString> &provider,
                int generation);
    void scanned(const QList<Orphan> &orphans, const QString &note);

    QPointer<ClusterRepository> m_repository;
    QPointer<ClusterController> m_controller;
    int m_pending = 0;
    int m_generation = 0;
    QList<Orphan> m_orphans;
    QStringList m_notes;
};

} // namespace cd
