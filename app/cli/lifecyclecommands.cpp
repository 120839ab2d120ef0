#include "app/cli/lifecyclecommands.h"

#include "app/cli/setupcommand.h"
#include "app/cli/texttable.h"
#include "model/lifecycle/clustercontroller.h"
#include "model/lifecycle/clusterplan.h"
#include "model/repository/clusterrepository.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd {

void printNodes(QTextStream &out, const Cluster &cluster)
{
    QList<QStringList> rows;
    for (const Node &n : cluster.nodes)
        rows << QStringList{n.name, States::toString(n.state),
                            n.preferredIp.isEmpty() ? n.publicIp : n.preferredIp, n.instanceId,
                            n.lastError};
    out << textTable({StartCommand::tr("NAME"), StartCommand::tr("STATE"),
                      StartCommand::tr("ADDRESS"), StartCommand::tr("INSTANCE"),
                      StartCommand::tr("PROBLEM")},
                     rows);
}

StartCommand::~StartCommand() = default;

void StartCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {{u"n"_s, u"name"_s}, tr("The cluster's name (default: the template's)."), u"NAME"_s},
        {u"nodes"_s, tr("Node counts, overriding the template."), u"N:KIND[,N:KIND...]"_s},
        {u"timeout"_s, tr("Seconds to wait for all nodes (default: start_timeout)."), u"S"_s},
        {u"keep-on-failure"_s, tr("Keep created nodes when the start fails.")},
        {u"no-setup"_s, tr("Do not configure the nodes after starting them.")},
    });
    parser.addPositionalArgument(u"TEMPLATE"_s, tr("The cluster template."));
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return failUsage(tr("start: give exactly one template name."));
    const QString templateName = parser.positionalArguments().first();
    const QString name = parser.isSet(u"name"_s) ? parser.value(u"name"_s) : templateName;
    QMap<QString, int> counts;
    if (parser.isSet(u"nodes"_s)) {
        auto parsed = ClusterPlan::parseCounts(parser.value(u"nodes"_s));
        if (!parsed)
            return failUsage(u"start: "_s + parsed.error());
        counts = parsed.value();
    }
    StartOptions options;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        options.startTimeoutSec = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || options.startTimeoutSec <= 0)
            return failUsage(tr("start: --timeout wants a number of seconds."));
    }
    options.keepOnFailure = parser.isSet(u"keep-on-failure"_s);
    options.runSetup = !parser.isSet(u"no-setup"_s);
    ClusterController *clusters = controller();
    if (!clusters)
        return finishLater(ExitFailed);

    if (repository()->cluster(name)) {
        err() << tr("Cluster “%1” exists; starting the nodes that are not running.").arg(name)
              << Qt::endl;
    } else if (auto created = clusters->createCluster(templateName, name, counts); !created) {
        return fail(created.error());
    }
    QString error;
    Job *job = clusters->startCluster(name, options, &error);
    if (!job)
        return fail(error);
    connect(clusters, &ClusterController::nodeStateChanged, this,
            [this](const QString &, const QString &node, NodeState state, const QString &detail) {
                err() << node << ": " << States::toString(state)
                      << (detail.isEmpty() ? QString() : u" ("_s + detail + u')') << Qt::endl;
            });
    reportSetupFailures(this, err(), clusters);
    connect(job, &Job::finished, this, [this, job, name](Job::Outcome outcome) {
        if (const auto cluster = repository()->cluster(name))
            printNodes(out(), *cluster);
        if (outcome == Job::Outcome::Succeeded) {
            out() << tr("Cluster “%1” is up.").arg(name) << '\n';
            return finishLater(ExitOk);
        }
        if (outcome == Job::Outcome::Cancelled)
            return fail(tr("Start of “%1” cancelled.").arg(name));
        fail(job->errorString());
    });
    cancelOnInterrupt(job);
    job->start();
}

StopCommand::~StopCommand() = default;

void StopCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {{u"y"_s, u"yes"_s}, tr("Do not ask for confirmation.")},
        {u"force"_s, tr("Forget the cluster even if some nodes could not be terminated.")},
        {u"no-wait"_s, tr("Do not wait until the cloud reports the nodes terminated.")},
    });
    const auto cluster = parseWithCluster(parser, arguments);
    if (!cluster)
        return;
    if (!parser.isSet(u"yes"_s)) {
        if (!isatty(STDIN_FILENO))
            return failUsage(tr("%1: this destroys %n node(s) of “%2”; pass --yes to confirm "
                                "when not at a terminal.",
                                nullptr, int(cluster->nodes.size()))
                                 .arg(objectName(), cluster->name));
        err() << tr("This terminates %n node(s) of “%1” and forgets the cluster. Type its name "
                    "to confirm: ",
                    nullptr, int(cluster->nodes.size()))
                     .arg(cluster->name)
              << Qt::flush;
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)
            || QString::fromLocal8Bit(in.readLine()).trimmed() != cluster->name)
            return fail(tr("Not confirmed; nothing was changed."));
    }
    ClusterController *clusters = controller();
    if (!clusters)
        return finishLater(ExitFailed);
    DestroyOptions options;
    options.force = parser.isSet(u"force"_s);
    options.wait = !parser.isSet(u"no-wait"_s);
    QString error;
    Job *job = clusters->destroyCluster(cluster->name, options, &error);
    if (!job)
        return fail(error);
    connect(clusters, &ClusterController::nodeStateChanged, this,
            [this](const QString &, const QString &node, NodeState state, const QString &) {
                err() << node << ": " << States::toString(state) << Qt::endl;
            });
    connect(job, &Job::finished, this, [this, job, name = cluster->name](Job::Outcome outcome) {
        if (outcome == Job::Outcome::Succeeded) {
            out() << tr("Cluster “%1” destroyed.").arg(name) << '\n';
            return finishLater(ExitOk);
        }
        fail(job->errorString());
    });
    cancelOnInterrupt(job);
    job->start();
}

} // namespace cd
