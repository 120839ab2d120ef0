// The executables driven as a user drives them: real processes, real arguments, exit codes.
#include "tests/support/testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = cd::test::ProcessResult;

// Without a display on purpose: --help and --version must work on a headless machine.
Run run(const QString &program,
        const QStringList &arguments,
        const QString &home = {},
        const QString &language = u"C.UTF-8"_s)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, language);
    env.insert(u"LANGUAGE"_s, language.left(2));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    if (!home.isEmpty()) {
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    }
    return cd::test::runProcess(program, arguments, env, 30000);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp_data();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void dataDirBeforeAndAfterCommand_data();
    void dataDirBeforeAndAfterCommand();
    void defaultDataDirIsUnderHome();
    void dataDirThatIsAFileFails();
    void followsTheSystemLanguage();
};

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString cli = cd::test::cliPath();
    const QString gui = cd::test::guiPath();
    QTest::newRow("cli --version") << cli << QStringList{u"--version"_s} << u"clusterdeck-cli 0."_s;
    QTest::newRow("cli --help") << cli << QStringList{u"--help"_s} << u"Usage: clusterdeck-cli"_s;
    QTest::newRow("cli -h") << cli << QStringList{u"-h"_s} << u"--data-dir DIR"_s;
    QTest::newRow("cli help lists info") << cli << QStringList{u"--help"_s} << u"  info "_s;
    QTest::newRow("gui --version") << gui << QStringList{u"--version"_s} << u"clusterdeck 0."_s;
    QTest::newRow("gui --help") << gui << QStringList{u"--help"_s} << u"--screenshot FILE"_s;
}

void TestCli::versionAndHelp()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run result = run(program, arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out + result.err));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString cli = cd::test::cliPath();
    QTest::newRow("no command") << cli << QStringList{} << u"No command given"_s;
    QTest::newRow("unknown command")
        << cli << QStringList{u"frobnicate"_s} << u"Unknown command 'frobnicate'"_s;
    QTest::newRow("data-dir without value")
        << cli << QStringList{u"info"_s, u"--data-dir"_s} << u"--data-dir needs a directory"_s;
    QTest::newRow("bad info argument")
        << cli << QStringList{u"info"_s, u"--yaml"_s} << u"unknown argument '--yaml'"_s;
    QTest::newRow("gui unknown option")
        << cd::test::guiPath() << QStringList{u"--frob"_s} << u"Unknown option '--frob'"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir home;
    const Run result = run(program, arguments, home.path());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCli::dataDirBeforeAndAfterCommand_data()
{
    QTest::addColumn<bool>("before");
    QTest::newRow("before") << true;
    QTest::newRow("after") << false;
}

void TestCli::dataDirBeforeAndAfterCommand()
{
    QFETCH(bool, before);
    QTemporaryDir tmp;
    const QString dir = tmp.path() + u"/fresh/data"_s;
    const QStringList args
        = before ? QStringList{u"--data-dir"_s, dir, u"-v"_s, u"info"_s, u"--json"_s}
                 : QStringList{u"info"_s, u"--json"_s, u"--data-dir"_s, dir};
    const Run result = run(cd::test::cliPath(), args, tmp.path() + u"/home"_s);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"data_dir"_s).toString(), dir);
    QCOMPARE(json.value(u"database"_s).toString(), dir + u"/clusterdeck.sqlite"_s);
    QVERIFY(QFileInfo(dir).isDir());
    // Nothing landed in HOME.
    QVERIFY(!QFileInfo::exists(tmp.path() + u"/home/.local/share/clusterdeck"_s));
}

void TestCli::defaultDataDirIsUnderHome()
{
    QTemporaryDir home;
    const Run result = run(cd::test::cliPath(), {u"info"_s, u"--json"_s}, home.path());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"data_dir"_s).toString(), home.path() + u"/.local/share/clusterdeck"_s);
}

void TestCli::dataDirThatIsAFileFails()
{
    QTemporaryDir tmp;
    QFile file(tmp.filePath(u"occupied"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run result = run(cd::test::cliPath(), {u"--data-dir"_s, file.fileName(), u"info"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"is not a directory"_s), qPrintable(result.err));
}

void TestCli::followsTheSystemLanguage()
{
    const Run german = run(cd::test::cliPath(), {u"--help"_s}, {}, u"de_DE.UTF-8"_s);
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(u"Aufruf: clusterdeck-cli"_s), qPrintable(german.out));
    const Run english = run(cd::test::cliPath(), {u"--help"_s});
    QVERIFY2(english.out.contains(u"Usage: clusterdeck-cli"_s), qPrintable(english.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
