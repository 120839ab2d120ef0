#include "model/config/importconfigjob.h"

#include "model/repository/clusterrepository.h"
#include "providers/secrets/secretstore.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cd {

ImportConfigJob::ImportConfigJob(ClusterRepository *repository,
                                 SecretStore *secrets,
                                 QStringList paths,
                                 ElastiClusterImporter::Options options,
                                 QObject *parent)
    : Job(parent)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_paths(std::move(paths))
    , m_options(std::move(options))
{
    connect(&m_parse, &QFutureWatcherBase::finished, this, &ImportConfigJob::parsed);
}

// A parse still running when the job goes away finishes on its own: it owns copies of
// everything it reads, and its result is dropped.
ImportConfigJob::~ImportConfigJob() = default;

void ImportConfigJob::doStart()
{
    if (!m_repository || !m_secrets)
        return failWith(tr("Internal error: the import has no repository or keychain."));
    if (m_paths.isEmpty())
        return failWith(tr("No configuration file given."));
    emit progress(0, 3, tr("Reading %1").arg(m_paths.join(QStringLiteral(", "))));
    ElastiClusterImporter::Options options = m_options;
    for (const CloudAccount &a : m_repository->accounts())
        options.known.clouds << a.name;
    for (const LoginProfile &l : m_repository->logins())
        options.known.logins << l.name;
    for (const SetupProfile &s : m_repository->setups())
        options.known.setups << s.name;
    // Parsing a large file takes a while: keep it off the caller's (GUI) thread.
    m_parse.setFuture(QtConcurrent::run(
        [options, paths = m_paths] { return ElastiClusterImporter(options).importFiles(paths); }));
}

void ImportConfigJob::parsed()
{
    m_result = m_parse.result();
    if (isCancelRequested())
        return finishCancelled();
    emit progress(
        1, 3, tr("Storing %n secret(s) in the keychain", nullptr, int(m_result.secrets.size())));
    m_nextSecret = 0;
    storeNextSecret();
}

void ImportConfigJob::storeNextSecret()
{
    if (isCancelRequested())
        return finishCancelled();
    if (m_nextSecret >= m_result.secrets.size())
        return storeConfig();
    const ImportedSecret &secret = m_result.secrets.at(m_nextSecret);
    m_secrets->write(secret.ref, secret.value)
        .then(this, [this, ref = secret.ref](const SecretStatus &status) {
            if (!status.ok())
                return failWith(tr("The secret %1 could not be stored in the keychain, so "
                                   "nothing was imported. %2")
                                    .arg(ref, SecretStore::describe(status.error())));
            ++m_nextSecret;
            // Never start the next keychain job from inside the previous one's completion.
            QTimer::singleShot(0, this, &ImportConfigJob::storeNextSecret);
        });
}

void ImportConfigJob::storeConfig()
{
    if (!m_repository)
        return failWith(tr("Internal error: the repository went away during the import."));
    emit progress(2, 3, tr("Saving"));
    const ConfigBundle bundle{m_result.accounts, m_result.logins, m_result.setups,
                              m_result.templates};
    if (auto saved = m_repository->saveConfig(bundle); !saved)
        return failWith(saved.error());
    emit progress(3, 3, tr("Imported"));
    succeed();
}

} // namespace cd
