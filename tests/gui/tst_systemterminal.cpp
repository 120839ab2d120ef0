// SystemTerminal: each emulator's way of taking a command, and shell quoting of the copied
// ssh command line (checked by a real shell splitting it back into the same arguments).
#include "widgets/terminal/systemterminal.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SystemTerminal : public QObject
{
    Q_OBJECT

private slots:
    void commandLine_data();
    void commandLine();
    void quotingSurvivesAShell();
    void openUsesTheStarter();
};

void tst_SystemTerminal::commandLine_data()
{
    QTest::addColumn<QString>("emulator");
    QTest::addColumn<QStringList>("expected");
    const QStringList ssh{u"ssh"_s, u"-p"_s, u"2222"_s, u"root@10.0.0.1"_s};
    QTest::newRow("x-terminal-emulator")
        << u"x-terminal-emulator"_s << QStringList{u"x-terminal-emulator"_s, u"-e"_s} + ssh;
    QTest::newRow("konsole") << u"konsole"_s << QStringList{u"konsole"_s, u"-e"_s} + ssh;
    QTest::newRow("xterm by path")
        << u"/usr/bin/xterm"_s << QStringList{u"/usr/bin/xterm"_s, u"-e"_s} + ssh;
    QTest::newRow("gnome-terminal")
        << u"gnome-terminal"_s << QStringList{u"gnome-terminal"_s, u"--"_s} + ssh;
}

void tst_SystemTerminal::commandLine()
{
    QFETCH(QString, emulator);
    QFETCH(QStringList, expected);
    QCOMPARE(cd::SystemTerminal::commandLine(emulator,
                                             {u"ssh"_s, u"-p"_s, u"2222"_s, u"root@10.0.0.1"_s}),
             expected);
}

void tst_SystemTerminal::quotingSurvivesAShell()
{
    const QStringList argv{u"ssh"_s,
                           u"-o"_s,
                           u"ProxyCommand=ssh -W %h:%p bastion"_s,
                           u"-o"_s,
                           u"UserKnownHostsFile=/home/a b/it's"_s,
                           u"--"_s,
                           u"root@10.0.0.1"_s,
                           u"$HOME;`x`"_s};
    const QString line = cd::SystemTerminal::shellJoin(argv);
    QVERIFY(line.startsWith(u"ssh -o 'ProxyCommand=ssh -W %h:%p bastion' -o "_s));
    QProcess sh;
    sh.start(u"/bin/sh"_s,
             {u"-c"_s, u"for a in "_s + line + u"; do printf '%s\\n' \"$a\"; done"_s});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts), argv);
}

void tst_SystemTerminal::openUsesTheStarter()
{
    QString program;
    QStringList arguments;
    QVERIFY(cd::SystemTerminal::open(u"konsole"_s, {u"ssh"_s, u"node"_s},
                                     [&](const QString &p, const QStringList &a) {
                                         program = p;
                                         arguments = a;
                                         return true;
                                     }));
    QCOMPARE(program, u"konsole"_s);
    QCOMPARE(arguments, (QStringList{u"-e"_s, u"ssh"_s, u"node"_s}));
    QVERIFY(cd::SystemTerminal::find(u"/no/such/terminal"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SystemTerminal)
#include "tst_systemterminal.moc"
