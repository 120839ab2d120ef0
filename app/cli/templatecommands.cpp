#include "app/cli/templatecommands.h"

#include "app/cli/texttable.h"
#include "model/domain/domainjson.h"
#include "model/models/templatemodel.h"
#include "model/repository/clusterrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

ListTemplatesCommand::~ListTemplatesCommand() = default;

void ListTemplatesCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print JSON.")});
    parser.addPositionalArgument(u"GLOB"_s, tr("Only templates whose names match."),
                                 u"[GLOB...]"_s);
    if (!parse(parser, arguments))
        return;
    QList<QRegularExpression> globs;
    for (const QString &glob : parser.positionalArguments())
        globs << QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob));
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);

    QList<ClusterTemplate> templates = repo->templates();
    if (!globs.isEmpty())
        templates.removeIf([&](const ClusterTemplate &t) {
            return std::none_of(globs.cbegin(), globs.cend(), [&](const QRegularExpression &re) {
                return re.match(t.name).hasMatch();
            });
        });

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const ClusterTemplate &t : templates) {
            QJsonObject o = json::toJson(t);
            o.insert(u"startable"_s, t.startable());
            o.insert(u"node_count"_s, t.totalCount());
            array.append(o);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (templates.isEmpty()) {
        err() << tr("No templates. Import an ElastiCluster config with "
                    "`clusterdeck-cli import-config FILE`.")
              << '\n';
    } else {
        QList<QStringList> rows;
        for (const ClusterTemplate &t : templates)
            rows << QStringList{t.name, t.cloud, TemplateModel::kindsSummary(t),
                                t.startable() ? tr("ok") : t.whyNotStartable()};
        out() << textTable({tr("NAME"), tr("CLOUD"), tr("NODES"), tr("STATUS")}, rows);
    }
    finishLater(ExitOk);
}

} // namespace cd
