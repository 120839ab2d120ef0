#include "model/core/datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cd {

QString DataDir::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<DataDir, QString> DataDir::open(const QString &requested)
{
    const QString raw = requested.isEmpty() ? defaultPath() : requested;
    if (raw.isEmpty())
        return QCoreApplication::translate("cd::DataDir", "No data directory could be determined; "
                                                          "pass --data-dir DIR.");
    const QString path = QDir::cleanPath(QFileInfo(raw).absoluteFilePath());
    QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return QCoreApplication::translate("cd::DataDir",
                                           "The data directory %1 exists but is not a directory.")
            .arg(path);
    if (!QDir().mkpath(path))
        return QCoreApplication::translate("cd::DataDir",
                                           "The data directory %1 could not be created.")
            .arg(path);
    info.refresh();
    if (!info.isWritable())
        return QCoreApplication::translate("cd::DataDir", "The data directory %1 is not writable.")
            .arg(path);
    return DataDir(path);
}

QString DataDir::databasePath() const
{
    return m_path + QStringLiteral("/clusterdeck.sqlite");
}

QString DataDir::settingsPath() const
{
    return m_path + QStringLiteral("/settings.ini");
}

QString DataDir::knownHostsDir() const
{
    return m_path + QStringLiteral("/known_hosts");
}

QString DataDir::knownHostsFile(const QString &cluster) const
{
    return knownHostsDir() + u'/' + cluster + QStringLiteral(".known_hosts");
}

QString DataDir::keysDir() const
{
    return m_path + QStringLiteral("/keys");
}

QString DataDir::runsDir() const
{
    return m_path + QStringLiteral("/runs");
}

} // namespace cd
