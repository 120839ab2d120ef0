// clusterdeck-cli: the command-line face of ClusterDeck, on the same libraries as the GUI.
#include "app/appsetup.h"
#include "app/cli/clicommand.h"
#include "app/globaloptions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace cd;

namespace {

QString usage()
{
    QString text = QCoreApplication::translate(
        "Cli", "Usage: clusterdeck-cli [GLOBAL OPTIONS] COMMAND [ARGS]\n\nCommands:\n");
    for (const CliCommandInfo &info : cliCommands())
        text += QStringLiteral("  %1%2\n").arg(info.name.leftJustified(16), info.summary);
    text += QCoreApplication::translate("Cli", "\nGlobal options (before or after COMMAND):\n");
    text += GlobalOptions::usageLines(DataDir::defaultPath());
    text += QCoreApplication::translate(
        "Cli", "\nExit status: 0 success, 1 the operation failed, 2 usage or input error.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setUpApplication(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const GlobalOptions options = GlobalOptions::parse(app.arguments().mid(1));
    if (!options.error.isEmpty()) {
        err << options.error << '\n' << usage();
        return ExitUsage;
    }
    if (options.version) {
        out << QStringLiteral("clusterdeck-cli %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    if (options.help) {
        out << usage();
        return ExitOk;
    }
    if (options.rest.isEmpty()) {
        err << QCoreApplication::translate("Cli", "No command given.\n") << usage();
        return ExitUsage;
    }
    applyVerbosity(options.verbosity);

    const QString name = options.rest.first();
    const QList<CliCommandInfo> commands = cliCommands();
    const auto it = std::find_if(commands.cbegin(), commands.cend(),
                                 [&](const CliCommandInfo &info) { return info.name == name; });
    if (it == commands.cend()) {
        err << QCoreApplication::translate("Cli", "Unknown command '%1'.\n").arg(name) << usage();
        return ExitUsage;
    }

    auto dataDir = DataDir::open(options.dataDir);
    if (!dataDir) {
        err << dataDir.error() << '\n';
        return ExitFailed;
    }

    const CliContext context{dataDir.value(), options.verbosity, &out, &err};
    CliCommand *command = it->create(context, &app);
    command->setObjectName(name);
    int exitCode = ExitFailed;
    QObject::connect(command, &CliCommand::finished, &app, [&](int code) {
        exitCode = code;
        out.flush();
        err.flush();
        QCoreApplication::exit(code);
    });
    command->start(options.rest.mid(1));
    app.exec();
    return exitCode;
}
