#include "tests/support/sshnodefarm.h"

#include "tests/support/testenv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

constexpr int kStartAttempts = 3;

void waitEvents(int ms, QProcess *process)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (process)
        QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// Parent pid and state from /proc/PID/stat ("pid (comm) state ppid ..."; comm may hold spaces).
bool readStat(qint64 pid, char *state, qint64 *parent)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 2 || fields[0].isEmpty())
        return false;
    *state = fields[0].at(0);
    *parent = fields[1].toLongLong();
    return true;
}

} // namespace

QList<qint64> descendantProcesses(qint64 root)
{
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        char state = 0;
        qint64 parent = 0;
        if (isPid && readStat(pid, &state, &parent))
            children.insert(parent, pid);
    }
    QList<qint64> result;
    QList<qint64> pending{root};
    while (!pending.isEmpty()) {
        const QList<qint64> next = children.values(pending.takeFirst());
        result += next;
        pending += next;
    }
    return result;
}

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return errno == ESRCH;
    char state = 0;
    qint64 parent = 0;
    return readStat(pid, &state, &parent) && state == 'Z'; // dead, waiting for its reaper
}

bool terminateProcess(qint64 pid, std::chrono::milliseconds grace)
{
    for (const int signal : {SIGTERM, SIGKILL}) {
        if (processGone(pid))
            return true;
        ::kill(pid_t(pid), signal);
        const QDeadlineTimer deadline(grace);
        while (!processGone(pid) && !deadline.hasExpired())
            waitEvents(20, nullptr);
    }
    return processGone(pid);
}

namespace {

bool runTool(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        *error = program + u" failed: "_s + process.errorString() + u"; "_s
                 + QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

QString readPublicKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // "type base64 comment": keep type and key only.
    const QStringList parts = QString::fromLatin1(file.readAll()).simplified().split(u' ');
    return parts.size() >= 2 ? parts[0] + u' ' + parts[1] : QString();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(content);
    return file.commit();
}

} // namespace

SshNodeFarm::SshNodeFarm(QObject *parent)
    : QObject(parent)
{}

SshNodeFarm::~SshNodeFarm()
{
    stop();
}

QString SshNodeFarm::sshdPath()
{
    return cd::test::findExecutable(u"sshd"_s, {u"/usr/sbin/sshd"_s});
}

QString SshNodeFarm::sshPath()
{
    return cd::test::findExecutable(u"ssh"_s, {u"/usr/bin/ssh"_s});
}

QString SshNodeFarm::sshKeygenPath()
{
    return cd::test::findExecutable(u"ssh-keygen"_s, {u"/usr/bin/ssh-keygen"_s});
}

bool SshNodeFarm::start(int nodeCount, std::chrono::milliseconds timeout)
{
    stop();
    m_nodes.clear();
    m_errorString.clear();
    if (nodeCount < 1 || nodeCount > 250) {
        m_errorString = u"node count must be 1..250"_s;
        return false;
    }
    if (!m_dir.isValid() || m_dir.path().contains(u' ')) {
        m_errorString = u"no usable temporary directory (sshd_config paths cannot hold spaces)"_s;
        return false;
    }
    if (sshdPath().isEmpty() || sshKeygenPath().isEmpty()) {
        m_errorString = u"sshd or ssh-keygen not found (package openssh-server)"_s;
        return false;
    }
    // sshd's privilege separation directory.
    if (!QDir().mkpath(u"/run/sshd"_s)) {
        m_errorString = u"cannot create /run/sshd"_s;
        return false;
    }
    if (!generateKey(clientKeyPath()))
        return false;
    m_clientPublicKey = readPublicKey(clientKeyPath() + u".pub");
    if (!writeFile(m_dir.filePath(u"authorized_keys"_s), m_clientPublicKey.toLatin1() + '\n')) {
        m_errorString = u"cannot write authorized_keys"_s;
        return false;
    }

    m_nodes.resize(size_t(nodeCount));
    for (int i = 0; i < nodeCount; ++i) {
        Node &node = m_nodes[size_t(i)];
        node.dir = m_dir.filePath(u"node%1"_s.arg(i));
        if (!QDir().mkpath(node.dir + u"/home"_s)) {
            m_errorString = u"cannot create "_s + node.dir;
            return false;
        }
        const QString hostKey = node.dir + u"/host_ed25519"_s;
        if (!generateKey(hostKey))
            return false;
        node.hostPublicKey = readPublicKey(hostKey + u".pub");
    }

    const QDeadlineTimer deadline(timeout);
    for (int i = 0; i < nodeCount; ++i) {
        Node &node = m_nodes[size_t(i)];
        bool started = false;
        // A port found free may be taken before sshd binds it (tests run in parallel): retry.
        for (int attempt = 0; attempt < kStartAttempts && !started; ++attempt) {
            node.port = freePort(address(i));
            if (node.port == 0) {
                m_errorString = u"no free port on "_s + address(i);
                break;
            }
            if (!writeConfig(i))
                break;
            started = launch(i, std::chrono::milliseconds(deadline.remainingTime()));
            if (!started && node.process && node.process->state() != QProcess::NotRunning)
                break; // running but not listening: another port will not help
            if (!started)
                terminate(node);
        }
        if (!started) {
            stop();
            return false;
        }
    }
    return writeKnownHosts();
}

