#include "widgets/jobnotifier.h"

#include "model/lifecycle/clustercontroller.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace cd {

JobNotifier::JobNotifier(ClusterController *controller, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    if (!controller)
        return;
    connect(controller, &ClusterController::jobStarted, this, &JobNotifier::started);
    connect(controller, &ClusterController::jobFinished, this,
            [this](const QString &cluster, const QString &what, Job::Outcome outcome,
                   const QString &error) { finished(cluster, what, int(outcome), error); });
}

JobNotifier::~JobNotifier() = default;

void JobNotifier::started(const QString &cluster, const QString &)
{
    m_running[cluster].start();
}

void JobNotifier::finished(const QString &cluster,
                           const QString &what,
                           int outcome,
                           const QString &error)
{
    const QElapsedTimer since = m_running.take(cluster);
    if (!m_window || m_window->isActiveWindow() || !since.isValid()
        || since.elapsed() < m_thresholdMs)
        return;
    const bool failed = outcome == int(Job::Outcome::Failed);
    const QString title = failed ? tr("%1 of %2 failed").arg(what, cluster)
                                 : tr("%1 of %2 finished").arg(what, cluster);
    const QString text = failed                                    ? error
                         : outcome == int(Job::Outcome::Cancelled) ? tr("It was cancelled.")
                                                                   : tr("It succeeded.");
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(title, text,
                            failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    QApplication::alert(m_window);
    emit notified(title, text, failed);
}

} // namespace cd
