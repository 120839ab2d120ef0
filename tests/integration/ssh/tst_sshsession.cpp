// Connecting (SshSession, driven through RemoteCommand) against real sshd nodes on loopback
// (SshNodeFarm): the host key policies (trust on first use records exactly one line per node,
// strict refuses unknown hosts, a changed key is refused under both and leaves known_hosts
// alone) and ssh_proxy_command carrying a fake cloud address that only the proxy ever sees.
#include "providers/ssh/knownhosts.h"
#include "providers/ssh/remotecommand.h"
#include "tests/integration/ssh/sshtesthelpers.h"
#include "tests/support/awaitfuture.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using CommandOutcome = cd::Result<cd::CommandResult, cd::SshError>;

class tst_SshSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void trustOnFirstUseRecordsOneLinePerNode();
    void strictRefusesUnknownHost();
    void proxyCommandCarriesFakeAddress();
    void invalidProxyCommand();
    void changedHostKeyIsRefused(); // last: gives node 1 a new key

private:
    cd::SshTarget target(int node,
                         const QString &knownHosts = {},
                         cd::HostKeyPolicy policy = cd::HostKeyPolicy::Strict) const;
    CommandOutcome run(const cd::SshTarget &target, const QString &command);
    QString freshKnownHosts();

    std::unique_ptr<cd::test::SshNodeFarm> m_farm;
    QTemporaryDir m_tmp;
    int m_counter = 0;
};

void tst_SshSession::initTestCase()
{
    if (cd::test::SshNodeFarm::sshdPath().isEmpty() || cd::test::SshNodeFarm::sshPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd or ssh not found (packages openssh-server, openssh-client)"_s);
    QVERIFY(m_tmp.isValid());
    m_farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(m_farm->start(3), qPrintable(m_farm->errorString()));
}

void tst_SshSession::cleanupTestCase()
{
    m_farm.reset();
}

cd::SshTarget
tst_SshSession::target(int node, const QString &knownHosts, cd::HostKeyPolicy policy) const
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

CommandOutcome tst_SshSession::run(const cd::SshTarget &target, const QString &command)
{
    return cd::test::await(cd::RemoteCommand::run(target, command, 20000), 60000);
}

QString tst_SshSession::freshKnownHosts()
{
    return m_tmp.filePath(u"known_hosts_%1"_s.arg(++m_counter));
}

void tst_SshSession::trustOnFirstUseRecordsOneLinePerNode()
{
    const QString knownHosts = freshKnownHosts();
    QVERIFY(!QFile::exists(knownHosts));
    // All at once, node 0 three times: concurrent first connections record one line each.
    QList<QFuture<CommandOutcome>> futures;
    for (const int node : {0, 1, 2, 0, 0})
        futures += cd::RemoteCommand::run(
            target(node, knownHosts, cd::HostKeyPolicy::TrustOnFirstUse), u"echo ok"_s, 20000);
    for (const QFuture<CommandOutcome> &future : futures) {
        const CommandOutcome result = cd::test::await(future, 60000);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result.value().out, QByteArray("ok\n"));
    }
    static const QRegularExpression format(
        uR"(^\[127\.0\.0\.\d+\]:\d+ ssh-ed25519 AAAA[A-Za-z0-9+/]+=*$)"_s);
    const QStringList lines = cd::KnownHosts(knownHosts).lines();
    QCOMPARE(lines.size(), 3);
    QSet<QString> expected;
    for (int i = 0; i < 3; ++i)
        expected.insert(m_farm->hostKeyLine(i));
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()), expected);
    for (const QString &line : lines)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));

    // OpenSSH accepts the file under strict checking.
    for (int i = 0; i < 3; ++i) {
        QStringList argv = m_farm->sshCommand(i, {u"echo"_s, u"strict-ok"_s});
        for (QString &arg : argv) {
            if (arg.startsWith(u"UserKnownHostsFile="))
                arg = u"UserKnownHostsFile="_s + knownHosts;
        }
        const cd::test::ProcessResult ssh = cd::test::runProcess(argv.first(), argv.mid(1));
        QVERIFY2(ssh.exitCode == 0, qPrintable(ssh.err));
        QCOMPARE(ssh.out, u"strict-ok\n"_s);
    }
    // Known now: nothing more is written.
    const QByteArray before = cd::test::readAll(knownHosts);
    QVERIFY(run(target(2, knownHosts, cd::HostKeyPolicy::TrustOnFirstUse), u"true"_s));
    QCOMPARE(cd::test::readAll(knownHosts), before);
}

void tst_SshSession::strictRefusesUnknownHost()
{
    const QString fingerprint = cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(0));
    QVERIFY(fingerprint.startsWith(u"SHA256:"));
    const QString empty = freshKnownHosts();
    QVERIFY(cd::test::writeAll(empty, {}));
    const QString missing = freshKnownHosts();
    for (const QString &knownHosts : {empty, missing}) {
        const CommandOutcome result = run(target(0, knownHosts), u"echo never"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, cd::SshError::Kind::HostKeyUnknown);
        QCOMPARE(result.error().presented.sha256, fingerprint);
        QVERIFY(result.error().message.contains(fingerprint));
    }
    QVERIFY(cd::test::readAll(empty).isEmpty());
    QVERIFY(!QFile::exists(missing));
    // No file given at all is refused before connecting (never ~/.ssh/known_hosts).
    cd::SshTarget none = target(0);
    none.knownHostsFile.clear();
    const CommandOutcome refused = run(none, u"true"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, cd::SshError::Kind::Other);
}

