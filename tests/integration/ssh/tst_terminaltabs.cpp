// The terminals of the main window against real sshd nodes (SshNodeFarm), offscreen: a
// double-click on a node opens a tab that reaches its shell, broadcast input reaches exactly
// the marked tabs, closing a tab ends the sshd session, Reconnect after the shell exits,
// session logging, the system ssh command line (run for real), and a changed host key
// keeping the tab from connecting.
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/integration/ssh/sshtesthelpers.h"
#include "widgets/hostkeydialog.h"
#include "widgets/mainwindow.h"
#include "widgets/terminal/nodeterminals.h"
#include "widgets/terminal/sftppane.h"
#include "widgets/terminal/terminalscreen.h"
#include "widgets/terminal/terminalsession.h"
#include "widgets/terminal/terminaltabs.h"
#include "widgets/terminal/terminalwidget.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using cd::TerminalSession;

namespace {

bool shows(TerminalSession *session, const QString &needle)
{
    const cd::TerminalScreen *screen = session->terminal()->screen();
    for (int row = 0; row < screen->rows(); ++row)
        if (screen->lineText(row).contains(needle))
            return true;
    return false;
}

} // namespace

class tst_TerminalTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void doubleClickOpensAWorkingTerminal();
    void broadcastReachesExactlyTheMarkedTabs();
    void closingATabEndsTheSshdSession();
    void reconnectAfterTheShellExits();
    void sessionLogGetsTheOutput();
    void systemSshCommandWorks();
    void filesPaneUploadsDroppedFilesAndDownloads();
    void changedHostKeyBlocksTheTerminal(); // last: gives node 2 a new key

private:
    TerminalSession *openOn(int node);
    void closeAll();

    std::unique_ptr<cd::test::SshNodeFarm> m_farm;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QSettings> m_settings;
    cd::MemoryClusterRepository m_repo;
    cd::MemorySecretStore m_secrets;
    std::unique_ptr<cd::MainWindow> m_window;
    cd::TerminalTabs *m_tabs = nullptr;
};

