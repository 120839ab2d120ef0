// The SshNodeFarm fixture: real sshds on 127.0.0.2.., reached with the system ssh client under
// strict host key checking; nodes stop and come back with the same host key; nothing is left
// running afterwards.
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct SshResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

SshResult runSsh(const QStringList &argv)
{
    QProcess process;
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

// Gone, or dead and waiting to be reaped by init (a zombie runs nothing).
bool processGone(qint64 pid)
{
    errno = 0;
    if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
        return true;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}

bool portRefuses(const QString &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return !socket.waitForConnected(5000)
           && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

QStringList withKnownHosts(QStringList argv, const QString &file)
{
    for (QString &arg : argv) {
        if (arg.startsWith(u"UserKnownHostsFile="))
            arg = u"UserKnownHostsFile="_s + file;
    }
    return argv;
}

} // namespace

class tst_SshNodeFarm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostKeyLines();
    void sshToEachNode();
    void unknownHostIsRefused();
    void changedHostKeyIsRefused();
    void stopAndRestartNode();
    void stopLeavesNothingRunning();
    void destructorStopsNodes();
    void cleanupTestCase();

private:
    std::unique_ptr<cd::test::SshNodeFarm> m_farm;
    QTemporaryDir m_tmp;
};

void tst_SshNodeFarm::initTestCase()
{
    if (cd::test::SshNodeFarm::sshdPath().isEmpty() || cd::test::SshNodeFarm::sshPath().isEmpty()
        || cd::test::SshNodeFarm::sshKeygenPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd, ssh or ssh-keygen not found (packages openssh-*)"_s);
    QVERIFY(m_tmp.isValid());
    m_farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(m_farm->start(3), qPrintable(m_farm->errorString()));
    QCOMPARE(m_farm->nodeCount(), 3);
}

void tst_SshNodeFarm::cleanupTestCase()
{
    m_farm.reset();
}

void tst_SshNodeFarm::hostKeyLines()
{
    static const QRegularExpression format(
        uR"(^\[(127\.0\.0\.\d+)\]:(\d+) ssh-ed25519 AAAA[A-Za-z0-9+/]+=*$)"_s);
    QFile knownHosts(m_farm->knownHostsFile());
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    const QStringList fileLines
        = QString::fromLatin1(knownHosts.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(fileLines.size(), 3);
    QSet<QString> keys;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_farm->address(i), u"127.0.0.%1"_s.arg(2 + i));
        QVERIFY(m_farm->isRunning(i));
        const QString line = m_farm->hostKeyLine(i);
        const QRegularExpressionMatch match = format.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(match.captured(1), m_farm->address(i));
        QCOMPARE(match.captured(2).toUInt(), uint(m_farm->port(i)));
        QCOMPARE(fileLines.at(i), line);
        keys.insert(line.section(u' ', 2));
    }
    QCOMPARE(keys.size(), 3); // one host key per node
    QVERIFY(m_farm->clientPublicKey().startsWith(u"ssh-ed25519 AAAA"));
    QVERIFY(QFile::exists(m_farm->clientKeyPath()));
    QVERIFY(!m_farm->user().isEmpty());
}

void tst_SshNodeFarm::sshToEachNode()
{
    for (int i = 0; i < 3; ++i) {
        const SshResult result = runSsh(m_farm->sshCommand(i, {u"echo"_s, u"hello-%1"_s.arg(i)}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + m_farm->sshdLog(i)));
        QCOMPARE(result.out, u"hello-%1\n"_s.arg(i));
    }
    // Sessions run with the node's private HOME, not the real one.
    const SshResult home = runSsh(m_farm->sshCommand(1, {u"printenv"_s, u"HOME"_s}));
    QCOMPARE(home.exitCode, 0);
    QCOMPARE(home.out.trimmed(), m_farm->nodeHome(1));
}

void tst_SshNodeFarm::unknownHostIsRefused()
{
    const QString empty = m_tmp.filePath(u"empty_known_hosts"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const SshResult result
        = runSsh(withKnownHosts(m_farm->sshCommand(0, {u"echo"_s, u"nope"_s}), empty));
    QCOMPARE(result.exitCode, 255);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"Host key verification failed"), qPrintable(result.err));
    QCOMPARE(QFileInfo(empty).size(), 0); // StrictHostKeyChecking=yes adds nothing
}

