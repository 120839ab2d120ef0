#pragma once

#include "model/config/elasticlusterimporter.h"
#include "model/core/job.h"

#include <QFutureWatcher>
#include <QPointer>

namespace cd {

class ClusterRepository;
class SecretStore;

// Imports ElastiCluster config files: parses them off the calling thread, puts every
// credential into the keychain, then stores accounts, logins, setups and templates in one
// transaction. If the keychain refuses a secret, nothing is stored (and the user is told why).
// Importing the same files again updates what is there; it never duplicates.
class ImportConfigJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportConfigJob)

public:
    ImportConfigJob(ClusterRepository *repository,
                    SecretStore *secrets,
                    QStringList paths,
                    ElastiClusterImporter::Options options,
                    QObject *parent = nullptr);
    ~ImportConfigJob() override;

    // What was read, including every issue found; valid once finished.
    const ImportResult &result() const { return m_result; }

protected:
    void doStart() override;

private:
    void parsed();
    void storeNextSecret();
    void storeConfig();

    QPointer<ClusterRepository> m_repository;
    QPointer<SecretStore> m_secrets;
    QStringList m_paths;
    ElastiClusterImporter::Options m_options;
    ImportResult m_result;
    QFutureWatcher<ImportResult> m_parse;
    qsizetype m_nextSecret = 0;
};

} // namespace cd
