#include "model/core/installpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cd::InstallPaths {

QString playbooksDir()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const char *candidate : {"../share/clusterdeck/ansible", "ansible"}) {
        const QString path = bin.filePath(QString::fromLatin1(candidate));
        if (QFileInfo(path).isDir())
            return QDir::cleanPath(path);
    }
    return QDir::cleanPath(bin.filePath(QStringLiteral("../share/clusterdeck/ansible")));
}

} // namespace cd::InstallPaths
