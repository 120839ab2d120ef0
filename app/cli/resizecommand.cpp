#include "app/cli/resizecommand.h"

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

ResizeCommand::~ResizeCommand() = default;

void ResizeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"add"_s, tr("Add N nodes of KIND (repeatable)."), u"N:KIND"_s},
        {u"remove"_s, tr("Remove the N highest-numbered nodes of KIND (repeatable)."), u"N:KIND"_s},
        {u"remove-node"_s, tr("Remove the node NAME (repeatable)."), u"NAME"_s},
        {{u"y"_s, u"yes"_s}, tr("Do not ask for confirmation before removing nodes.")},
        {u"no-setup"_s, tr("Do not configure the nodes again afterwards (new nodes stay "
                           "unconfigured).")},
    });
    const auto cluster = parseWithCluster(parser, arguments);
    if (!cluster)
        return;
    QMap<QString, int> add;
    QMap<QString, int> remove;
    for (const auto &[option, counts] :
         {std::pair{u"add"_s, &add}, std::pair{u"remove"_s, &remove}}) {
        for (const QString &value : parser.values(option)) {
            auto parsed = ClusterPlan::parseCounts(value);
            if (!parsed)
                return failUsage(u"resize: "_s + parsed.error());
            for (auto it = parsed.value().cbegin(); it != parsed.value().cend(); ++it)
                (*counts)[it.key()] += it.value();
        }
    }
    const QStringList removeNodes = parser.values(u"remove-node"_s);
    if (add.isEmpty() && remove.isEmpty() && removeNodes.isEmpty())
        return failUsage(tr("resize: give --add, --remove or --remove-node."));
    if ((!remove.isEmpty() || !removeNodes.isEmpty()) && !parser.isSet(u"yes"_s)) {
        if (!isatty(STDIN_FILENO))
            return failUsage(tr("resize: this terminates nodes of “%1”; pass --yes to confirm "
                                "when not at a terminal.")
                                 .arg(cluster->name));
        err() << tr("This terminates nodes of “%1”. Type its name to confirm: ").arg(cluster->name)
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
    Job *job = clusters->resizeCluster(cluster->name, add, remove, removeNodes, &error,
                                       !parser.isSet(u"no-setup"_s));
    if (!job)
        return fail(error);
    connect(clusters, &ClusterController::nodeStateChanged, this,
            [this](const QString &, const QString &node, NodeState state, const QString &detail) {
                err() << node << ": " << States::toString(state)
                      << (detail.isEmpty() ? QString() : u" ("_s + detail + u')') << Qt::endl;
            });
    reportSetupFailures(this, err(), clusters);
    connect(job, &Job::finished, this, [this, job, name = cluster->name](Job::Outcome outcome) {
        if (const auto resized = repository()->cluster(name)) {
            QList<QStringList> rows;
            for (const Node &n : resized->nodes)
                rows << QStringList{n.name, States::toString(n.state),
                                    n.preferredIp.isEmpty() ? n.publicIp : n.preferredIp,
                                    n.instanceId, n.lastError};
            out() << textTable(
                {tr("NAME"), tr("STATE"), tr("ADDRESS"), tr("INSTANCE"), tr("PROBLEM")}, rows);
        }
        if (outcome == Job::Outcome::Succeeded) {
            out() << tr("Cluster “%1” resized.").arg(name) << '\n';
            return finishLater(ExitOk);
        }
        if (outcome == Job::Outcome::Cancelled)
            return fail(tr("Resize of “%1” cancelled.").arg(name));
        fail(job->errorString());
    });
    cancelOnInterrupt(job);
    job->start();
}

} // namespace cd
