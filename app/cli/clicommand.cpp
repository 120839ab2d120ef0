#include "app/cli/clicommand.h"

#include "model/repository/sqlclusterrepository.h"
#include "providers/secrets/keychainsecretstore.h"

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

SecretStore *CliCommand::secrets()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(QStringLiteral("clusterdeck"), this);
    return m_secrets;
}

} // namespace cd