void tst_SshSession::proxyCommandCarriesFakeAddress()
{
    // 203.0.113.7 is a documentation address: only the proxy script ever sees it, and maps it
    // to node 0 on loopback (inside `unshare -n` a direct dial could not work anyway).
    const QString socat = cd::test::findExecutable(u"socat"_s, {u"/usr/bin/socat"_s});
    const QString nc = cd::test::findExecutable(u"nc"_s, {u"/usr/bin/nc"_s, u"/bin/nc"_s});
    if (socat.isEmpty() && nc.isEmpty())
        CD_SKIP_OR_FAIL(u"neither socat nor nc found (package socat)"_s);
    const QString forward
        = socat.isEmpty() ? nc + u" 127.0.0.2 \"$2\""_s : socat + u" - TCP:127.0.0.2:\"$2\""_s;
    const QString log = m_tmp.filePath(u"proxy.log"_s);
    const QString script = m_tmp.filePath(u"proxy.sh"_s);
    const QString text = u"#!/bin/sh\n"
                         "printf '%s|%s|%s|%s\\n' \"$1\" \"$2\" \"$3\" \"$4\" >> "_s
                         + log + u"\ncase \"$1\" in\n  203.0.113.7) exec "_s + forward
                         + u" ;;\n  *) exit 1 ;;\nesac\n"_s;
    QVERIFY(cd::test::writeAll(script, text.toUtf8()));
    const QString knownHosts = freshKnownHosts();
    cd::SshTarget t = target(0, knownHosts, cd::HostKeyPolicy::TrustOnFirstUse);
    t.host = u"203.0.113.7"_s;
    t.proxyCommand = u"/bin/sh "_s + script + u" %h %p %r 100%%"_s;
    const CommandOutcome result = run(t, u"echo through-proxy"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().out, QByteArray("through-proxy\n"));
    QCOMPARE(QString::fromUtf8(cd::test::readAll(log)),
             u"203.0.113.7|%1|%2|100%\n"_s.arg(m_farm->port(0)).arg(m_farm->user()));
    // The cluster knows the node by its cloud address, with node 0's key.
    const QString line = m_farm->hostKeyLine(0).replace(u"127.0.0.2"_s, u"203.0.113.7"_s);
    QCOMPARE(cd::KnownHosts(knownHosts).lines(), QStringList{line});
    // Strict now works through the proxy too, and the proxy does not outlive the session.
    t.policy = cd::HostKeyPolicy::Strict;
    QVERIFY(run(t, u"true"_s));
    const QString proxyProcess
        = (socat.isEmpty() ? u"127.0.0.2 %1"_s : u"TCP:127.0.0.2:%1"_s).arg(m_farm->port(0));
    QTRY_VERIFY_WITH_TIMEOUT(cd::test::processesMatching(proxyProcess).isEmpty(), 5000);
}

void tst_SshSession::invalidProxyCommand()
{
    cd::SshTarget t = target(0);
    t.proxyCommand = u"nc %h %p %q"_s;
    const CommandOutcome result = run(t, u"true"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, cd::SshError::Kind::Other);
    QVERIFY(result.error().message.contains(u"%q"));
}

void tst_SshSession::changedHostKeyIsRefused()
{
    const QString knownHosts = freshKnownHosts();
    QVERIFY(QFile::copy(m_farm->knownHostsFile(), knownHosts));
    const QByteArray before = cd::test::readAll(knownHosts);
    const QString oldFingerprint = cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(1));
    QVERIFY2(m_farm->replaceHostKey(1), qPrintable(m_farm->errorString()));
    const QString newFingerprint = cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(1));
    QVERIFY(!oldFingerprint.isEmpty() && !newFingerprint.isEmpty());
    QVERIFY(oldFingerprint != newFingerprint);
    // Refused under both policies: trust on first use never overrides a recorded key.
    for (const cd::HostKeyPolicy policy :
         {cd::HostKeyPolicy::TrustOnFirstUse, cd::HostKeyPolicy::Strict}) {
        const CommandOutcome result = run(target(1, knownHosts, policy), u"echo never"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, cd::SshError::Kind::HostKeyChanged);
        QCOMPARE(result.error().presented.sha256, newFingerprint);
        QCOMPARE(result.error().expected.sha256, oldFingerprint);
        QVERIFY(result.error().message.contains(newFingerprint));
        QVERIFY(result.error().message.contains(oldFingerprint));
    }
    QCOMPARE(cd::test::readAll(knownHosts), before);
    // The farm's own file follows the new key, and the user's decision (replace) fixes ours.
    QVERIFY(run(target(1), u"true"_s));
    const CommandOutcome refused = run(target(1, knownHosts), u"true"_s);
    QVERIFY(!refused);
    QVERIFY(cd::KnownHosts(knownHosts)
                .replace(m_farm->address(1), m_farm->port(1), refused.error().presented));
    QVERIFY(run(target(1, knownHosts), u"true"_s));
}

QTEST_GUILESS_MAIN(tst_SshSession)
#include "tst_sshsession.moc"
