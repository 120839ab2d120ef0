#pragma once

#include "model/config/importconfigjob.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace cd {

class ClusterRepository;
class SecretStore;

// File → Import ElastiCluster config…: a file dialog (opened, never exec()'d), the import job,
// and a summary of what was imported and what was skipped, with reasons.
class ImportConfigFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportConfigFlow)

public:
    ImportConfigFlow(ClusterRepository *repository, SecretStore *secrets, QWidget *window);
    ~ImportConfigFlow() override;

    // Asks for files, then imports them.
    void chooseFiles();
    // Imports these files (what the dialog calls; tests call it directly).
    void importFiles(const QStringList &files);
    bool isRunning() const { return m_job; }

signals:
    void message(const QString &text);       // for the log
    void busy(const QString &text, bool on); // for the status bar
    void finished(bool ok);

private:
    void showSummary(ImportConfigJob *job, bool ok);

    QPointer<ClusterRepository> m_repository;
    QPointer<SecretStore> m_secrets;
    QWidget *m_window;
    QPointer<ImportConfigJob> m_job;
};

} // namespace cd
