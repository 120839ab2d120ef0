// ClusterController: configuring clusters (setup on demand, and after start or resize).
#include "model/core/installpaths.h"
#include "model/core/jobsequence.h"
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"

namespace cd {

void ClusterController::setSetupProvider(std::shared_ptr<SetupProvider> provider)
{
    m_setupProvider = std::move(provider);
}

bool ClusterController::canSetup(const QString &cluster) const
{
    if (!m_setupProvider)
        return false;
    const auto found = m_repository->cluster(cluster);
    return found && !found->setup.isEmpty();
}

Job *ClusterController::makeSetupJob(const QString &name,
                                     const QStringList &extraArgs,
                                     QObject *parent)
{
    SetupOptions options;
    options.runsDirectory = m_dataDir.runsDir();
    options.knownHostsFile = knownHostsFile(name);
    options.playbooksDirectory = InstallPaths::playbooksDir();
    options.extraArgs = extraArgs;
    auto *job = new SetupClusterJob(m_repository, m_setupProvider, name, options, parent);
    connect(job, &SetupClusterJob::nodeStateChanged, this,
            [this, name](const QString &node, NodeState state, const QString &detail) {
                emit nodeStateChanged(name, node, state, detail);
            });
    connect(job, &SetupClusterJob::runStarted, this,
            [this, name](const QStringList &nodes) { emit setupStarted(name, nodes); });
    connect(job, &SetupClusterJob::taskFinished, this,
            [this, name](const SetupEvent &event, int index, int total) {
                emit setupTaskFinished(name, event, index, total);
            });
    return job;
}

Job *ClusterController::setupCluster(const QString &name,
                                     const QStringList &extraArgs,
                                     QString *error)
{
    const auto cluster = idleCluster(name, error);
    if (!cluster)
        return nullptr;
    if (!m_setupProvider) {
        *error = tr("No setup provider is available.");
        return nullptr;
    }
    if (cluster->setup.isEmpty()) {
        *error = tr("Cluster “%1” has no setup profile: there is nothing to configure.").arg(name);
        return nullptr;
    }
    return track(name, tr("setup"), makeSetupJob(name, extraArgs, this));
}

Job *ClusterController::thenSetup(const QString &name, Job *job, bool runSetup)
{
    if (!runSetup || !canSetup(name))
        return job;
    auto *sequence = new JobSequence(
        {[job](QObject *parent) -> Job * {
             job->setParent(parent);
             return job;
         },
         [this, name](QObject *parent) { return makeSetupJob(name, {}, parent); }},
        this);
    return sequence;
}

} // namespace cd
