#pragma once

#include "model/config/importresult.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

namespace cd {

// Turns ElastiCluster configuration files (REFERENCE §1.2) into ClusterDeck's domain values:
// [cloud/NAME] → CloudAccount (credentials split off into `secrets`), [login/NAME] →
// LoginProfile, [setup/NAME] → SetupProfile, [cluster/NAME] plus [cluster/NAME/KIND] →
// ClusterTemplate. Pure: text in, values and issues out; it touches no keychain, database or
// network, and the same input always gives the same result.
//
// Like ElastiCluster it drops a broken section and keeps the rest, but it says why, by file and
// line. A template whose cloud, login or setup is missing (or whose kinds lack Ansible groups)
// is kept, with `notStartableReason` saying what to add.
class ElastiClusterImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ElastiClusterImporter)

public:
    struct Options
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // for $VAR
        QString playbooksDir;               // %(elasticluster_playbooks)s, ${ansible_pb_dir}
        QString homeDir = QDir::homePath(); // for a leading ~
        KnownNames known;                   // already stored; references to these resolve
    };

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    explicit ElastiClusterImporter(Options options);

    // Reads each FILE, then FILE.d/*.conf in name order (like ElastiCluster, which reads
    // FILE.d/*.conf even when FILE itself does not exist). All files form one configuration:
    // a section may be continued or referenced from another file.
    ImportResult importFiles(const QStringList &paths) const;

    // One file's content, as if read from `fileName` (which is only used in messages).
    ImportResult importText(const QString &fileName, const QByteArray &content) const;

private:
    struct Source
    {
        QString file;
        QByteArray content;
    };
    ImportResult importSources(const QList<Source> &sources, QList<ImportIssue> issues) const;

    Options m_options;
};

} // namespace cd
