#pragma once

#include "model/domain/cluster.h"
#include "model/domain/loginprofile.h"
#include "model/domain/setupprofile.h"
#include "providers/core/result.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace cd {

// What `export` puts in a ZIP and `import` takes out: the cluster with its nodes, the
// definitions it refers to (never a secret), its known_hosts, and SSH keys only when asked.
struct ArchiveContents final
{
    Cluster cluster;
    std::optional<CloudAccount> account;
    std::optional<LoginProfile> login;
    std::optional<SetupProfile> setup;
    QByteArray knownHosts;
    QMap<QString, QByteArray> keys; // file name → contents (private and public key)
};

// Reads and writes cluster archives (ZIP, as ElastiCluster's export). Writing goes to a
// temporary file that replaces the target only when complete.
class ClusterArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterArchive)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxEntryBytes = 64 * 1024 * 1024; // refuse zip bombs

    static Result<Done, QString>
    write(const QString &path, const ArchiveContents &contents, bool overwrite);
    static Result<ArchiveContents, QString> read(const QString &path);
};

} // namespace cd
