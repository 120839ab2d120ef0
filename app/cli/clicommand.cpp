#include "app/cli/clicommand.h"

#include "app/cli/interruptwatcher.h"
#include "app/sshprober.h"
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/sqlclusterrepository.h"
#include "providers/net/httpclient.h"
#include "providers/secrets/keychainsecretstore.h"
#include "providers/setup/ansiblesetupprovider.h"

#include <QTimer>

namespace cd {

CliCommand::CliCommand(const CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

CliCommand::~CliCommand() = default;

void CliCommand::finishLater(int exitCode)
{
    out().flush();
    err().flush();
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

void CliCommand::failUsage(const QString &message)
{
    err() << message << Qt::endl;
    finishLater(ExitUsage);
}

void CliCommand::fail(const QString &message)
{
    err() << message << Qt::endl;
    finishLater(ExitFailed);
}

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList{objectName()} + arguments))
        return true;
    failUsage(QStringLiteral("%1: %2").arg(objectName(), parser.errorText()));
    return false;
}

std::optional<Cluster> CliCommand::parseWithCluster(QCommandLineParser &parser,
                                                    const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("CLUSTER"), tr("The cluster."));
    if (!parse(parser, arguments))
        return std::nullopt;
    if (parser.positionalArguments().size() != 1) {
        failUsage(tr("%1: give exactly one cluster name.").arg(objectName()));
        return std::nullopt;
    }
    ClusterRepository *repo = repository();
    if (!repo) {
        finishLater(ExitFailed);
        return std::nullopt;
    }
    const QString name = parser.positionalArguments().first();
    auto cluster = repo->cluster(name);
    if (!cluster)
        fail(tr("There is no cluster named “%1”.").arg(name));
    return cluster;
}

ClusterRepository *CliCommand::repository()
{
    if (m_repository)
        return m_repository;
    auto opened = SqlClusterRepository::open(m_context.dataDir.databasePath());
    if (!opened) {
        err() << opened.error() << Qt::endl;
        return nullptr;
    }
    m_repository = std::move(opened).value().release();
    m_repository->setParent(this);
    return m_repository;
}

ClusterController *CliCommand::controller()
{
    if (m_controller)
        return m_controller;
    ClusterRepository *repo = repository();
    if (!repo)
        return nullptr;
    m_controller
        = new ClusterController(repo, secrets(), &cloudProviders(), providerContext(),
                                m_context.dataDir, makeSshProber(m_context.dataDir),
                                makeSshProber(m_context.dataDir, HostKeyPolicy::Strict), this);
    m_controller->setSetupProvider(std::make_shared<AnsibleSetupProvider>());
    return m_controller;
}

void CliCommand::cancelOnInterrupt(Job *job)
{
    auto *watcher = new InterruptWatcher(job);
    connect(watcher, &InterruptWatcher::interrupted, job, [this, job] {
        err() << tr("Cancelling; what was created is cleaned up (Ctrl+C again to quit at once, "
                    "leaving it as it is).")
              << Qt::endl;
        job->cancel();
    });
}

const CloudProviderFactory &CliCommand::cloudProviders()
{
    if (!m_factory) {
        m_factory = std::make_unique<CloudProviderFactory>();
        CloudProviderFactory::registerBuiltins(*m_factory);
    }
    return *m_factory;
}

ProviderContext CliCommand::providerContext()
{
    if (!m_http)
        m_http = new HttpClient(this);
    return {m_http, m_context.dataDir.path() + QStringLiteral("/providers")};
}

SecretStore *CliCommand::secrets()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(QStringLiteral("clusterdeck"), this);
    return m_secrets;
}

} // namespace cd
