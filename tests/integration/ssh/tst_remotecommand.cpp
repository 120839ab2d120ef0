// RemoteCommand against real sshd nodes on loopback (SshNodeFarm): output and status,
// authentication (key file, encrypted key, agent) and its failures, timeouts that kill the
// remote process, cancellation, keepalive. Host key policies and ProxyCommand: tst_sshsession.
#include "providers/ssh/remotecommand.h"
#include "tests/integration/ssh/sshtesthelpers.h"
#include "tests/support/awaitfuture.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using CommandOutcome = cd::Result<cd::CommandResult, cd::SshError>;

class tst_RemoteCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void runsCommand();
    void largeOutput();
    void wrongKeyIsAuthError();
    void encryptedKey();
    void agentAuth();
    void closedPortIsConnectError();
    void silentServerTimesOut();
    void commandTimeoutKillsRemoteProcess();
    void cancelKillsRemoteProcess();
    void keepAliveDuringSilentCommand();

private:
    cd::SshTarget target(int node,
                         const QString &knownHosts = {},
                         cd::HostKeyPolicy policy = cd::HostKeyPolicy::Strict) const;
    CommandOutcome run(const cd::SshTarget &target, const QString &command, int timeoutMs = 20000);
    bool remoteProcessRunning(const QString &marker);

    std::unique_ptr<cd::test::SshNodeFarm> m_farm;
    QTemporaryDir m_tmp;
};

