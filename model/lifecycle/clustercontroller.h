#pragma once

#include "model/core/datadir.h"
#include "model/core/job.h"
#include "model/domain/cluster.h"
#include "model/domain/loginprofile.h"
#include "model/lifecycle/destroyclusterjob.h"
#include "model/lifecycle/nodeprober.h"
#include "model/lifecycle/refreshstatusjob.h"
#include "model/lifecycle/setupclusterjob.h"
#include "model/lifecycle/startclusterjob.h"
#include "providers/cloud/cloudproviderfactory.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace cd {

class ClusterRepository;
class SecretStore;

// The one entry point for everything that changes a cluster, shared by the GUI and the CLI.
// It resolves the cluster's cloud account (secrets from the keychain) into a provider, builds
// the SSH prober from the cluster's login, and runs at most one mutating job per cluster:
// a second request for a busy cluster is refused with a message that says what is running.
class ClusterController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterController)

public:
    // Makes the SSH prober for a cluster (the composition root passes the libssh one; tests
    // may pass another). The prober is parented to the job that uses it. `makeRefreshProber`
    // serves refreshCluster: the nodes are known by then, so it should refuse unknown host
    // keys (Strict); null: makeProber is used.
    using ProberMaker = std::function<NodeProber *(
        const Cluster &cluster, const LoginProfile &login, QObject *parent)>;

    ClusterController(ClusterRepository *repository,
                      SecretStore *secrets,
                      const CloudProviderFactory *factory,
                      ProviderContext context,
                      DataDir dataDir,
                      ProberMaker makeProber,
                      ProberMaker makeRefreshProber,
                      QObject *parent = nullptr);
    ~ClusterController() override;

    // Stores a new cluster (all nodes Planned) made from a template; starts nothing.
    Result<Cluster, QString> createCluster(const QString &templateName,
                                           const QString &name,
                                           const QMap<QString, int> &counts = {});

    // Jobs are returned not yet started, so callers connect first; null with *error set when
    // the cluster is busy or unknown. They delete themselves after finishing.
    Job *startCluster(const QString &name, StartOptions options, QString *error);
    Job *destroyCluster(const QString &name, DestroyOptions options, QString *error);
    // Asks the cloud for every node's state and probes the running ones over SSH
    // (RefreshStatusJob).
    Job *refreshCluster(const QString &name, QString *error);
    // Adds `add` nodes per kind (Planned, then started) and removes the `remove` highest-
    // numbered nodes per kind plus the nodes named in `removeNodes` (ResizeClusterJob). Refused
    // (null, *error set) for a kind the template lacks, a node that does not exist, or a
    // removal below a kind's minimum.
    Job *resizeCluster(const QString &name,
                       const QMap<QString, int> &add,
                       const QMap<QString, int> &remove,
                       const QStringList &removeNodes,
                       QString *error,
                       bool runSetup = false);
    // Stops every running instance (PauseClusterJob) / starts them again and probes them
    // with the strict refresh prober (ResumeClusterJob). Providers without stop/start fail
    // the job with their own message.
    Job *pauseCluster(const QString &name, QString *error);

    // The setup provider (Ansible) used by setupCluster and by start/resize with runSetup.
    void setSetupProvider(std::shared_ptr<SetupProvider> provider);
    // True when the cluster has a setup profile and a provider is there to run it.
    bool canSetup(const QString &cluster) const;
    // Configures the cluster's reachable nodes (SetupClusterJob); `extraArgs` go to the
    // configuration tool after the profile's own.
    Job *setupCluster(const QString &name, const QStringList &extraArgs, QString *error);
    Job *resumeCluster(const QString &name, QString *error);

    // The user compared fingerprints and trusts the node's new key: it replaces the recorded
    // one in the cluster's known_hosts (for the node's address), so the next probe succeeds.
    Result<Done, QString>
    acceptHostKey(const QString &cluster, const QString &node, const HostKey &presented);

    using ProviderResult = Result<std::shared_ptr<CloudProvider>, QString>;
    // A provider for an account that need not be stored yet (the accounts dialog tests its
    // form, the wizard lists images): secrets come from the keychain, except those in `typed`
    // (setting name → value, kept in memory only).
    QFuture<ProviderResult> providerForAccount(const CloudAccount &account,
                                               const QMap<QString, QByteArray> &typed = {});
    SecretStore *secrets() const;
    const DataDir &dataDir() const { return m_dataDir; }

    bool isBusy(const QString &cluster) const { return m_busy.contains(cluster); }
    // Clusters a job was working on when its process ended (crash, kill, power cut): a
    // transitional cluster state, or nodes requested or terminating with no job running. Each
    // comes with a sentence saying what to do (start again to resume, or destroy to clean up).
    QList<QPair<QString, QString>> interruptedClusters() const;
    QString knownHostsFile(const QString &cluster) const;

signals:
    void nodeStateChanged(const QString &cluster,
                          const QString &node,
                          cd::NodeState state,
                          const QString &detail);
    void jobStarted(const QString &cluster, const QString &what);
    // A node answered with another host key than the recorded one; it was refused.
    void hostKeyChanged(const QString &cluster,
                        const QString &node,
                        const cd::HostKey &expected,
                        const cd::HostKey &presented);
    // A setup run began on these nodes / a task finished on a node (SetupClusterJob).
    void setupStarted(const QString &cluster, const QStringList &nodes);
    void
    setupTaskFinished(const QString &cluster, const cd::SetupEvent &event, int index, int total);
    void jobFinished(const QString &cluster,
                     const QString &what,
                     cd::Job::Outcome outcome,
                     const QString &error);

private:
    friend class ProviderBoundJob;
    QFuture<Result<std::shared_ptr<CloudProvider>, QString>> providerFor(const QString &account);
    Job *track(const QString &cluster, const QString &what, Job *job);
    std::optional<Cluster> idleCluster(const QString &name, QString *error) const;
    StartOptions startOptionsFor(const LoginProfile &login) const;
    void forwardStates(const QString &cluster, Job *job);
    // Makes a prober with `maker` (null if none) whose changed-key reports reach hostKeyChanged.
    NodeProber *watchKeys(const ProberMaker &maker,
                          const Cluster &cluster,
                          const LoginProfile &login,
                          QObject *parent);
    Job *makeSetupJob(const QString &name, const QStringList &extraArgs, QObject *parent);
    // `job`, followed by setup when asked for and possible.
    Job *thenSetup(const QString &name, Job *job, bool runSetup);

    QPointer<ClusterRepository> m_repository;
    QPointer<SecretStore> m_secrets;
    const CloudProviderFactory *m_factory;
    ProviderContext m_context;
    DataDir m_dataDir;
    ProberMaker m_makeProber;
    ProberMaker m_makeRefreshProber;
    QHash<QString, QString> m_busy; // cluster → what runs
    std::shared_ptr<SetupProvider> m_setupProvider;
};

} // namespace cd
