// ShellChannel against real sshd nodes on loopback (SshNodeFarm), its output interpreted by
// TerminalScreen (libvterm): colours, attributes and cursor position of printf sequences,
// pty resize seen by `stty size`, alternate screen, scrollback, exit status, the sshd session
// ending when the channel is closed or deleted, and a changed host key refused.
#include "providers/ssh/shellchannel.h"
#include "tests/integration/ssh/sshtesthelpers.h"
#include "widgets/terminal/terminalscreen.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A channel whose output feeds a screen, as a terminal tab wires them.
struct Terminal
{
    Terminal(const cd::SshTarget &target, int cols = 80, int rows = 24)
        : channel(std::make_unique<cd::ShellChannel>(target))
        , screen(rows, cols)
    {
        channel->setInitialSize(cols, rows);
        QObject::connect(channel.get(), &cd::ShellChannel::dataReceived, &screen,
                         &cd::TerminalScreen::feed);
        QObject::connect(&screen, &cd::TerminalScreen::reply, channel.get(),
                         &cd::ShellChannel::write);
    }
    QString text() const
    {
        QStringList lines;
        for (int row = -screen.scrollbackLines(); row < screen.rows(); ++row)
            lines += screen.lineText(row);
        return lines.join(u'\n');
    }
    bool onScreen(const QString &needle) const
    {
        for (int row = 0; row < screen.rows(); ++row)
            if (screen.lineText(row).contains(needle))
                return true;
        return false;
    }

    std::unique_ptr<cd::ShellChannel> channel;
    cd::TerminalScreen screen;
};

} // namespace

class tst_ShellChannel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void printfColoursAndCursor();
    void resizeReachesThePty();
    void alternateScreenRestoresPrimary();
    void scrollbackHoldsEarlierLines();
    void exitStatusIsReported();
    void throughProxyCommand();
    void closingEndsTheSshdSession_data();
    void closingEndsTheSshdSession();
    void changedHostKeyIsRefused(); // last: gives node 1 a new key

private:
    cd::SshTarget target(int node) const;
    bool open(Terminal &terminal);

    std::unique_ptr<cd::test::SshNodeFarm> m_farm;
};