void tst_RemoteCommand::initTestCase()
{
    if (cd::test::SshNodeFarm::sshdPath().isEmpty() || cd::test::SshNodeFarm::sshPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd or ssh not found (packages openssh-server, openssh-client)"_s);
    QVERIFY(m_tmp.isValid());
    m_farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(m_farm->start(3), qPrintable(m_farm->errorString()));
}

void tst_RemoteCommand::cleanupTestCase()
{
    m_farm.reset();
}

cd::SshTarget
tst_RemoteCommand::target(int node, const QString &knownHosts, cd::HostKeyPolicy policy) const
{
    cd::SshTarget t;
    t.host = m_farm->address(node);
    t.port = m_farm->port(node);
    t.user = m_farm->user();
    t.privateKeyPath = m_farm->clientKeyPath();
    t.knownHostsFile = knownHosts.isEmpty() ? m_farm->knownHostsFile() : knownHosts;
    t.policy = policy;
    t.connectTimeoutMs = 10000;
    return t;
}

CommandOutcome
tst_RemoteCommand::run(const cd::SshTarget &target, const QString &command, int timeoutMs)
{
    return cd::test::await(cd::RemoteCommand::run(target, command, timeoutMs), 60000);
}

// Asks node 0 (which shares this machine's process table) whether `sleep <marker>` runs.
// The pattern cannot match its own command line: "3[0]" is not "30".
bool tst_RemoteCommand::remoteProcessRunning(const QString &marker)
{
    const QString pattern = u"^sleep "_s + marker;
    const CommandOutcome result = run(target(0), u"pgrep -f '"_s + pattern + u"$'"_s);
    return result && result.value().exitStatus == 0;
}

void tst_RemoteCommand::runsCommand()
{
    const CommandOutcome result = run(target(0), u"echo hi; echo err >&2; exit 3"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().out, QByteArray("hi\n"));
    QCOMPARE(result.value().err, QByteArray("err\n"));
    QCOMPARE(result.value().exitStatus, 3);
}

void tst_RemoteCommand::largeOutput()
{
    const CommandOutcome result = run(target(1), u"head -c 3000000 /dev/zero | tr '\\0' x; "
                                                 "head -c 200000 /dev/zero | tr '\\0' y >&2"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().out, QByteArray(3000000, 'x'));
    QCOMPARE(result.value().err, QByteArray(200000, 'y'));
    QCOMPARE(result.value().exitStatus, 0);
}

void tst_RemoteCommand::wrongKeyIsAuthError()
{
    const QString otherKey = m_tmp.filePath(u"other_key"_s);
    QVERIFY(cd::test::generateKey(otherKey));
    cd::SshTarget t = target(0);
    t.privateKeyPath = otherKey;
    CommandOutcome result = run(t, u"true"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, cd::SshError::Kind::Auth);
    QVERIFY(!result.error().presented.isNull()); // the host key was checked first

    t.privateKeyPath = m_tmp.filePath(u"no_such_key"_s);
    result = run(t, u"true"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, cd::SshError::Kind::Auth);

    t.privateKeyPath.clear();
    result = run(t, u"true"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, cd::SshError::Kind::Auth);
}

void tst_RemoteCommand::encryptedKey()
{
    // The farm's client key, re-encrypted with a passphrase.
    const QString key = m_tmp.filePath(u"encrypted_key"_s);
    QVERIFY(QFile::copy(m_farm->clientKeyPath(), key));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
    const cd::test::ProcessResult reencrypt = cd::test::runProcess(
        cd::test::SshNodeFarm::sshKeygenPath(),
        {u"-q"_s, u"-p"_s, u"-P"_s, QString(), u"-N"_s, u"s3cret pass"_s, u"-f"_s, key});
    QVERIFY2(reencrypt.exitCode == 0, qPrintable(reencrypt.err));
    cd::SshTarget t = target(0);
    t.privateKeyPath = key;
    t.keyPassphrase = "s3cret pass";
    const CommandOutcome ok = run(t, u"echo unlocked"_s);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    QCOMPARE(ok.value().out, QByteArray("unlocked\n"));
    // Wrong or missing passphrase: refused, never a prompt on the terminal.
    for (const QByteArray &passphrase : {QByteArray("wrong"), QByteArray()}) {
        t.keyPassphrase = passphrase;
        const CommandOutcome refused = run(t, u"true"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, cd::SshError::Kind::Auth);
        QVERIFY(!refused.error().message.contains(u"s3cret"));
    }
}

void tst_RemoteCommand::agentAuth()
{
    const QString agentPath = cd::test::findExecutable(u"ssh-agent"_s, {u"/usr/bin/ssh-agent"_s});
    const QString addPath = cd::test::findExecutable(u"ssh-add"_s, {u"/usr/bin/ssh-add"_s});
    if (agentPath.isEmpty() || addPath.isEmpty())
        CD_SKIP_OR_FAIL(u"ssh-agent or ssh-add not found (package openssh-client)"_s);
    const QString socket = m_tmp.filePath(u"agent.sock"_s);
    QProcess agent;
    agent.start(agentPath, {u"-D"_s, u"-a"_s, socket});
    QVERIFY(agent.waitForStarted());
    const auto stopAgent = qScopeGuard([&agent] {
        agent.terminate();
        if (!agent.waitForFinished(3000))
            agent.kill();
        agent.waitForFinished(3000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SSH_AUTH_SOCK"_s, socket);
    const cd::test::ProcessResult added
        = cd::test::runProcess(addPath, {m_farm->clientKeyPath()}, env);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    cd::SshTarget t = target(2);
    t.privateKeyPath.clear();
    t.useAgent = true;
    t.agentSocket = socket;
    const CommandOutcome result = run(t, u"echo via-agent"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().out, QByteArray("via-agent\n"));
}

void tst_RemoteCommand::closedPortIsConnectError()
{
    const quint16 closed = cd::test::freePort(m_farm->address(0));
    QVERIFY(closed != 0);
    cd::SshTarget t = target(0);
    t.port = closed;
    QElapsedTimer timer;
    timer.start();
    const CommandOutcome result = run(t, u"true"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, cd::SshError::Kind::Connect);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void tst_RemoteCommand::silentServerTimesOut()
{
    // Accepts TCP and never says a word: the connect timeout must end it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(u"127.0.0.1"_s), 0));
    cd::SshTarget t = target(0);
    t.host = u"127.0.0.1"_s;
    t.port = silent.serverPort();
    t.connectTimeoutMs = 700;
    QElapsedTimer timer;
    timer.start();
    const CommandOutcome result = run(t, u"true"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, cd::SshError::Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 600 && timer.elapsed() < 5000,
             qPrintable(QString::number(timer.elapsed())));
}

void tst_RemoteCommand::commandTimeoutKillsRemoteProcess()
{
    // A duration unique to this run, so that no other test's sleep can match.
    const QString duration = u"30.%1"_s.arg(QCoreApplication::applicationPid() % 100000);
    QElapsedTimer timer;
    timer.start();
    QFuture<CommandOutcome> future
        = cd::RemoteCommand::run(target(1), u"sleep "_s + duration, 1500);
    const QString marker = QString(duration).replace(u"30."_s, u"3[0]\\."_s);
    QTRY_VERIFY_WITH_TIMEOUT(remoteProcessRunning(marker) || future.isFinished(), 5000);
    QVERIFY2(!future.isFinished(), "the command ended before it was seen running");
    const CommandOutcome result = cd::test::await(future, 20000);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, cd::SshError::Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 6000,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(!remoteProcessRunning(marker),
             qPrintable(u"the remote sleep survived the timeout; sshd: "_s
                        + m_farm->sshdLog(1).right(2000)));
    QVERIFY(cd::test::processesMatching(u"sleep "_s + duration).isEmpty());
}

void tst_RemoteCommand::cancelKillsRemoteProcess()
{
    const QString duration = u"31.%1"_s.arg(QCoreApplication::applicationPid() % 100000);
    const QString marker = QString(duration).replace(u"31."_s, u"3[1]\\."_s);
    QFuture<CommandOutcome> future = cd::RemoteCommand::run(target(2), u"sleep "_s + duration, -1);
    QTRY_VERIFY_WITH_TIMEOUT(remoteProcessRunning(marker), 5000);
    QFutureWatcher<CommandOutcome> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    QElapsedTimer timer;
    timer.start();
    future.cancel();
    QVERIFY(finished.wait(5000) || future.isFinished());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QVERIFY2(!remoteProcessRunning(marker),
             qPrintable(u"the remote sleep survived the cancellation; sshd: "_s
                        + m_farm->sshdLog(2).right(2000)));
}

void tst_RemoteCommand::keepAliveDuringSilentCommand()
{
    cd::SshTarget t = target(0);
    t.keepAliveSec = 1;
    const CommandOutcome result = run(t, u"sleep 2.5; echo still-here"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().out, QByteArray("still-here\n"));
}

QTEST_GUILESS_MAIN(tst_RemoteCommand)
#include "tst_remotecommand.moc"
