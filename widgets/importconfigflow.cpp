#include "widgets/importconfigflow.h"

#include "model/config/importconfigjob.h"
#include "model/core/installpaths.h"
#include "model/repository/clusterrepository.h"
#include "providers/secrets/secretstore.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace cd {

ImportConfigFlow::ImportConfigFlow(ClusterRepository *repository,
                                   SecretStore *secrets,
                                   QWidget *window)
    : QObject(window)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_window(window)
{}

ImportConfigFlow::~ImportConfigFlow() = default;

void ImportConfigFlow::chooseFiles()
{
    auto *dialog = new QFileDialog(m_window, tr("Import ElastiCluster configuration"),
                                   QDir::homePath() + QStringLiteral("/.elasticluster"),
                                   tr("ElastiCluster configuration (config *.conf *.ini);;"
                                      "All files (*)"));
    dialog->setObjectName(QStringLiteral("importConfigDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &ImportConfigFlow::importFiles);
    dialog->open();
}

void ImportConfigFlow::importFiles(const QStringList &files)
{
    if (m_job || files.isEmpty())
        return;
    ElastiClusterImporter::Options options;
    options.playbooksDir = InstallPaths::playbooksDir();
    m_job = new ImportConfigJob(m_repository, m_secrets, files, options, this);
    connect(m_job, &Job::progress, this,
            [this](int, int, const QString &text) { emit busy(text, true); });
    connect(m_job, &Job::finished, this, [this, job = m_job.data()](Job::Outcome outcome) {
        const bool ok = outcome == Job::Outcome::Succeeded;
        emit busy(QString(), false);
        showSummary(job, ok);
        job->deleteLater();
        emit finished(ok);
    });
    emit message(tr("Importing %1").arg(files.join(QStringLiteral(", "))));
    m_job->start();
}

void ImportConfigFlow::showSummary(ImportConfigJob *job, bool ok)
{
    const ImportResult &result = job->result();
    QStringList issues;
    int errors = 0;
    for (const ImportIssue &issue : result.issues) {
        issues << issue.toString();
        errors += issue.severity == ImportIssue::Severity::Error;
    }
    int incomplete = 0;
    for (const ClusterTemplate &t : result.templates)
        incomplete += !t.startable();

    QString text;
    if (ok) {
        text = tr("Imported %1 cloud(s), %2 login(s), %3 setup(s) and %4 cluster template(s).")
                   .arg(result.accounts.size())
                   .arg(result.logins.size())
                   .arg(result.setups.size())
                   .arg(result.templates.size());
        if (incomplete > 0)
            text += u'\n'
                    + tr("%n template(s) cannot be started yet; the details say why.", nullptr,
                         incomplete);
        if (errors > 0)
            text += u'\n' + tr("%n problem(s) made sections be skipped.", nullptr, errors);
    } else {
        text = tr("Nothing was imported.\n%1").arg(job->errorString());
    }
    emit message(text);
    for (const QString &issue : issues)
        emit message(issue);

    auto *box = new QMessageBox(ok && errors == 0 ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Import ElastiCluster configuration"), text, QMessageBox::Close,
                                m_window);
    box->setObjectName(QStringLiteral("importSummary"));
    if (!issues.isEmpty())
        box->setDetailedText(issues.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cd
