#pragma once

#include "model/core/job.h"
#include "model/lifecycle/clusterrecord.h"
#include "model/lifecycle/startclusterjob.h"
#include "providers/cloud/cloudprovider.h"

#include <QMap>
#include <QPointer>

#include <functional>
#include <memory>

namespace cd {

class ClusterRepository;

// Grows and shrinks a running cluster. Removal first: the chosen nodes become Terminating
// (stored), one terminate call, Terminated, then their records and known_hosts lines go.
// Then the added nodes are stored Planned in one transaction (freed indices reused) and a
// StartClusterJob brings them up; nodes already running are left alone by it. The caller
// (ClusterController::resizeCluster) checks the request against the template beforehand.
class ResizeClusterJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResizeClusterJob)

public:
    // Makes the job that starts the added nodes (the controller's start machinery).
    using StartMaker = std::function<Job *(QObject *parent)>;

    ResizeClusterJob(ClusterRepository *repository,
                     std::shared_ptr<CloudProvider> provider,
                     QString cluster,
                     QMap<QString, int> add,
                     QStringList remove,
                     QString knownHostsFile,
                     StartMaker makeStart,
                     QObject *parent = nullptr);
    ~ResizeClusterJob() override;

signals:
    void nodeStateChanged(const QString &node, cd::NodeState state, const QString &detail);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void removeNodes();
    void terminated(const CloudResult<Done> &result);
    void forget(const QList<Node *> &nodes);
    void addNodes();

    QPointer<ClusterRepository> m_repository;
    std::shared_ptr<CloudProvider> m_provider;
    QString m_name;
    QMap<QString, int> m_add;
    QStringList m_remove;
    QString m_knownHostsFile;
    StartMaker m_makeStart;
    ClusterRecord m_record;
    QPointer<Job> m_start;
};

} // namespace cd
