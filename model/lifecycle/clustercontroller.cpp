#include "model/lifecycle/clustercontroller.h"

#include "model/cloud/providerconfigloader.h"
#include "model/lifecycle/clusterplan.h"
#include "model/lifecycle/providerboundjob.h"
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
    using R = Result<std::shared_ptr<CloudProvider>, QString>;
    const auto account = m_repository ? m_repository->account(accountName) : std::nullopt;
    if (!account)
        return QtFuture::makeReadyFuture(
            R(tr("There is no cloud account named “%1”.").arg(accountName)));
    const CloudProviderFactory *factory = m_factory;
    const ProviderContext context = m_context;
    return ProviderConfigLoader::load(*account, m_secrets)
        .then(this, [factory, context](const ProviderConfigLoader::Loaded &loaded) -> R {
            if (!loaded.ok())
                return loaded.error();
            QString error;
            std::shared_ptr<CloudProvider> provider
                = factory->create(loaded.value(), context, &error);
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
            NodeProber *prober = m_makeProber ? m_makeProber(cluster, login, parent) : nullptr;
            auto *start = new StartClusterJob(m_repository, std::move(provider), prober, name,
                                              options, parent);
            connect(start, &StartClusterJob::nodeStateChanged, this,
                    [this, name](const QString &node, NodeState state, const QString &detail) {
                        emit nodeStateChanged(name, node, state, detail);
                    });
            return start;
        },
        this);
    return track(name, tr("start"), job);
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
            NodeProber *prober = maker ? maker(cluster, login, parent) : nullptr;
            auto *refresh
                = new RefreshStatusJob(m_repository, std::move(provider), prober, name, 0, parent);
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
