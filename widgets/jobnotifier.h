#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace cd {

class ClusterController;

// Tells the user when a long job (start, setup, resize, destroy …) ends while they look at
// something else: a desktop notification through the tray icon where there is a tray, else
// the window's taskbar entry asks for attention. Jobs shorter than the threshold and jobs that
// end while the window is active stay quiet (the status bar and log say it already).
class JobNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    JobNotifier(ClusterController *controller, QWidget *window);
    ~JobNotifier() override;

    void setThresholdMs(qint64 ms) { m_thresholdMs = ms; }

signals:
    // Emitted for every notification given (also where only the taskbar can show it).
    void notified(const QString &title, const QString &text, bool failed);

private:
    void started(const QString &cluster, const QString &what);
    void finished(const QString &cluster, const QString &what, int outcome, const QString &error);

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QElapsedTimer> m_running; // cluster → since when
    qint64 m_thresholdMs = 10000;
};

} // namespace cd
