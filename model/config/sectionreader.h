#pragma once

#include "model/config/inireader.h"

#include <QCoreApplication>

namespace cd {

// Turns expanded [cloud/NAME], [login/NAME] and [setup/NAME] sections into domain values.
// Each read function returns false, after reporting an error, when the section was skipped.
class SectionReader final
{
    Q_DECLARE_TR_FUNCTIONS(ElastiClusterImporter)

public:
    // Keys whose values are credentials: moved to ImportResult::secrets, never quoted.
    static bool isSecretKey(const QString &key);
    // Keys whose values are paths: a leading `~` is expanded.
    static bool isPathKey(const QString &key);

    static bool readCloud(const IniSection &section, const QString &name, ImportResult &result);
    static bool readLogin(const IniSection &section, const QString &name, ImportResult &result);
    static bool readSetup(const IniSection &section, const QString &name, ImportResult &result);

    // The new name of an Ansible group ElastiCluster renamed (slurm_workers → slurm_worker…),
    // or an empty string.
    static QString renamedGroup(const QString &group);

    // Warns about values still holding an example's "****REPLACE WITH …****" text.
    static void
    warnIfPlaceholder(const IniEntry &entry, const QString &section, QList<ImportIssue> &issues);
};

} // namespace cd
