#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QSplitter;
class QSettings;
class QStackedWidget;

namespace cd {

class LogView;

// The main window: lays out the cluster list, the node area and the log dock, and owns the
// actions. Thin on purpose: behaviour lives in model jobs and in the panes it hosts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` outlives the window (owned by the composition root); `dataDir` is shown to
    // the user so they know where their clusters are remembered.
    MainWindow(QSettings *settings, const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    LogView *logView() const { return m_logView; }
    QAction *createClusterAction() const { return m_createCluster; }
    QAction *importConfigAction() const { return m_importConfig; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    void restoreWindowState();
    void saveWindowState();
    void showAbout();

    QSettings *m_settings;
    QString m_dataDir;
    LogView *m_logView = nullptr;
    QStackedWidget *m_clusterStack = nullptr;
    QStackedWidget *m_nodeStack = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_viewMenu = nullptr;

    QAction *m_createCluster = nullptr;
    QAction *m_importConfig = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace cd