void SshNodeFarm::stop()
{
    for (Node &node : m_nodes)
        terminate(node);
}

bool SshNodeFarm::generateKey(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u".pub");
    return runTool(sshKeygenPath(),
                   {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                    u"clusterdeck-test"_s, u"-f"_s, path},
                   &m_errorString);
}

bool SshNodeFarm::writeConfig(int i)
{
    const Node &node = m_nodes[size_t(i)];
    const QString config = u"Port %1\n"
                           "ListenAddress %2\n"
                           "HostKey %3/host_ed25519\n"
                           "AuthorizedKeysFile %4\n"
                           "PermitRootLogin prohibit-password\n"
                           "PubkeyAuthentication yes\n"
                           "PasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\n"
                           "UsePAM no\n"
                           "StrictModes no\n"
                           "PidFile none\n"
                           "PrintMotd no\n"
                           "MaxStartups 100:30:200\n"
                           "Subsystem sftp /usr/lib/openssh/sftp-server\n"
                           "SetEnv HISTFILE=/dev/null HOME=%5\n"_s.arg(
                               QString::number(node.port), address(i), node.dir,
                               m_dir.filePath(u"authorized_keys"_s), nodeHome(i));
    if (!writeFile(node.dir + u"/sshd_config"_s, config.toUtf8())) {
        m_errorString = u"cannot write sshd_config for node %1"_s.arg(i);
        return false;
    }
    return true;
}

bool SshNodeFarm::launch(int i, std::chrono::milliseconds timeout)
{
    Node &node = m_nodes[size_t(i)];
    node.log.clear();
    node.process = std::make_unique<QProcess>();
    QProcess *process = node.process.get();
    process->setProgram(sshdPath());
    process->setArguments({u"-D"_s, u"-e"_s, u"-f"_s, node.dir + u"/sshd_config"_s});
    process->setWorkingDirectory(node.dir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this, i, process] { m_nodes[size_t(i)].log += process->readAllStandardOutput(); });
    process->start();
    if (!process->waitForStarted(10000)) {
        m_errorString = u"cannot start sshd: "_s + process->errorString();
        return false;
    }
    return waitUntilListening(i, timeout);
}

bool SshNodeFarm::waitUntilListening(int i, std::chrono::milliseconds timeout)
{
    Node &node = m_nodes[size_t(i)];
    QProcess *process = node.process.get();
    // Our sshd says it bound; only then is an SSH banner on the port ours, not a neighbour's.
    const QByteArray bound = "Server listening on " + address(i).toLatin1() + " port "
                             + QByteArray::number(node.port) + '.';
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (process->state() == QProcess::NotRunning) {
            node.log += process->readAllStandardOutput();
            m_errorString = u"sshd of node %1 exited: %2"_s.arg(i).arg(
                QString::fromLocal8Bit(node.log).trimmed());
            return false;
        }
        if (node.log.contains(bound)) {
            QTcpSocket socket;
            socket.connectToHost(address(i), node.port);
            if (socket.waitForConnected(1000)) {
                QByteArray banner;
                while (!banner.contains('\n') && socket.waitForReadyRead(2000))
                    banner += socket.readAll();
                if (banner.startsWith("SSH-2.0-"))
                    return true;
            }
        }
        waitEvents(20, process);
    }
    m_errorString = u"sshd of node %1 did not answer on %2:%3; log: %4"_s.arg(i)
                        .arg(address(i))
                        .arg(node.port)
                        .arg(QString::fromLocal8Bit(node.log).trimmed());
    return false;
}

