#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QWidget;

namespace cd {

class ClusterController;
class ClusterRepository;
class Job;

// The cluster verbs of the desktop — Create…, Start, Setup, Resize…, Pause, Resume, Refresh,
// Destroy…, Cancel, and Accounts… — as QActions that
// menus, toolbar and context menus share. Dialogs are opened, never exec()'d; work runs as
// controller jobs, whose progress is reported for the status bar.
class ClusterActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterActions)

public:
    ClusterActions(ClusterRepository *repository, ClusterController *controller, QWidget *window);
    ~ClusterActions() override;

    QAction *create() const { return m_create; }
    QAction *accounts() const { return m_accounts; }
    QAction *start() const { return m_start; }
    QAction *destroy() const { return m_destroy; }
    QAction *cancel() const { return m_cancel; }
    QAction *setup() const { return m_setup; }
    QAction *resize() const { return m_resize; }
    QAction *pause() const { return m_pause; }
    QAction *resume() const { return m_resume; }
    QAction *refresh() const { return m_refresh; }

    // Every `seconds`, one RefreshStatusJob per idle cluster that runs (0: never).
    void setRefreshInterval(int seconds);
    int refreshInterval() const;

    void setCurrentCluster(const QString &name);
    // Tells (through message()) about clusters an earlier run left half-way.
    void reportInterrupted();
    QString currentCluster() const { return m_current; }

signals:
    void message(const QString &text);
    void busy(const QString &text, bool on);
    // The running job's progress (total 0: unknown), for the status bar.
    void progress(int done, int total);
    void clusterCreated(const QString &name);

private:
    void openCreateWizard();
    void openAccountsDialog();
    void openDestroyDialog();
    void startCluster(const QString &name);
    void destroyCluster(const QString &name);
    void watch(Job *job, const QString &what, const QString &cluster);
    void updateEnabled();
    void offerToFinish(const QString &cluster, const QString &advice);
    // The lifecycle verbs (clusteractionsverbs.cpp).
    void createLifecycleActions();
    void updateLifecycleEnabled(bool available);
    void runSetup(const QString &name);
    void openResizeDialog();
    void confirmPause();
    void runController(Job *job, const QString &error, const QString &what, const QString &cluster);
    void refreshAll();

    QPointer<ClusterRepository> m_repository;
    QPointer<ClusterController> m_controller;
    QWidget *m_window;
    QString m_current;
    QPointer<Job> m_running;
    QAction *m_create = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_start = nullptr;
    QAction *m_destroy = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_setup = nullptr;
    QAction *m_resize = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_refresh = nullptr;
    QTimer m_autoRefresh;
};

} // namespace cd