void tst_ShellChannel::initTestCase()
{
    if (cd::test::SshNodeFarm::sshdPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd not found (package openssh-server)"_s);
    m_farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(m_farm->start(2), qPrintable(m_farm->errorString()));
}

void tst_ShellChannel::cleanupTestCase()
{
    m_farm.reset();
}

cd::SshTarget tst_ShellChannel::target(int node) const
{
    cd::SshTarget t;
    t.host = m_farm->address(node);
    t.port = m_farm->port(node);
    t.user = m_farm->user();
    t.privateKeyPath = m_farm->clientKeyPath();
    t.knownHostsFile = m_farm->knownHostsFile();
    t.policy = cd::HostKeyPolicy::Strict;
    t.connectTimeoutMs = 10000;
    return t;
}

bool tst_ShellChannel::open(Terminal &terminal)
{
    QSignalSpy opened(terminal.channel.get(), &cd::ShellChannel::opened);
    QSignalSpy failed(terminal.channel.get(), &cd::ShellChannel::failed);
    terminal.channel->open();
    if (!opened.wait(15000)) {
        qWarning() << "not opened:"
                   << (failed.isEmpty() ? u"timeout"_s
                                        : failed.first().first().value<cd::SshError>().message);
        return false;
    }
    return terminal.channel->state() == cd::ShellChannel::State::Open;
}

void tst_ShellChannel::printfColoursAndCursor()
{
    Terminal t(target(0));
    QVERIFY(open(t));
    // Clear, then at row 3 col 5: bold red (palette 1), 256-colour 196, truecolor, underline,
    // reverse; finally the cursor to row 10, column 20. `read` keeps the prompt away.
    t.channel->write("printf '\\033[2J\\033[3;5H\\033[1;31mRED\\033[0m"
                     "\\033[38;5;196mA\\033[38;2;10;20;30;48;2;200;100;50mB\\033[0m"
                     "\\033[4mU\\033[0m\\033[7mV\\033[0m\\033[3mI\\033[0m\\033[10;20H'; read x\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.screen.lineText(2) == u"    REDABUVI"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(t.screen.cursor(), QPoint(19, 9), 5000);

    const cd::TerminalCell r = t.screen.cell(2, 4);
    QCOMPARE(r.ch, U'R');
    QVERIFY(r.has(cd::TerminalCell::Bold));
    QVERIFY(!r.has(cd::TerminalCell::DefaultFg));
    QVERIFY(qRed(r.fg) > 150 && qGreen(r.fg) < 60 && qBlue(r.fg) < 60); // palette red
    QVERIFY(r.has(cd::TerminalCell::DefaultBg));
    const cd::TerminalCell a = t.screen.cell(2, 7);
    QCOMPARE(a.ch, U'A');
    QVERIFY(!a.has(cd::TerminalCell::Bold));
    QCOMPARE(a.fg, qRgb(255, 0, 0)); // xterm colour cube 196
    const cd::TerminalCell b = t.screen.cell(2, 8);
    QCOMPARE(b.fg, qRgb(10, 20, 30));
    QCOMPARE(b.bg, qRgb(200, 100, 50));
    QVERIFY(!b.has(cd::TerminalCell::DefaultBg));
    QVERIFY(t.screen.cell(2, 9).has(cd::TerminalCell::Underline));
    QVERIFY(t.screen.cell(2, 10).has(cd::TerminalCell::Reverse));
    QVERIFY(t.screen.cell(2, 11).has(cd::TerminalCell::Italic));
    QVERIFY(t.screen.cell(2, 12).has(cd::TerminalCell::DefaultFg));
}

void tst_ShellChannel::resizeReachesThePty()
{
    Terminal t(target(0), 80, 24);
    QVERIFY(open(t));
    t.channel->write("stty size\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.onScreen(u"24 80"_s), 10000);
    t.screen.resize(30, 100);
    t.channel->resize(100, 30);
    t.channel->write("clear; stty size\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.onScreen(u"30 100"_s), 10000);
}

void tst_ShellChannel::alternateScreenRestoresPrimary()
{
    Terminal t(target(0));
    QVERIFY(open(t));
    QSignalSpy alt(&t.screen, &cd::TerminalScreen::altScreenChanged);
    t.channel->write("printf 'PRIMARY-%s\\n' mark; printf '\\033[?1049h\\033[HALT-%s' screen; "
                     "read x; printf '\\033[?1049l'\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.onScreen(u"ALT-screen"_s), 10000);
    QVERIFY(t.screen.altScreen());
    QVERIFY(!t.onScreen(u"PRIMARY-mark"_s));
    t.channel->write("\r"); // ends `read`: the program leaves the alternate screen
    QTRY_VERIFY_WITH_TIMEOUT(!t.screen.altScreen(), 10000);
    QVERIFY(t.onScreen(u"PRIMARY-mark"_s));
    QVERIFY(!t.onScreen(u"ALT-screen"_s));
    QCOMPARE(alt.size(), 2);
    QCOMPARE(t.screen.scrollbackLines(), 0); // the alternate screen adds nothing to history
}

void tst_ShellChannel::scrollbackHoldsEarlierLines()
{
    Terminal t(target(0));
    t.screen.setScrollbackLimit(150);
    QVERIFY(open(t));
    // The marker is computed, so the echoed command line does not match it.
    t.channel->write("seq -f 'line-%g' 1 300; echo seq-$((1 + 1))-done\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.onScreen(u"seq-2-done"_s), 10000);
    QCOMPARE(t.screen.scrollbackLines(), 150);
    QVERIFY(t.screen.droppedLines() > 0);
    // The newest history line sits right above the screen, in order.
    const QString all = t.text();
    QVERIFY(all.indexOf(u"line-250\n"_s) < all.indexOf(u"line-251\n"_s));
    QVERIFY(!all.contains(u"line-100\n"_s)); // beyond the limit: dropped
    QVERIFY(all.contains(u"line-200\n"_s));
    bool found = false;
    for (int row = -1; row >= -t.screen.scrollbackLines() && !found; --row)
        found = t.screen.lineText(row) == u"line-200"_s;
    QVERIFY(found);
}

void tst_ShellChannel::exitStatusIsReported()
{
    Terminal t(target(1));
    QVERIFY(open(t));
    QSignalSpy closed(t.channel.get(), &cd::ShellChannel::closed);
    t.channel->write("exit 3\r");
    QVERIFY(closed.wait(10000));
    QCOMPARE(closed.first().first().toInt(), 3);
    QCOMPARE(t.channel->state(), cd::ShellChannel::State::Closed);
    QCOMPARE(t.channel->exitStatus(), 3);
}

void tst_ShellChannel::throughProxyCommand()
{
    // ElastiCluster's ssh_proxy_command: the channel then polls the proxy's socket pair.
    const QString socat = cd::test::findExecutable(u"socat"_s);
    if (socat.isEmpty())
        CD_SKIP_OR_FAIL(u"socat not found (package socat)"_s);
    cd::SshTarget proxied = target(1);
    proxied.proxyCommand = socat + u" - TCP:%h:%p"_s;
    Terminal t(proxied);
    QVERIFY(open(t));
    t.channel->write("echo via-$((40+2)); seq 1 2000 | tail -n 1\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.onScreen(u"via-42"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(t.onScreen(u"2000"_s), 10000);
    QSignalSpy closed(t.channel.get(), &cd::ShellChannel::closed);
    t.channel->write("exit\r");
    QVERIFY(closed.wait(10000));
    QCOMPARE(closed.first().first().toInt(), 0);
}

void tst_ShellChannel::closingEndsTheSshdSession_data()
{
    QTest::addColumn<bool>("deleteInsteadOfClose");
    QTest::newRow("close()") << false;
    QTest::newRow("delete") << true;
}

void tst_ShellChannel::closingEndsTheSshdSession()
{
    QFETCH(bool, deleteInsteadOfClose);
    const qint64 sshd = m_farm->processId(1);
    QTRY_VERIFY_WITH_TIMEOUT(cd::test::descendantProcesses(sshd).isEmpty(), 10000);
    Terminal t(target(1));
    QVERIFY(open(t));
    // A long-running child of the shell: it too must end with the session.
    t.channel->write("echo started-$((2 + 2)); sleep 600\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.onScreen(u"started-4"_s), 10000);
    QVERIFY(!cd::test::descendantProcesses(sshd).isEmpty());
    if (deleteInsteadOfClose) {
        t.channel.reset();
    } else {
        QSignalSpy closed(t.channel.get(), &cd::ShellChannel::closed);
        t.channel->close();
        QVERIFY(closed.wait(10000));
        QCOMPARE(closed.first().first().toInt(), -1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(cd::test::descendantProcesses(sshd).isEmpty(), 10000);
}

void tst_ShellChannel::changedHostKeyIsRefused()
{
    QTemporaryDir dir;
    const QString oldKnownHosts = dir.filePath(u"known_hosts"_s);
    QVERIFY(QFile::copy(m_farm->knownHostsFile(), oldKnownHosts));
    const QByteArray recorded = cd::test::readAll(oldKnownHosts);
    QVERIFY2(m_farm->replaceHostKey(1), qPrintable(m_farm->errorString()));
    for (const cd::HostKeyPolicy policy :
         {cd::HostKeyPolicy::Strict, cd::HostKeyPolicy::TrustOnFirstUse}) {
        cd::SshTarget t = target(1);
        t.knownHostsFile = oldKnownHosts;
        t.policy = policy;
        cd::ShellChannel channel(t);
        QSignalSpy failed(&channel, &cd::ShellChannel::failed);
        QSignalSpy opened(&channel, &cd::ShellChannel::opened);
        channel.open();
        QVERIFY(failed.wait(15000));
        QVERIFY(opened.isEmpty());
        const auto error = failed.first().first().value<cd::SshError>();
        QCOMPARE(error.kind, cd::SshError::Kind::HostKeyChanged);
        QCOMPARE(error.presented.sha256, cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(1)));
        QCOMPARE(channel.state(), cd::ShellChannel::State::Closed);
    }
    QCOMPARE(cd::test::readAll(oldKnownHosts), recorded); // the new key was not recorded
}

QTEST_MAIN(tst_ShellChannel)
#include "tst_shellchannel.moc"