void SshNodeFarm::terminate(Node &node)
{
    if (!node.process)
        return;
    QProcess &process = *node.process;
    if (process.state() != QProcess::NotRunning) {
        const QList<qint64> sessions = descendantProcesses(process.processId());
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        for (const qint64 pid : sessions)
            terminateProcess(pid);
    }
    node.log += process.readAllStandardOutput();
    process.disconnect(this);
    node.process.reset();
}

bool SshNodeFarm::writeKnownHosts()
{
    QByteArray content;
    for (int i = 0; i < nodeCount(); ++i)
        content += hostKeyLine(i).toLatin1() + '\n';
    if (!writeFile(knownHostsFile(), content)) {
        m_errorString = u"cannot write known_hosts"_s;
        return false;
    }
    return true;
}

QString SshNodeFarm::address(int i) const
{
    return u"127.0.0.%1"_s.arg(2 + i);
}

quint16 SshNodeFarm::port(int i) const
{
    return i >= 0 && i < nodeCount() ? m_nodes[size_t(i)].port : 0;
}

QString SshNodeFarm::hostKeyLine(int i) const
{
    if (i < 0 || i >= nodeCount())
        return {};
    return u"[%1]:%2 %3"_s.arg(address(i)).arg(port(i)).arg(m_nodes[size_t(i)].hostPublicKey);
}

QString SshNodeFarm::knownHostsFile() const
{
    return m_dir.filePath(u"known_hosts"_s);
}

QString SshNodeFarm::clientKeyPath() const
{
    return m_dir.filePath(u"client_ed25519"_s);
}

QString SshNodeFarm::user() const
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

QString SshNodeFarm::nodeHome(int i) const
{
    return m_dir.filePath(u"node%1/home"_s.arg(i));
}

bool SshNodeFarm::stopNode(int i)
{
    if (i < 0 || i >= nodeCount())
        return false;
    terminate(m_nodes[size_t(i)]);
    return true;
}

bool SshNodeFarm::startNode(int i, std::chrono::milliseconds timeout)
{
    if (i < 0 || i >= nodeCount())
        return false;
    if (isRunning(i))
        return true;
    // Same key, config and port as before, so known_hosts stays valid.
    if (launch(i, timeout))
        return true;
    terminate(m_nodes[size_t(i)]);
    return false;
}

bool SshNodeFarm::replaceHostKey(int i, std::chrono::milliseconds timeout)
{
    if (i < 0 || i >= nodeCount())
        return false;
    Node &node = m_nodes[size_t(i)];
    const bool wasRunning = isRunning(i);
    terminate(node);
    const QString hostKey = node.dir + u"/host_ed25519"_s;
    if (!generateKey(hostKey))
        return false;
    node.hostPublicKey = readPublicKey(hostKey + u".pub"_s);
    if (node.hostPublicKey.isEmpty() || !writeKnownHosts())
        return false;
    return !wasRunning || startNode(i, timeout);
}

bool SshNodeFarm::isRunning(int i) const
{
    return i >= 0 && i < nodeCount() && m_nodes[size_t(i)].process
           && m_nodes[size_t(i)].process->state() == QProcess::Running;
}

qint64 SshNodeFarm::processId(int i) const
{
    return isRunning(i) ? m_nodes[size_t(i)].process->processId() : 0;
}

QString SshNodeFarm::sshdLog(int i) const
{
    return i >= 0 && i < nodeCount() ? QString::fromLocal8Bit(m_nodes[size_t(i)].log) : QString();
}

QStringList SshNodeFarm::sshCommand(int i, const QStringList &remoteCommand) const
{
    QStringList argv{sshPath(),
                     u"-F"_s,
                     u"/dev/null"_s,
                     u"-i"_s,
                     clientKeyPath(),
                     u"-p"_s,
                     QString::number(port(i)),
                     u"-l"_s,
                     user(),
                     u"-o"_s,
                     u"UserKnownHostsFile="_s + knownHostsFile(),
                     u"-o"_s,
                     u"GlobalKnownHostsFile=/dev/null"_s,
                     u"-o"_s,
                     u"StrictHostKeyChecking=yes"_s,
                     u"-o"_s,
                     u"BatchMode=yes"_s,
                     u"-o"_s,
                     u"IdentitiesOnly=yes"_s,
                     u"-o"_s,
                     u"ConnectTimeout=10"_s,
                     u"--"_s,
                     address(i)};
    return argv + remoteCommand;
}

} // namespace cd::test
