#include "app/cli/importconfigcommand.h"

#include "model/config/importconfigjob.h"
#include "model/core/installpaths.h"
#include "model/repository/clusterrepository.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cd {

ImportConfigCommand::~ImportConfigCommand() = default;

void ImportConfigCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, tr("ElastiCluster configuration files."), u"FILE..."_s);
    if (!parse(parser, arguments))
        return;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return failUsage(tr("import-config: give at least one configuration file."));
    for (const QString &file : files)
        if (!QFileInfo::exists(file) && !QFileInfo(file + u".d"_s).isDir())
            return failUsage(tr("import-config: %1 does not exist.").arg(file));
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);

    ElastiClusterImporter::Options options;
    options.playbooksDir = InstallPaths::playbooksDir();
    auto *job = new ImportConfigJob(repo, secrets(), files, options, this);
    connect(job, &Job::finished, this, [this, job](Job::Outcome outcome) {
        const ImportResult &result = job->result();
        for (const ImportIssue &issue : result.issues)
            err() << issue.toString() << '\n';
        if (outcome != Job::Outcome::Succeeded)
            return fail(job->errorString());
        int incomplete = 0;
        for (const ClusterTemplate &t : result.templates)
            incomplete += !t.startable();
        out() << tr("Imported %1 cloud(s), %2 login(s), %3 setup(s) and %4 cluster template(s)"
                    " from %5.")
                     .arg(result.accounts.size())
                     .arg(result.logins.size())
                     .arg(result.setups.size())
                     .arg(result.templates.size())
                     .arg(result.filesRead.join(u", "_s))
              << '\n';
        if (!result.secrets.isEmpty())
            out() << tr("%n credential(s) stored in the keychain.", nullptr,
                        int(result.secrets.size()))
                  << '\n';
        if (incomplete > 0)
            out() << tr("%n template(s) cannot be started yet; `list-templates` says why.", nullptr,
                        incomplete)
                  << '\n';
        if (result.hasErrors()) {
            err() << tr("Some sections were skipped because of the errors above; the rest was "
                        "imported.")
                  << '\n';
            return finishLater(ExitUsage);
        }
        finishLater(ExitOk);
    });
    job->start();
}

} // namespace cd
