#include "app/cli/pausecommands.h"

#include "model/lifecycle/clustercontroller.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Runs `job` for `command`: node changes on stderr, `done` on stdout when it succeeds.
void runJob(CliCommand *command,
            QTextStream &out,
            QTextStream &err,
            ClusterController *clusters,
            Job *job,
            const QString &done,
            const std::function<void(int)> &finish,
            const std::function<void(const QString &)> &fail)
{
    QObject::connect(
        clusters, &ClusterController::nodeStateChanged, command,
        [&err](const QString &, const QString &node, NodeState state, const QString &detail) {
            err << node << ": " << States::toString(state)
                << (detail.isEmpty() ? QString() : u" ("_s + detail + u')') << Qt::endl;
        });
    QObject::connect(job, &Job::finished, command,
                     [&out, job, done, finish, fail](Job::Outcome outcome) {
                         if (outcome == Job::Outcome::Succeeded) {
                             out << done << '\n';
                             return finish(ExitOk);
                         }
                         fail(job->errorString());
                     });
}

} // namespace

PauseCommand::~PauseCommand() = default;

void PauseCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{u"y"_s, u"yes"_s}, tr("Do not ask for confirmation.")});
    const auto cluster = parseWithCluster(parser, arguments);
    if (!cluster)
        return;
    if (!parser.isSet(u"yes"_s)) {
        if (!isatty(STDIN_FILENO))
            return failUsage(tr("pause: this stops every node of “%1”; pass --yes to confirm "
                                "when not at a terminal.")
                                 .arg(cluster->name));
        err() << tr("This stops every node of “%1”. Type its name to confirm: ").arg(cluster->name)
              << Qt::flush;
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)
            || QString::fromLocal8Bit(in.readLine()).trimmed() != cluster->name)
            return fail(tr("Not confirmed; nothing was changed."));
    }
    ClusterController *clusters = controller();
    if (!clusters)
        return finishLater(ExitFailed);
    QString error;
    Job *job = clusters->pauseCluster(cluster->name, &error);
    if (!job)
        return fail(error);
    runJob(
        this, out(), err(), clusters, job, tr("Cluster “%1” paused.").arg(cluster->name),
        [this](int code) { finishLater(code); }, [this](const QString &e) { fail(e); });
    cancelOnInterrupt(job);
    job->start();
}

ResumeCommand::~ResumeCommand() = default;

void ResumeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto cluster = parseWithCluster(parser, arguments);
    if (!cluster)
        return;
    ClusterController *clusters = controller();
    if (!clusters)
        return finishLater(ExitFailed);
    QString error;
    Job *job = clusters->resumeCluster(cluster->name, &error);
    if (!job)
        return fail(error);
    runJob(
        this, out(), err(), clusters, job, tr("Cluster “%1” resumed.").arg(cluster->name),
        [this](int code) { finishLater(code); }, [this](const QString &e) { fail(e); });
    cancelOnInterrupt(job);
    job->start();
}

} // namespace cd
