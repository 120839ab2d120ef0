#include "app/cli/clustercommands.h"

#include "app/cli/texttable.h"
#include "model/domain/domainjson.h"
#include "model/lifecycle/clustercontroller.h"
#include "model/models/clusterlistmodel.h"
#include "model/repository/clusterrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QJsonObject clusterSummary(const Cluster &c)
{
    int ready = 0;
    int failed = 0;
    QJsonObject kinds;
    for (const Node &n : c.nodes) {
        ready += n.state == NodeState::Ready;
        failed += n.state == NodeState::Failed || n.state == NodeState::Unreachable;
        kinds.insert(n.kind, kinds.value(n.kind).toInt() + 1);
    }
    QJsonObject o = json::toJson(c);
    o.remove(u"spec"_s);
    o.remove(u"nodes"_s);
    o.insert(u"node_count"_s, int(c.nodes.size()));
    o.insert(u"ready_count"_s, ready);
    o.insert(u"failed_count"_s, failed);
    o.insert(u"kinds"_s, kinds);
    return o;
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

ListCommand::~ListCommand() = default;

void ListCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print JSON.")});
    if (!parse(parser, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return failUsage(
            tr("list: unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);
    const QList<Cluster> clusters = repo->clusters();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Cluster &c : clusters)
            array.append(clusterSummary(c));
        printJson(out(), array);
    } else if (clusters.isEmpty()) {
        err() << tr("No clusters yet. Start one with `clusterdeck-cli start TEMPLATE`.") << '\n';
    } else {
        QList<QStringList> rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Cluster &c : clusters)
            rows << QStringList{c.name,
                                c.templateName,
                                c.cloud,
                                States::toString(c.state),
                                ClusterListModel::nodeSummary(c),
                                ClusterListModel::ageText(c.created, now)};
        out() << textTable(
            {tr("NAME"), tr("TEMPLATE"), tr("CLOUD"), tr("STATE"), tr("NODES"), tr("AGE")}, rows);
        if (ClusterController *clusters = controller())
            for (const auto &[cluster, advice] : clusters->interruptedClusters())
                err() << advice << '\n';
    }
    finishLater(ExitOk);
}

ListNodesCommand::~ListNodesCommand() = default;

void ListNodesCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print JSON.")});
    parser.addOption(
        {{u"u"_s, u"update"_s}, tr("Ask the cloud and probe the nodes over SSH before listing.")});
    const auto cluster = parseWithCluster(parser, arguments);
    if (!cluster)
        return;
    const bool asJson = parser.isSet(u"json"_s);
    const auto print = [this, asJson](const Cluster &c) {
        if (asJson) {
            QJsonArray array;
            for (const Node &n : c.nodes)
                array.append(json::toJson(n));
            printJson(out(), array);
            return;
        }
        QList<QStringList> rows;
        for (const Node &n : c.nodes)
            rows << QStringList{n.name,      n.kind,      States::toString(n.state),
                                n.publicIp,  n.privateIp, n.flavor,
                                n.instanceId};
        out() << textTable({tr("NAME"), tr("KIND"), tr("STATE"), tr("PUBLIC IP"), tr("PRIVATE IP"),
                            tr("FLAVOR"), tr("INSTANCE")},
                           rows);
    };
    if (!parser.isSet(u"update"_s)) {
        print(*cluster);
        return finishLater(ExitOk);
    }
    ClusterController *clusters = controller();
    if (!clusters)
        return finishLater(ExitFailed);
    QString error;
    Job *job = clusters->refreshCluster(cluster->name, &error);
    if (!job)
        return fail(error);
    const QString name = cluster->name;
    connect(job, &Job::finished, this, [this, job, name, print](Job::Outcome outcome) {
        const auto updated = repository()->cluster(name);
        if (outcome != Job::Outcome::Succeeded || !updated)
            return fail(outcome == Job::Outcome::Cancelled
                            ? tr("Updating “%1” was cancelled.").arg(name)
                            : tr("Could not update “%1”: %2").arg(name, job->errorString()));
        print(*updated);
        finishLater(ExitOk);
    });
    cancelOnInterrupt(job);
    job->start();
}

RemoveCommand::~RemoveCommand() = default;

void RemoveCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"force"_s, tr("Forget the cluster even if instances may still run.")});
    const auto cluster = parseWithCluster(parser, arguments);
    if (!cluster)
        return;
    ClusterRepository *repo = repository();
    const QString name = cluster->name;

    QStringList live;
    for (const Node &n : cluster->nodes)
        if (States::mayHaveInstance(n.state))
            live << (n.instanceId.isEmpty() ? n.name : u"%1 (%2)"_s.arg(n.name, n.instanceId));
    if (!live.isEmpty() && !parser.isSet(u"force"_s))
        return fail(tr("Cluster “%1” may still have running instances: %2.\nDestroy it with "
                       "`clusterdeck-cli stop %1`, or pass --force to forget it anyway (the "
                       "instances are then yours to delete).")
                        .arg(name, live.join(u", "_s)));
    if (auto removed = repo->removeCluster(name); !removed)
        return fail(removed.error());
    ClusterEvent event;
    event.cluster = name;
    event.level = live.isEmpty() ? ClusterEvent::Level::Info : ClusterEvent::Level::Warning;
    event.text = live.isEmpty() ? tr("Cluster removed from ClusterDeck.")
                                : tr("Cluster removed with --force while these may still run: %1")
                                      .arg(live.join(u", "_s));
    repo->appendEvent(event).ok();
    QFile::remove(context().dataDir.knownHostsFile(name));
    out() << tr("Removed cluster “%1”.").arg(name) << '\n';
    finishLater(ExitOk);
}

} // namespace cd
