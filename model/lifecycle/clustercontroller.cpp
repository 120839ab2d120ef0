#include "model/lifecycle/clustercontroller.h"

#include "model/cloud/providerconfigloader.h"
#include "model/lifecycle/clusterplan.h"
#include "model/lifecycle/pauseclusterjob.h"
#include "model/lifecycle/providerboundjob.h"
#include "model/lifecycle/resizeclusterjob.h"
#include "model/lifecycle/resumeclusterjob.h"
#include "model/repository/clusterrepository.h"
#include "providers/secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QPromise>

namespace cd {

ClusterController::ClusterController(ClusterRepository *repository,
                                     SecretStore *secrets,
                                     const CloudProviderFactory *factory,
                                     ProviderContext context,
                                     DataDir dataDir,
                                     ProberMaker makeProber,
                                     ProberMaker makeRefreshProber,
                                     QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_factory(factory)
    , m_context(std::move(context))
    , m_dataDir(std::move(dataDir))
    , m_makeProber(std::move(makeProber))
    , m_makeRefreshProber(std::move(makeRefreshProber))
{}

ClusterController::~ClusterController() = default;

SecretStore *ClusterController::secrets() const
{
    return m_secrets;
}

QString ClusterController::knownHostsFile(const QString &cluster) const
{
    return m_dataDir.knownHostsFile(cluster);
}

Result<Cluster, QString> ClusterController::createCluster(const QString &templateName,
                                                          const QString &name,
                                                          const QMap<QString, int> &counts)
{
    const auto tmpl = m_repository->clusterTemplate(templateName);
    if (!tmpl)
        return tr("There is no template named “%1”.").arg(templateName);
    auto planned = ClusterPlan::fromTemplate(*tmpl, name, counts);
    if (!planned)
        return planned.error();
    const auto account = m_repository->account(tmpl->cloud);
    if (!account)
        return tr("The template “%1” uses the cloud account “%2”, which does not exist.")
            .arg(templateName, tmpl->cloud);
    if (!account->startable())
        return tr("The cloud account “%1” cannot be used: %2")
            .arg(account->name, account->notStartableReason);
    if (auto added = m_repository->addCluster(planned.value()); !added)
        return added.error();
    ClusterEvent e;
    e.cluster = name;
    e.text = tr("Cluster created from template “%1” with %n node(s).", nullptr,
                int(planned.value().nodes.size()))
                 .arg(templateName);
    m_repository->appendEvent(e).ok();
    return planned.value();
}

QFuture<Result<std::shared_ptr<CloudProvider>, QString>>
ClusterController::providerFor(const QString &accountName)
{
    const auto account = m_repository ? m_repository->account(accountName) : std::nullopt;
    if (!account)
        return QtFuture::makeReadyFuture(
            ProviderResult(tr("There is no cloud account named “%1”.").arg(accountName)));
    return providerForAccount(*account);
}

QFuture<ClusterController::ProviderResult>
ClusterController::providerForAccount(const CloudAccount &account,
                                      const QMap<QString, QByteArray> &typed)
{
    CloudAccount stored = account;
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        stored.secretRefs.remove(it.key());
    const CloudProviderFactory *factory = m_factory;
    const ProviderContext context = m_context;
    return ProviderConfigLoader::load(stored, m_secrets)
        .then(this,
              [factory, context,
               typed](const ProviderConfigLoader::Loaded &loaded) -> ProviderResult {
                  if (!loaded.ok())
                      return loaded.error();
                  ProviderConfig config = loaded.value();
                  for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                      config.secrets.insert(it.key(), it.value());
                  QString error;
                  std::shared_ptr<CloudProvider> provider
                      = factory->create(config, context, &error);
                  if (!provider)
                      return error;
                  return provider;
              });
}

Job *ClusterController::track(const QString &cluster, const QString &what, Job *job)
{
    m_busy.insert(cluster, what);
    connect(job, &Job::finished, this, [this, cluster, what, job](Job::Outcome outcome) {
        m_busy.remove(cluster);
        emit jobFinished(cluster, what, outcome, job->errorString());
        job->deleteLater();
    });
    emit jobStarted(cluster, what);
    return job;
}

Job *ClusterController::startCluster(const QString &name, StartOptions options, QString *error)
{
    const auto cluster = m_repository->cluster(name);
    if (!cluster) {
        *error = tr("There is no cluster named “%1”.").arg(name);
        return nullptr;
    }
    if (isBusy(name)) {
        *error = tr("Cluster “%1” is busy: %2 is running.").arg(name, m_busy.value(name));
        return nullptr;
    }
    const LoginProfile login = m_repository->login(cluster->login).value_or(LoginProfile{});
    if (options.keyName.isEmpty())
        options.keyName = login.userKeyName;
    if (options.loginUser.isEmpty())
        options.loginUser = login.imageUser;
    if (options.publicKey.isEmpty() && !login.userKeyPublic.isEmpty()) {
        QFile key(login.userKeyPublic);
        if (key.open(QIODevice::ReadOnly))
            options.publicKey = key.readAll().trimmed();
    }
    QDir().mkpath(m_dataDir.knownHostsDir());
    auto *job = new ProviderBoundJob(
        this, cluster->cloud,
        [this, name, options, login, cluster = *cluster](std::shared_ptr<CloudProvider> provider,
                                                         QObject *parent) -> Job * {
            NodeProber *prober = watchKeys(m_makeProber, cluster, login, parent);
            auto *start = new StartClusterJob(m_repository, std::move(provider), prober, name,
                                              options, parent);
            connect(start, &StartClusterJob::nodeStateChanged, this,
                    [this, name](const QString &node, NodeState state, const QString &detail) {
                        emit nodeStateChanged(name, node, state, detail);
                    });
            return start;
        },
        this);
    return track(name, tr("start"), thenSetup(name, job, options.runSetup));
}

Job *ClusterController::destroyCluster(const QString &name, DestroyOptions options, QString *error)
{
    const auto cluster = m_repository->cluster(name);
    if (!cluster) {
        *error = tr("There is no cluster named “%1”.").arg(name);
        return nullptr;
    }
    if (isBusy(name)) {
        *error = tr("Cluster “%1” is busy: %2 is running.").arg(name, m_busy.value(name));
        return nullptr;
    }
    options.knownHostsFile = knownHostsFile(name);
    auto *job = new ProviderBoundJob(
        this, cluster->cloud,
        [this, name, options](std::shared_ptr<CloudProvider> provider, QObject *parent) -> Job * {
            auto *destroy
                = new DestroyClusterJob(m_repository, std::move(provider), name, options, parent);
            connect(destroy, &DestroyClusterJob::nodeStateChanged, this,
                    [this, name](const QString &node, NodeState state, const QString &detail) {
                        emit nodeStateChanged(name, node, state, detail);
                    });
            return destroy;
        },
        this);
    return track(name, tr("destroy"), job);
}

Job *ClusterController::refreshCluster(const QString &name, QString *error)
{
    const auto cluster = m_repository->cluster(name);
    if (!cluster) {
        *error = tr("There is no cluster named “%1”.").arg(name);
        return nullptr;
    }
    if (isBusy(name)) {
        *error = tr("Cluster “%1” is busy: %2 is running.").arg(name, m_busy.value(name));
        return nullptr;
    }
    const LoginProfile login = m_repository->login(cluster->login).value_or(LoginProfile{});
    const ProberMaker &maker = m_makeRefreshProber ? m_makeRefreshProber : m_makeProber;
    auto *job = new ProviderBoundJob(
        this, cluster->cloud,
        [this, name, login, maker, cluster = *cluster](std::shared_ptr<CloudProvider> provider,
                                                       QObject *parent) -> Job * {
            NodeProber *prober = watchKeys(maker, cluster, login, parent);
            auto *refresh
                = new RefreshStatusJob(m_repository, std::move(provider), prober, name, 0, parent);
            if (m_makeRefreshProber) // the start's prober trusts a never-reached node's first key
                refresh->setFirstUseProber(watchKeys(m_makeProber, cluster, login, parent));
            connect(refresh, &RefreshStatusJob::nodeStateChanged, this,
                    [this, name](const QString &node, NodeState state, const QString &detail) {
                        emit nodeStateChanged(name, node, state, detail);
                    });
            return refresh;
        },
        this);
    return track(name, tr("refresh"), job);
}

} // namespace cd

namespace cd {

std::optional<Cluster> ClusterController::idleCluster(const QString &name, QString *error) const
{
    auto cluster = m_repository ? m_repository->cluster(name) : std::nullopt;
    if (!cluster) {
        *error = tr("There is no cluster named “%1”.").arg(name);
        return std::nullopt;
    }
    if (isBusy(name)) {
        *error = tr("Cluster “%1” is busy: %2 is running.").arg(name, m_busy.value(name));
        return std::nullopt;
    }
    return cluster;
}

StartOptions ClusterController::startOptionsFor(const LoginProfile &login) const
{
    StartOptions options;
    options.keyName = login.userKeyName;
    options.loginUser = login.imageUser;
    if (!login.userKeyPublic.isEmpty()) {
        QFile key(login.userKeyPublic);
        if (key.open(QIODevice::ReadOnly))
            options.publicKey = key.readAll().trimmed();
    }
    return options;
}

// Every job here has a nodeStateChanged(node, state, detail) signal; forwarded with the name.
void ClusterController::forwardStates(const QString &cluster, Job *job)
{
    const auto forward
        = [this, cluster](const QString &node, NodeState state, const QString &detail) {
              emit nodeStateChanged(cluster, node, state, detail);
          };
    if (auto *j = qobject_cast<StartClusterJob *>(job))
        connect(j, &StartClusterJob::nodeStateChanged, this, forward);
    else if (auto *j = qobject_cast<ResizeClusterJob *>(job))
        connect(j, &ResizeClusterJob::nodeStateChanged, this, forward);
    else if (auto *j = qobject_cast<PauseClusterJob *>(job))
        connect(j, &PauseClusterJob::nodeStateChanged, this, forward);
    else if (auto *j = qobject_cast<ResumeClusterJob *>(job))
        connect(j, &ResumeClusterJob::nodeStateChanged, this, forward);
}

Job *ClusterController::resizeCluster(const QString &name,
                                      const QMap<QString, int> &add,
                                      const QMap<QString, int> &remove,
                                      const QStringList &removeNodes,
                                      QString *error,
                                      bool runSetup)
{
    const auto cluster = idleCluster(name, error);
    if (!cluster)
        return nullptr;
    QMap<QString, int> counts; // kind → nodes after the resize
    for (const Node &n : cluster->nodes)
        ++counts[n.kind];
    for (auto it = add.cbegin(); it != add.cend(); ++it) {
        if (!cluster->spec.kind(it.key())) {
            *error = tr("The template “%1” has no node kind “%2”.")
                         .arg(cluster->templateName, it.key());
            return nullptr;
        }
        counts[it.key()] += it.value();
    }
    QStringList leaving;
    for (const QString &node : removeNodes) {
        const auto found = std::find_if(cluster->nodes.cbegin(), cluster->nodes.cend(),
                                        [&node](const Node &n) { return n.name == node; });
        if (found == cluster->nodes.cend()) {
            *error = tr("Cluster “%1” has no node named “%2”.").arg(name, node);
            return nullptr;
        }
        if (!leaving.contains(node)) {
            leaving << node;
            --counts[found->kind];
        }
    }
    for (auto it = remove.cbegin(); it != remove.cend(); ++it) {
        if (!cluster->spec.kind(it.key())) {
            *error = tr("The template “%1” has no node kind “%2”.")
                         .arg(cluster->templateName, it.key());
            return nullptr;
        }
        QList<Node> ofKind;
        for (const Node &n : cluster->nodes)
            if (n.kind == it.key() && !leaving.contains(n.name))
                ofKind << n;
        std::sort(ofKind.begin(), ofKind.end(),
                  [](const Node &a, const Node &b) { return a.index > b.index; });
        if (ofKind.size() < it.value()) {
            *error = tr("Cluster “%1” has only %2 nodes of kind “%3” to remove.")
                         .arg(name)
                         .arg(ofKind.size())
                         .arg(it.key());
            return nullptr;
        }
        for (int i = 0; i < it.value(); ++i)
            leaving << ofKind.at(i).name;
        counts[it.key()] -= it.value();
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (const NodeKindSpec *kind = cluster->spec.kind(it.key());
            kind && it.value() < kind->minCount) {
            *error = tr("Refused: that would leave %1 nodes of kind “%2”, fewer than its "
                        "minimum of %3.")
                         .arg(it.value())
                         .arg(it.key())
                         .arg(kind->minCount);
            return nullptr;
        }
    if (leaving.isEmpty() && std::all_of(add.cbegin(), add.cend(), [](int n) { return n <= 0; })) {
        *error = tr("Nothing to add or remove.");
        return nullptr;
    }
    const LoginProfile login = m_repository->login(cluster->login).value_or(LoginProfile{});
    StartOptions options = startOptionsFor(login);
    options.keepOnFailure = true; // never terminate the nodes that were there before
    options.keepOnCancel = true;
    QDir().mkpath(m_dataDir.knownHostsDir());
    auto *job = new ProviderBoundJob(
        this, cluster->cloud,
        [this, name, add, leaving, options, login,
         cluster = *cluster](std::shared_ptr<CloudProvider> provider, QObject *parent) -> Job * {
            const auto makeStart
                = [this, name, options, login, cluster, provider](QObject *owner) -> Job * {
                NodeProber *prober = watchKeys(m_makeProber, cluster, login, owner);
                auto *start
                    = new StartClusterJob(m_repository, provider, prober, name, options, owner);
                forwardStates(name, start);
                return start;
            };
            auto *resize = new ResizeClusterJob(m_repository, provider, name, add, leaving,
                                                knownHostsFile(name), makeStart, parent);
            forwardStates(name, resize);
            return resize;
        },
        this);
    // Setup runs again so that new nodes join (and removed ones leave the scheduler).
    return track(name, tr("resize"), thenSetup(name, job, runSetup));
}

Job *ClusterController::pauseCluster(const QString &name, QString *error)
{
    const auto cluster = idleCluster(name, error);
    if (!cluster)
        return nullptr;
    auto *job = new ProviderBoundJob(
        this, cluster->cloud,
        [this, name](std::shared_ptr<CloudProvider> provider, QObject *parent) -> Job * {
            auto *pause
                = new PauseClusterJob(m_repository, std::move(provider), name, 2000, 600, parent);
            forwardStates(name, pause);
            return pause;
        },
        this);
    return track(name, tr("pause"), job);
}

Job *ClusterController::resumeCluster(const QString &name, QString *error)
{
    const auto cluster = idleCluster(name, error);
    if (!cluster)
        return nullptr;
    const LoginProfile login = m_repository->login(cluster->login).value_or(LoginProfile{});
    const ProberMaker &maker = m_makeRefreshProber ? m_makeRefreshProber : m_makeProber;
    auto *job = new ProviderBoundJob(
        this, cluster->cloud,
        [this, name, login, maker, cluster = *cluster](std::shared_ptr<CloudProvider> provider,
                                                       QObject *parent) -> Job * {
            NodeProber *prober = watchKeys(maker, cluster, login, parent);
            auto *resume = new ResumeClusterJob(m_repository, std::move(provider), prober, name,
                                                knownHostsFile(name), 2000, 0, parent);
            forwardStates(name, resume);
            return resume;
        },
        this);
    return track(name, tr("resume"), job);
}

QList<QPair<QString, QString>> ClusterController::interruptedClusters() const
{
    QList<QPair<QString, QString>> found;
    if (!m_repository)
        return found;
    for (const Cluster &c : m_repository->clusters()) {
        if (isBusy(c.name))
            continue;
        int requested = 0;
        int terminating = 0;
        for (const Node &n : c.nodes) {
            requested += n.state == NodeState::Requested || n.state == NodeState::Pending;
            terminating += n.state == NodeState::Terminating || n.state == NodeState::Stopping;
        }
        switch (c.state) {
        case ClusterState::Starting:
        case ClusterState::Resuming:
            found.append({c.name, tr("“%1” was interrupted while starting; start it again to "
                                     "resume, or destroy it to clean up.")
                                      .arg(c.name)});
            continue;
        case ClusterState::Destroying:
            found.append({c.name, tr("“%1” was interrupted while being destroyed; destroy it "
                                     "again to finish.")
                                      .arg(c.name)});
            continue;
        case ClusterState::Pausing:
            found.append({c.name, tr("“%1” was interrupted while pausing; pause or resume it "
                                     "again.")
                                      .arg(c.name)});
            continue;
        default:
            break;
        }
        if (requested > 0 || terminating > 0)
            found.append({c.name, tr("“%1” has %2 node(s) left half-way by an interrupted job; "
                                     "start it again or destroy it.")
                                      .arg(c.name)
                                      .arg(requested + terminating)});
    }
    return found;
}

} // namespace cd
