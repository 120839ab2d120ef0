#pragma once

#include "providers/ssh/shellchannel.h"

#include <QFile>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace cd {

class ShellChannel;
class TerminalWidget;

// One terminal tab: a TerminalWidget fed by a ShellChannel to one node, and a bar that says
// when the session is connecting, has ended or has failed, with Reconnect. What the user
// types leaves as userInput() so the tabs can broadcast it; answers to the program's queries
// go straight to this session's channel. Deleting the session closes the remote shell.
class TerminalSession final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSession)

public:
    enum class Status { Connecting, Connected, Ended, Failed };
    Q_ENUM(Status)
    // Makes the channel for each (re)connection; injected so the view never builds SSH
    // itself beyond what it is handed (tests, other transports).
    using ChannelFactory = std::function<ShellChannel *(const SshTarget &, QObject *parent)>;
    static ChannelFactory defaultChannelFactory();

    TerminalSession(QString cluster,
                    QString node,
                    SshTarget target,
                    ChannelFactory factory = defaultChannelFactory(),
                    QWidget *parent = nullptr);
    ~TerminalSession() override;

    QString cluster() const { return m_cluster; }
    QString node() const { return m_node; }
    // The node's kind ("compute", "frontend" ...), for broadcasting to all nodes of a kind.
    QString kind() const { return m_kind; }
    void setKind(const QString &kind) { m_kind = kind; }
    const SshTarget &target() const { return m_target; }
    TerminalWidget *terminal() const { return m_terminal; }
    ShellChannel *channel() const { return m_channel; }
    Status status() const { return m_status; }
    QString title() const { return m_title; }

    // The system ssh command line for this node ("Copy SSH command", "Open in system terminal").
    QStringList systemSshArguments() const { return m_systemSsh; }
    void setSystemSshArguments(const QStringList &argv) { m_systemSsh = argv; }

    // Appends everything the node sends to `path` from now on; false with *error on failure.
    bool startLog(const QString &path, QString *error);
    void stopLog();
    bool isLogging() const { return m_log.isOpen(); }
    QString logPath() const { return m_log.fileName(); }

    bool isBroadcastMember() const { return m_broadcastMember; }
    void setBroadcastMember(bool on);

public slots:
    // Opens a new shell (also after the previous one ended or failed).
    void connectToNode();
    // Bytes for this session's shell (the user's own typing, or broadcast from another tab).
    void sendInput(const QByteArray &data);

signals:
    void userInput(const QByteArray &data);
    void statusChanged(cd::TerminalSession::Status status);
    void titleChanged(const QString &title);
    void bellRang();
    void broadcastMemberChanged(bool on);
    // The node presented another host key than the recorded one (the session was refused).
    void hostKeyChanged(const QString &cluster,
                        const QString &node,
                        const cd::HostKey &expected,
                        const cd::HostKey &presented);

private:
    void setStatus(Status status, const QString &message = {});
    void onData(const QByteArray &data);

    QString m_cluster;
    QString m_node;
    QString m_kind;
    SshTarget m_target;
    ChannelFactory m_factory;
    QStringList m_systemSsh;
    TerminalWidget *m_terminal;
    QWidget *m_bar;
    QLabel *m_message;
    QPushButton *m_reconnect;
    QPointer<ShellChannel> m_channel;
    Status m_status = Status::Ended;
    QString m_title;
    QFile m_log;
    bool m_broadcastMember = false;
};

} // namespace cd
