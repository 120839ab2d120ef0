#include "app/cli/setupcommand.h"

#include "app/cli/lifecyclecommands.h"
#include "model/lifecycle/clustercontroller.h"

using namespace Qt::StringLiterals;

namespace cd {

SetupCommand::~SetupCommand() = default;

void reportSetupFailures(QObject *context, QTextStream &err, ClusterController *clusters)
{
    QObject::connect(clusters, &ClusterController::setupTaskFinished, context,
                     [&err](const QString &, const SetupEvent &event, int index, int total) {
                         if (event.type != SetupEvent::Type::HostFailed
                             && event.type != SetupEvent::Type::HostUnreachable)
                             return;
                         err << event.host << ": "
                             << SetupCommand::tr("task %1%2 “%3” %4: %5")
                                    .arg(index)
                                    .arg(total > 0 ? u"/"_s + QString::number(total) : QString())
                                    .arg(event.task, SetupEvent::typeName(event.type),
                                         event.message)
                             << Qt::endl;
                     });
}

void SetupCommand::start(const QStringList &arguments)
{
    // Everything after `--` belongs to ansible-playbook, options included.
    const qsizetype dashes = arguments.indexOf(u"--"_s);
    const QStringList own = dashes < 0 ? arguments : arguments.mid(0, dashes);
    const QStringList extra = dashes < 0 ? QStringList{} : arguments.mid(dashes + 1);
    QCommandLineParser parser;
    const auto cluster = parseWithCluster(parser, own);
    if (!cluster)
        return;
    ClusterController *clusters = controller();
    if (!clusters)
        return finishLater(ExitFailed);
    QString error;
    Job *job = clusters->setupCluster(cluster->name, extra, &error);
    if (!job)
        return fail(error);
    connect(clusters, &ClusterController::nodeStateChanged, this,
            [this](const QString &, const QString &node, NodeState state, const QString &detail) {
                err() << node << ": " << States::toString(state)
                      << (detail.isEmpty() ? QString() : u" ("_s + detail + u')') << Qt::endl;
            });
    reportSetupFailures(this, err(), clusters);
    const QString name = cluster->name;
    connect(job, &Job::finished, this, [this, job, name](Job::Outcome outcome) {
        if (const auto updated = repository()->cluster(name))
            printNodes(out(), *updated);
        if (outcome == Job::Outcome::Succeeded) {
            out() << tr("Cluster “%1” is configured.").arg(name) << '\n';
            return finishLater(ExitOk);
        }
        if (outcome == Job::Outcome::Cancelled)
            return fail(tr("Setup of “%1” cancelled.").arg(name));
        fail(job->errorString());
    });
    cancelOnInterrupt(job);
    job->start();
}

} // namespace cd
