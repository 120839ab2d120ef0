#include "app/globaloptions.h"

#include <QTest>

using cd::GlobalOptions;
using namespace Qt::StringLiterals;

class TestGlobalOptions final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void passThroughAfterDoubleDash();
};

void TestGlobalOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<int>("verbosity");
    QTest::addColumn<QStringList>("rest");
    QTest::addColumn<bool>("error");

    const auto L = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list << QString::fromUtf8(item);
        return list;
    };
    QTest::newRow("nothing") << QStringList() << QString() << 0 << QStringList() << false;
    QTest::newRow("before command")
        << L({"--data-dir", "/d", "-v", "list"}) << u"/d"_s << 1 << L({"list"}) << false;
    QTest::newRow("after command") << L({"list", "--json", "--data-dir", "/d", "--verbose"})
                                   << u"/d"_s << 1 << L({"list", "--json"}) << false;
    QTest::newRow("equals form") << L({"--data-dir=/x/y", "info"}) << u"/x/y"_s << 0 << L({"info"})
                                 << false;
    QTest::newRow("-vvv") << L({"-vvv", "info", "-v"}) << QString() << 4 << L({"info"}) << false;
    QTest::newRow("-vx is not ours")
        << L({"info", "-vx"}) << QString() << 0 << L({"info", "-vx"}) << false;
    QTest::newRow("missing value")
        << L({"info", "--data-dir"}) << QString() << 0 << L({"info"}) << true;
    QTest::newRow("empty value") << L({"--data-dir=", "info"}) << QString() << 0 << QStringList()
                                 << true;
}

void TestGlobalOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, dataDir);
    QFETCH(int, verbosity);
    QFETCH(QStringList, rest);
    QFETCH(bool, error);

    const GlobalOptions options = GlobalOptions::parse(arguments);
    QCOMPARE(!options.error.isEmpty(), error);
    if (error) {
        QVERIFY2(options.error.contains(u"--data-dir"), qPrintable(options.error));
        return;
    }
    QCOMPARE(options.dataDir, dataDir);
    QCOMPARE(options.verbosity, verbosity);
    QCOMPARE(options.rest, rest);
}

void TestGlobalOptions::passThroughAfterDoubleDash()
{
    const GlobalOptions options = GlobalOptions::parse(
        {u"ssh"_s, u"mycluster"_s, u"--"_s, u"--data-dir"_s, u"-v"_s, u"--help"_s});
    QVERIFY(options.error.isEmpty());
    QVERIFY(options.dataDir.isEmpty());
    QCOMPARE(options.verbosity, 0);
    QVERIFY(!options.help);
    QCOMPARE(options.rest, (QStringList{u"ssh"_s, u"mycluster"_s, u"--"_s, u"--data-dir"_s, u"-v"_s,
                                        u"--help"_s}));
}

QTEST_GUILESS_MAIN(TestGlobalOptions)
#include "tst_globaloptions.moc"
