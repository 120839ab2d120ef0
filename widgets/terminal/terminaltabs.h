#pragma once

#include "providers/ssh/sshtypes.h"

#include <QWidget>

#include <functional>

#include "widgets/terminal/systemterminal.h"

class QAction;
class QLabel;
class QTabWidget;

namespace cd {

class ShellChannel;
class SftpPane;
class TerminalSession;

// The terminals of the window: a tab per session, titled by node (and the title the remote
// program sets), coloured by cluster. Per tab: Reconnect, Copy SSH command, Open in system
// terminal, Log to file, Close. Broadcast: while on, what is typed into a marked tab goes to
// every marked tab; a red bar and a mark on each tab say so.
class TerminalTabs final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalTabs)

public:
    explicit TerminalTabs(QWidget *parent = nullptr);
    ~TerminalTabs() override;

    // A new tab with a shell on `node`, connecting at once. `systemSsh`: the system ssh argv
    // for the same node (for the copy and system terminal actions).
    TerminalSession *openSession(const QString &cluster,
                                 const QString &node,
                                 const SshTarget &target,
                                 const QStringList &systemSsh,
                                 const QString &kind = {});
    int count() const;
    TerminalSession *session(int index) const;
    TerminalSession *currentSession() const;
    QList<TerminalSession *> sessions() const;

    // The terminal emulator for "Open in system terminal" (empty: the first one found), and
    // how it is started (tests).
    void setSystemTerminal(const QString &emulator) { m_emulator = emulator; }
    void setStarter(SystemTerminal::Starter starter) { m_starter = std::move(starter); }
    // How sessions make their channels (default: a ShellChannel over libssh).
    void setChannelFactory(std::function<ShellChannel *(const SshTarget &, QObject *)> factory)
    {
        m_channelFactory = std::move(factory);
    }

    // Lines of history each terminal keeps (default 10,000).
    void setScrollbackLimit(int lines);
    int scrollbackLimit() const { return m_scrollback; }

    bool isBroadcasting() const;
    void setBroadcasting(bool on);

    QAction *reconnectAction() const { return m_reconnect; }
    QAction *copySshCommandAction() const { return m_copySsh; }
    QAction *openSystemTerminalAction() const { return m_systemTerminal; }
    QAction *broadcastAction() const { return m_broadcast; }
    QAction *includeInBroadcastAction() const { return m_include; }
    // Marks every tab of the current tab's cluster and node kind for broadcast.
    QAction *includeKindAction() const { return m_includeKind; }
    QAction *logAction() const { return m_logToFile; }
    QAction *closeAction() const { return m_close; }
    QAction *filesAction() const { return m_files; }

    // A window with the files of `node` over SFTP (browse, upload, download, drop to upload).
    SftpPane *openFiles(const QString &node, const SshTarget &target);

    // Copies an ssh command line, quoted for a shell, to the clipboard.
    void copySshCommand(const QString &node, const QStringList &systemSsh);
    // Runs the system ssh in the user's terminal emulator.
    bool openInSystemTerminal(const QString &node, const QStringList &systemSsh);
    bool startLog(TerminalSession *session, const QString &path);

signals:
    void message(const QString &text);
    void countChanged(int count);
    // A session was refused because the node's host key changed (see TerminalSession).
    void hostKeyChanged(const QString &cluster,
                        const QString &node,
                        const cd::HostKey &expected,
                        const cd::HostKey &presented);

private:
    void route(TerminalSession *from, const QByteArray &data);
    void closeTab(int index);
    void decorate(TerminalSession *session);
    void updateActions();
    void updateBanner();
    void chooseLogFile(TerminalSession *session);
    void showTabMenu(const QPoint &pos);

    QTabWidget *m_tabs;
    QLabel *m_banner;
    QString m_emulator;
    SystemTerminal::Starter m_starter;
    int m_scrollback = 10000;
    std::function<ShellChannel *(const SshTarget &, QObject *)> m_channelFactory;
    QAction *m_reconnect;
    QAction *m_copySsh;
    QAction *m_systemTerminal;
    QAction *m_broadcast;
    QAction *m_include;
    QAction *m_includeKind;
    QAction *m_logToFile;
    QAction *m_close;
    QAction *m_files;
};

} // namespace cd
