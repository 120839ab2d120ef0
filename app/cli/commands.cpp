#include "app/cli/clicommand.h"
#include "app/cli/infocommand.h"

#include <QCoreApplication>

namespace cd {

namespace {

template<typename T>
CliCommand *make(const CliContext &context, QObject *parent)
{
    return new T(context, parent);
}

} // namespace

QList<CliCommandInfo> cliCommands()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("cd::Cli", text); };
    return {
        {QStringLiteral("info"), tr("show the version and where data is kept [--json]"),
         &make<InfoCommand>},
    };
}

} // namespace cd
