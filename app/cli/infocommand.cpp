#include "app/cli/infocommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

InfoCommand::~InfoCommand() = default;

void InfoCommand::start(const QStringList &arguments)
{
    bool json = false;
    for (const QString &arg : arguments) {
        if (arg == u"--json")
            json = true;
        else
            return failUsage(tr("info: unknown argument '%1'.").arg(arg));
    }
    const DataDir &dir = context().dataDir;
    if (json) {
        const QJsonObject object{
            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("data_dir"), dir.path()},
            {QStringLiteral("database"), dir.databasePath()},
            {QStringLiteral("settings"), dir.settingsPath()},
            {QStringLiteral("known_hosts_dir"), dir.knownHostsDir()},
            {QStringLiteral("runs_dir"), dir.runsDir()},
        };
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        out() << tr("ClusterDeck %1").arg(QCoreApplication::applicationVersion()) << '\n'
              << tr("Data directory:  %1").arg(dir.path()) << '\n'
              << tr("Database:        %1").arg(dir.databasePath()) << '\n'
              << tr("Settings:        %1").arg(dir.settingsPath()) << '\n'
              << tr("Known hosts:     %1").arg(dir.knownHostsDir()) << '\n'
              << tr("Ansible runs:    %1").arg(dir.runsDir()) << '\n';
    }
    finishLater(ExitOk);
}

} // namespace cd