void tst_SshNodeFarm::changedHostKeyIsRefused()
{
    // Node 0's key under node 1's name: a man in the middle, as ssh sees it.
    const QString wrong = m_tmp.filePath(u"wrong_known_hosts"_s);
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"[%1]:%2 %3\n"_s.arg(m_farm->address(1))
                   .arg(m_farm->port(1))
                   .arg(m_farm->hostKeyLine(0).section(u' ', 1))
                   .toLatin1());
    file.close();
    const SshResult result
        = runSsh(withKnownHosts(m_farm->sshCommand(1, {u"echo"_s, u"nope"_s}), wrong));
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains(u"REMOTE HOST IDENTIFICATION HAS CHANGED"),
             qPrintable(result.err));
}

void tst_SshNodeFarm::stopAndRestartNode()
{
    const qint64 pid = m_farm->processId(1);
    const QString keyLine = m_farm->hostKeyLine(1);
    QVERIFY(pid > 0);
    QVERIFY(m_farm->stopNode(1));
    QVERIFY(!m_farm->isRunning(1));
    QVERIFY(processGone(pid));
    QVERIFY(portRefuses(m_farm->address(1), m_farm->port(1)));

    const SshResult down = runSsh(m_farm->sshCommand(1, {u"echo"_s, u"hello-1"_s}));
    QCOMPARE(down.exitCode, 255);
    QVERIFY2(down.err.contains(u"Connection refused"), qPrintable(down.err));
    for (const int i : {0, 2}) {
        const SshResult up = runSsh(m_farm->sshCommand(i, {u"echo"_s, u"hello-%1"_s.arg(i)}));
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QCOMPARE(up.out, u"hello-%1\n"_s.arg(i));
    }

    QVERIFY2(m_farm->startNode(1), qPrintable(m_farm->errorString()));
    QVERIFY(m_farm->isRunning(1));
    QVERIFY(m_farm->processId(1) != pid);
    QCOMPARE(m_farm->hostKeyLine(1), keyLine);
    // Strict checking against the known_hosts written at start: the host key is the same.
    const SshResult back = runSsh(m_farm->sshCommand(1, {u"echo"_s, u"hello-1"_s}));
    QVERIFY2(back.exitCode == 0, qPrintable(back.err + m_farm->sshdLog(1)));
    QCOMPARE(back.out, u"hello-1\n"_s);
}

void tst_SshNodeFarm::stopLeavesNothingRunning()
{
    QList<qint64> pids;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_farm->isRunning(i));
        pids.append(m_farm->processId(i));
    }
    // An open session: sshd forked processes for it that outlive a killed listener.
    QProcess session;
    const QStringList argv = m_farm->sshCommand(2, {u"echo $$; exec sleep 120"_s});
    session.start(argv.first(), argv.mid(1));
    QTRY_VERIFY_WITH_TIMEOUT(session.canReadLine(), 20000);
    const qint64 remotePid = session.readLine().trimmed().toLongLong();
    QVERIFY(remotePid > 0);
    QVERIFY(!processGone(remotePid));

    m_farm->stop();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!m_farm->isRunning(i));
        QVERIFY2(processGone(pids.at(i)), qPrintable(QString::number(pids.at(i))));
        QVERIFY(portRefuses(m_farm->address(i), m_farm->port(i)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(processGone(remotePid), 10000);
    // The client sees its server go.
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), QProcess::NotRunning, 10000);
    QCOMPARE(session.exitCode(), 255);
}

void tst_SshNodeFarm::destructorStopsNodes()
{
    auto farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(farm->start(1), qPrintable(farm->errorString()));
    const qint64 pid = farm->processId(0);
    const QString address = farm->address(0);
    const quint16 port = farm->port(0);
    const QString dir = farm->directory();
    QVERIFY(pid > 0);
    QVERIFY(QFileInfo::exists(dir));
    farm.reset();
    QVERIFY(processGone(pid));
    QVERIFY(portRefuses(address, port));
    QVERIFY(!QFileInfo::exists(dir));
}

QTEST_GUILESS_MAIN(tst_SshNodeFarm)
#include "tst_sshnodefarm.moc"
