#include "app/cli/clicommand.h"
#include "app/cli/infocommand.h"

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
        {QStringLiteral("info"), Cli::tr("show the version and where data is kept [--json]"),
         &make<InfoCommand>},
    };
}

} // namespace cd