void tst_TerminalTabs::initTestCase()
{
    if (cd::test::SshNodeFarm::sshdPath().isEmpty() || cd::test::SshNodeFarm::sshPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd or ssh not found (packages openssh-server, openssh-client)"_s);
    m_farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(m_farm->start(3), qPrintable(m_farm->errorString()));
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(m_dataDir->filePath(u"known_hosts"_s)));
    // The cluster's own known_hosts, as a start records it.
    QVERIFY(QFile::copy(m_farm->knownHostsFile(),
                        m_dataDir->filePath(u"known_hosts/farm.known_hosts"_s)));
    m_settings
        = std::make_unique<QSettings>(m_dataDir->filePath(u"settings.ini"_s), QSettings::IniFormat);

    cd::LoginProfile login;
    login.name = u"farm-login"_s;
    login.imageUser = m_farm->user();
    login.userKeyPrivate = m_farm->clientKeyPath();
    QVERIFY(m_repo.saveLogin(login).ok());
    cd::Cluster cluster;
    cluster.name = u"farm"_s;
    cluster.templateName = u"slurm"_s;
    cluster.login = login.name;
    cluster.spec.sshProbeTimeoutSec = 10;
    for (int i = 0; i < 3; ++i) {
        cd::Node n;
        n.kind = u"compute"_s;
        n.index = i + 1;
        n.name = cd::Node::nameFor(n.kind, n.index);
        n.preferredIp = cd::SshAddress{m_farm->address(i), m_farm->port(i)}.toString();
        n.state = cd::NodeState::Ready;
        cluster.nodes << n;
    }
    QVERIFY(m_repo.addCluster(cluster).ok());

    m_window = std::make_unique<cd::MainWindow>(m_settings.get(), m_dataDir->path(), &m_repo,
                                                &m_secrets, nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tabs = m_window->terminalTabs();
}

void tst_TerminalTabs::cleanupTestCase()
{
    m_window.reset();
    m_farm.reset();
}

TerminalSession *tst_TerminalTabs::openOn(int node)
{
    const QString name = cd::Node::nameFor(u"compute"_s, node + 1);
    if (!m_window->nodeTerminals()->openTerminal(u"farm"_s, name))
        return nullptr;
    return m_tabs->session(m_tabs->count() - 1);
}

void tst_TerminalTabs::closeAll()
{
    while (m_tabs->count() > 0) {
        m_tabs->findChild<QTabWidget *>()->setCurrentIndex(0);
        m_tabs->closeAction()->trigger();
    }
}

void tst_TerminalTabs::doubleClickOpensAWorkingTerminal()
{
    auto *nodes = m_window->findChild<QTableView *>(u"nodeTable"_s);
    QVERIFY(nodes);
    QTRY_COMPARE(nodes->model()->rowCount(), 3);
    const QRect row = nodes->visualRect(nodes->model()->index(0, 0));
    // As a mouse does it: the item view wants the press before the double click.
    QTest::mouseClick(nodes->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(nodes->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(m_tabs->count(), 1);
    auto *dock = m_window->findChild<QDockWidget *>(u"terminalDock"_s);
    QVERIFY(dock->isVisible());
    TerminalSession *s = m_tabs->session(0);
    QCOMPARE(s->node(), u"compute001"_s);
    QCOMPARE(m_tabs->findChild<QTabWidget *>()->tabText(0), u"compute001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Connected, 15000);
    QTest::keyClicks(s->terminal(), u"echo tab-$((3*3))"_s);
    QTest::keyClick(s->terminal(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shows(s, u"tab-9"_s), 10000);
    // The pty has the view's size.
    QTest::keyClicks(s->terminal(), u"stty size\r"_s);
    const QString size = u"%1 %2"_s.arg(s->terminal()->rows()).arg(s->terminal()->columns());
    QTRY_VERIFY_WITH_TIMEOUT(shows(s, size), 10000);
    closeAll();
}

void tst_TerminalTabs::broadcastReachesExactlyTheMarkedTabs()
{
    QList<TerminalSession *> sessions;
    for (int i = 0; i < 3; ++i) {
        sessions << openOn(i);
        QVERIFY(sessions.last());
    }
    for (TerminalSession *s : sessions)
        QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Connected, 15000);
    sessions[0]->setBroadcastMember(true);
    sessions[2]->setBroadcastMember(true);
    m_tabs->broadcastAction()->trigger();
    QVERIFY(m_tabs->isBroadcasting());
    auto *banner = m_tabs->findChild<QLabel *>(u"broadcastBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u'2'));
    auto *tabWidget = m_tabs->findChild<QTabWidget *>();
    QVERIFY(tabWidget->tabText(0).startsWith(u"⇶"_s));
    QVERIFY(!tabWidget->tabText(1).startsWith(u"⇶"_s));

    QTest::keyClicks(sessions[0]->terminal(), u"echo bc-$((6*7))\r"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shows(sessions[0], u"bc-42"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(shows(sessions[2], u"bc-42"_s), 10000);
    // The unmarked tab got nothing: a marker typed there afterwards arrives alone.
    QTest::keyClicks(sessions[1]->terminal(), u"echo own-$((1+1))\r"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shows(sessions[1], u"own-2"_s), 10000);
    QVERIFY(!shows(sessions[1], u"bc-"_s));
    QVERIFY(!shows(sessions[0], u"own-"_s));

    m_tabs->broadcastAction()->trigger();
    QVERIFY(!banner->isVisible());
    QTest::keyClicks(sessions[0]->terminal(), u"echo solo-$((2+3))\r"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shows(sessions[0], u"solo-5"_s), 10000);
    QVERIFY(!shows(sessions[2], u"solo-"_s));

    // All nodes of a kind: every compute tab of the cluster.
    QCOMPARE(sessions[1]->kind(), u"compute"_s);
    QVERIFY(!sessions[1]->isBroadcastMember());
    m_tabs->includeKindAction()->trigger();
    for (TerminalSession *s : sessions)
        QVERIFY(s->isBroadcastMember());
    closeAll();
}

void tst_TerminalTabs::closingATabEndsTheSshdSession()
{
    const qint64 sshd = m_farm->processId(1);
    QTRY_VERIFY_WITH_TIMEOUT(cd::test::descendantProcesses(sshd).isEmpty(), 10000);
    TerminalSession *s = openOn(1);
    QVERIFY(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Connected, 15000);
    QVERIFY(!cd::test::descendantProcesses(sshd).isEmpty());
    m_tabs->closeAction()->trigger();
    QCOMPARE(m_tabs->count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(cd::test::descendantProcesses(sshd).isEmpty(), 10000);
}

void tst_TerminalTabs::reconnectAfterTheShellExits()
{
    TerminalSession *s = openOn(0);
    QVERIFY(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Connected, 15000);
    QVERIFY(!m_tabs->reconnectAction()->isEnabled());
    QTest::keyClicks(s->terminal(), u"exit 7\r"_s);
    QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Ended, 10000);
    auto *message = s->findChild<QLabel *>(u"sessionMessage"_s);
    QVERIFY(message->text().contains(u'7'));
    QVERIFY(m_tabs->reconnectAction()->isEnabled());
    m_tabs->reconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Connected, 15000);
    QTest::keyClicks(s->terminal(), u"echo again-$((4*4))\r"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shows(s, u"again-16"_s), 10000);
    closeAll();
}

void tst_TerminalTabs::sessionLogGetsTheOutput()
{
    TerminalSession *s = openOn(0);
    QVERIFY(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Connected, 15000);
    const QString path = m_dataDir->filePath(u"session.log"_s);
    QVERIFY(m_tabs->startLog(s, path));
    QVERIFY(m_tabs->logAction()->isChecked());
    QTest::keyClicks(s->terminal(), u"echo log-$((5+5))\r"_s);
    QTRY_VERIFY_WITH_TIMEOUT(cd::test::readAll(path).contains("log-10"), 10000);
    s->stopLog();
    closeAll();
}

void tst_TerminalTabs::systemSshCommandWorks()
{
    TerminalSession *s = openOn(1);
    QVERIFY(s);
    const QStringList ssh = s->systemSshArguments();
    QVERIFY(ssh.contains(u"StrictHostKeyChecking=yes"_s));
    QVERIFY(ssh.contains(u"UserKnownHostsFile="_s
                         + m_dataDir->filePath(u"known_hosts/farm.known_hosts"_s)));

    QGuiApplication::clipboard()->clear();
    m_tabs->copySshCommandAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"ssh -F /dev/null -i "_s));

    QStringList started;
    m_tabs->setSystemTerminal(u"/bin/true"_s);
    m_tabs->setStarter([&started](const QString &program, const QStringList &args) {
        started = QStringList{program} + args;
        return true;
    });
    m_tabs->openSystemTerminalAction()->trigger();
    QCOMPARE(started, QStringList({u"/bin/true"_s, u"-e"_s}) + ssh);

    // The same command line, run for real, reaches the node with the cluster's known_hosts.
    const cd::test::ProcessResult result = cd::test::runProcess(
        cd::test::SshNodeFarm::sshPath(), ssh.mid(1) + QStringList{u"echo"_s, u"sys-ok"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), u"sys-ok"_s);
    closeAll();
}

void tst_TerminalTabs::filesPaneUploadsDroppedFilesAndDownloads()
{
    TerminalSession *s = openOn(0);
    QVERIFY(s);
    QVERIFY(m_tabs->filesAction()->isEnabled());
    m_tabs->filesAction()->trigger();
    auto *pane = m_tabs->findChild<cd::SftpPane *>();
    QVERIFY(pane);
    QSignalSpy listed(pane, &cd::SftpPane::listed);
    QVERIFY(listed.wait(15000)); // the login folder
    const QString home = QFileInfo(m_farm->nodeHome(0)).canonicalFilePath();
    pane->browse(home);
    QTRY_COMPARE_WITH_TIMEOUT(pane->currentPath(), home, 15000);

    // A file dropped from the desktop is uploaded into the folder shown.
    const QString local = m_dataDir->filePath(u"drop.bin"_s);
    QByteArray content;
    for (int i = 0; content.size() < 3 * 1024 * 1024; ++i)
        content += QByteArray::number(i) + ' ';
    QVERIFY(cd::test::writeAll(local, content));
    QSignalSpy finished(pane, &cd::SftpPane::transferFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(local)});
    // As a drag arrives: enter (the pane accepts file URLs), then the drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(pane, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(pane, &drop);
    QVERIFY2(finished.wait(30000), qPrintable(pane->findChild<QLabel *>(u"sftpStatus"_s)->text()));
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(cd::test::readAll(home + u"/drop.bin"_s), content);
    auto *list = pane->findChild<QTreeWidget *>(u"sftpList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(u"drop.bin"_s, Qt::MatchExactly).isEmpty(), 15000);

    // And comes back the same.
    const QString back = m_dataDir->filePath(u"back.bin"_s);
    pane->download(u"drop.bin"_s, back);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.last().at(1).toBool());
    QCOMPARE(cd::test::readAll(back), content);
    pane->close();
    closeAll();
}

void tst_TerminalTabs::changedHostKeyBlocksTheTerminal()
{
    QVERIFY2(m_farm->replaceHostKey(2), qPrintable(m_farm->errorString()));
    TerminalSession *s = openOn(2);
    QVERIFY(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->status(), TerminalSession::Status::Failed, 15000);
    auto *message = s->findChild<QLabel *>(u"sessionMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(2))),
             qPrintable(message->text()));
    QVERIFY(m_tabs->reconnectAction()->isEnabled());
    // The window asks about the new key; refusing is the default.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<cd::HostKeyDialog *>(), 5000);
    auto *dialog = m_window->findChild<cd::HostKeyDialog *>();
    QCOMPARE(dialog->node(), s->node());
    QVERIFY(dialog->refuseButton()->isDefault());
    QVERIFY2(dialog->findChild<QLabel *>(u"presentedKey"_s)
                 ->text()
                 .contains(cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(2))),
             qPrintable(dialog->findChild<QLabel *>(u"presentedKey"_s)->text()));
    dialog->reject();
    closeAll();
}

QTEST_MAIN(tst_TerminalTabs)
#include "tst_terminaltabs.moc"
