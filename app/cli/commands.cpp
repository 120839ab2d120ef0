#include "app/cli/accountcommand.h"
#include "app/cli/archivecommands.h"
#include "app/cli/clicommand.h"
#include "app/cli/clustercommands.h"
#include "app/cli/importconfigcommand.h"
#include "app/cli/infocommand.h"
#include "app/cli/lifecyclecommands.h"
#include "app/cli/pausecommands.h"
#include "app/cli/resizecommand.h"
#include "app/cli/scanorphanscommand.h"
#include "app/cli/setupcommand.h"
#include "app/cli/sshcommand.h"
#include "app/cli/templatecommands.h"

#include <QCoreApplication>

namespace cd {

namespace {

struct Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

template<typename T>
CliCommand *make(const CliContext &context, QObject *parent)
{
    return new T(context, parent);
}

} // namespace

QList<CliCommandInfo> cliCommands()
{
    return {
        {QStringLiteral("account"),
         Cli::tr("add|list|remove|test cloud accounts and pools of existing machines"),
         &make<AccountCommand>},
        {QStringLiteral("import-config"),
         Cli::tr("import ElastiCluster config files (clouds, logins, setups, templates)"),
         &make<ImportConfigCommand>},
        {QStringLiteral("start"),
         Cli::tr("create and start a cluster from TEMPLATE [--name N] [--nodes N:KIND,...]"),
         &make<StartCommand>},
        {QStringLiteral("stop"), Cli::tr("terminate CLUSTER's nodes and forget it [--yes]"),
         &make<StopCommand>},
        {QStringLiteral("destroy"), Cli::tr("the same as stop"), &make<StopCommand>},
        {QStringLiteral("resize"),
         Cli::tr("add or remove nodes of CLUSTER [--add N:KIND]... [--remove N:KIND]... "
                 "[--remove-node NAME]... [--yes]"),
         &make<ResizeCommand>},
        {QStringLiteral("setup"),
         Cli::tr("configure CLUSTER's reachable nodes (Ansible) [-- ANSIBLE-ARGS...]"),
         &make<SetupCommand>},
        {QStringLiteral("pause"), Cli::tr("stop CLUSTER's instances without terminating [--yes]"),
         &make<PauseCommand>},
        {QStringLiteral("resume"), Cli::tr("start a paused CLUSTER's instances again"),
         &make<ResumeCommand>},
        {QStringLiteral("list"), Cli::tr("list clusters [--json]"), &make<ListCommand>},
        {QStringLiteral("list-nodes"), Cli::tr("list the nodes of CLUSTER [--json] [--update]"),
         &make<ListNodesCommand>},
        {QStringLiteral("list-templates"), Cli::tr("list cluster templates [--json] [GLOB...]"),
         &make<ListTemplatesCommand>},
        {QStringLiteral("export"),
         Cli::tr("write CLUSTER to a ZIP: -o FILE.zip [--overwrite] [--save-keys]"),
         &make<ExportCommand>},
        {QStringLiteral("import"), Cli::tr("add a cluster from an exported ZIP [--rename NAME]"),
         &make<ImportCommand>},
        {QStringLiteral("remove"),
         Cli::tr("forget CLUSTER locally (refused while instances may run) [--force]"),
         &make<RemoveCommand>},
        {QStringLiteral("scan-orphans"),
         Cli::tr("find instances no cluster knows [--account NAME] [--adopt|--terminate] "
                 "[--json]"),
         &make<ScanOrphansCommand>},
        {QStringLiteral("ssh"),
         Cli::tr("log in to a node of CLUSTER [--node NAME] [--dry-run] [-- CMD...]"),
         &make<SshCommand>},
        {QStringLiteral("info"), Cli::tr("show the version and where data is kept [--json]"),
         &make<InfoCommand>},
    };
}

} // namespace cd
