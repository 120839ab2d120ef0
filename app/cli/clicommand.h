#pragma once

#include "model/core/datadir.h"
#include "model/domain/cluster.h"
#include "providers/cloud/cloudproviderfactory.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace cd {

class ClusterController;
class ClusterRepository;
class HttpClient;
class Job;
class SecretStore;

// Exit codes shared by every subcommand.
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// What a subcommand gets from the composition root.
struct CliContext final
{
    DataDir dataDir;
    int verbosity = 0;
    QTextStream *out = nullptr; // results (stdout)
    QTextStream *err = nullptr; // progress and errors (stderr)
};

// One `clusterdeck-cli` subcommand. start() may finish at once or later (a job running on the
// event loop); either way it ends by emitting finished(exitCode) exactly once.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    explicit CliCommand(const CliContext &context, QObject *parent = nullptr);
    ~CliCommand() override;

    virtual void start(const QStringList &arguments) = 0;

signals:
    void finished(int exitCode);

protected:
    QTextStream &out() { return *m_context.out; }
    QTextStream &err() { return *m_context.err; }
    const CliContext &context() const { return m_context; }

    // Convenience for synchronous commands: emit finished on the next event-loop turn so the
    // caller is always connected first.
    void finishLater(int exitCode);
    void failUsage(const QString &message);
    void fail(const QString &message); // the operation failed: message on stderr, exit 1

    // Parses this command's arguments; on a mistake reports it (exit 2) and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &arguments);
    // For "COMMAND [options] CLUSTER": adds the CLUSTER argument, parses, opens the
    // repository and loads the cluster. On any problem it reports it, finishes with the right
    // exit code and returns nothing.
    std::optional<Cluster> parseWithCluster(QCommandLineParser &parser,
                                            const QStringList &arguments);
    // The repository in the data dir, opened on first use; nullptr after reporting why not.
    ClusterRepository *repository();
    // The OS keychain, created on first use.
    SecretStore *secrets();
    // Everything that changes clusters (start, destroy …), built on first use; nullptr after
    // reporting why not.
    ClusterController *controller();
    // Ctrl+C (or SIGTERM) cancels `job` cleanly; a second Ctrl+C quits at once.
    void cancelOnInterrupt(Job *job);
    // The cloud providers this build has, and what they share (one HTTP client).
    const CloudProviderFactory &cloudProviders();
    ProviderContext providerContext();

private:
    CliContext m_context;
    ClusterRepository *m_repository = nullptr;
    SecretStore *m_secrets = nullptr;
    HttpClient *m_http = nullptr;
    ClusterController *m_controller = nullptr;
    std::unique_ptr<CloudProviderFactory> m_factory;
};

// The table of subcommands: name, one-line summary, factory.
struct CliCommandInfo final
{
    QString name;
    QString summary; // one line for --help
    CliCommand *(*create)(const CliContext &context, QObject *parent);
};

QList<CliCommandInfo> cliCommands();

} // namespace cd
