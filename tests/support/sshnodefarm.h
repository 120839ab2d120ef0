#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <vector>

class QProcess;

namespace cd::test {

// Process helpers the fixtures share (by PID, from /proc; candidates for testenv.h).
// Processes below `pid`, breadth first: children of a killed parent are reparented and could
// no longer be found, so collect them before stopping the parent.
QList<qint64> descendantProcesses(qint64 pid);
// True once `pid` no longer exists or is a zombie (it runs nothing, only awaits its reaper).
bool processGone(qint64 pid);
// SIGTERM, then SIGKILL after `grace`; true when the process is gone.
bool terminateProcess(qint64 pid, std::chrono::milliseconds grace = std::chrono::seconds(3));

// N "cluster nodes" as real OpenSSH servers, node i on 127.0.0.(2+i), each with its own ed25519
// host key, all accepting one client ed25519 key for the current user. Keys, configs,
// known_hosts and each node's HOME live in a private temporary directory; every sshd (and any
// session it forked) is stopped by PID. Blocking helpers with bounds: test code only.
class SshNodeFarm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshNodeFarm)

public:
    explicit SshNodeFarm(QObject *parent = nullptr);
    ~SshNodeFarm() override;

    static QString sshdPath();
    static QString sshPath();
    static QString sshKeygenPath();

    bool start(int nodeCount, std::chrono::milliseconds timeout = std::chrono::seconds(30));
    void stop();
    QString errorString() const { return m_errorString; }

    int nodeCount() const { return int(m_nodes.size()); }
    QString address(int i) const;
    quint16 port(int i) const;
    // "[127.0.0.N]:PORT ssh-ed25519 AAAA..." as in a known_hosts file.
    QString hostKeyLine(int i) const;
    // A file with the hostKeyLine() of every node.
    QString knownHostsFile() const;
    QString clientKeyPath() const;
    QString clientPublicKey() const { return m_clientPublicKey; }
    QString user() const;
    QString directory() const { return m_dir.path(); }
    // HOME of the sessions on node i (sshd's SetEnv), so nothing lands in the real home.
    QString nodeHome(int i) const;

    bool stopNode(int i);
    bool startNode(int i, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Gives node i a new host key, as a reinstalled (or impersonated) machine would present;
    // its sshd restarts on the same port if it was running. hostKeyLine() and
    // knownHostsFile() follow the new key.
    bool replaceHostKey(int i, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    bool isRunning(int i) const;
    qint64 processId(int i) const;
    QString sshdLog(int i) const;

    // argv (program first) for the system ssh client to run `remoteCommand` on node i, with
    // the farm's key and known_hosts, strict host key checking and no user configuration.
    QStringList sshCommand(int i, const QStringList &remoteCommand) const;

private:
    struct Node
    {
        QString dir;
        quint16 port = 0;
        QString hostPublicKey; // "ssh-ed25519 AAAA..."
        std::unique_ptr<QProcess> process;
        QByteArray log;
    };

    bool generateKey(const QString &path);
    bool writeConfig(int i);
    bool launch(int i, std::chrono::milliseconds timeout);
    bool waitUntilListening(int i, std::chrono::milliseconds timeout);
    void terminate(Node &node);
    bool writeKnownHosts();

    QTemporaryDir m_dir;
    std::vector<Node> m_nodes;
    QString m_clientPublicKey;
    QString m_errorString;
};

} // namespace cd::test
