// The jsonl event parser over a stream recorded from ansible-playbook 2.14 (three hosts: one
// fine, one with a failing task, one unreachable), fed whole, in small chunks and truncated.
#include "providers/setup/jsonleventparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::JsonlEventParser;
using cd::SetupEvent;
using Type = cd::SetupEvent::Type;

class TestJsonlEventParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeStream();
    void chunked_data();
    void chunked();
    void truncatedLastLine();
    void otherOutputKeptApart();
    void lastLineWithoutNewline();

private:
    QList<SetupEvent> parseAll(int chunk) const;
    QByteArray m_stream;
};

void TestJsonlEventParser::initTestCase()
{
    QFile file(QFINDTESTDATA("data/three-hosts-failed-unreachable.jsonl"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_stream = file.readAll();
    QVERIFY(m_stream.endsWith('\n'));
}

QList<SetupEvent> TestJsonlEventParser::parseAll(int chunk) const
{
    JsonlEventParser parser;
    QList<SetupEvent> events;
    for (qsizetype i = 0; i < m_stream.size(); i += chunk)
        events << parser.feed(
            QByteArrayView(m_stream).sliced(i, qMin<qsizetype>(chunk, m_stream.size() - i)));
    events << parser.finish();
    return events;
}

void TestJsonlEventParser::wholeStream()
{
    const QList<SetupEvent> events = parseAll(int(m_stream.size()));
    QList<Type> types;
    QStringList hosts;
    for (const SetupEvent &e : events) {
        types << e.type;
        hosts << e.host;
    }
    const QList<Type> expected{Type::PlayStarted, Type::TaskStarted, Type::HostUnreachable,
                               Type::HostOk,      Type::HostOk,      Type::TaskStarted,
                               Type::HostChanged, Type::HostChanged, Type::TaskStarted,
                               Type::HostSkipped, Type::HostFailed,  Type::TaskStarted,
                               Type::HostSkipped, Type::Stats};
    QCOMPARE(types, expected);
    QCOMPARE(hosts.mid(2, 3), (QStringList{u"gamma"_s, u"alpha"_s, u"beta"_s}));

    QCOMPARE(events.at(0).play, u"Recorded for ClusterDeck's parser tests"_s);
    const SetupEvent &unreachable = events.at(2);
    QCOMPARE(unreachable.task, u"Reach every host"_s);
    QCOMPARE(unreachable.play, events.at(0).play); // carried over from the play start
    QVERIFY2(unreachable.message.contains(u"Data could not be sent"_s),
             qPrintable(unreachable.message));
    const SetupEvent &failed = events.at(10);
    QCOMPARE(failed.host, u"beta"_s);
    QCOMPARE(failed.task, u"Fail on beta"_s);
    QCOMPARE(failed.message, u"non-zero return code"_s);
    QVERIFY(events.at(6).durationSec > 0.0);
    QVERIFY(events.at(6).durationSec < 60.0);
    QCOMPARE(events.at(6).time, QDateTime(QDate(2026, 11, 25), QTime(19, 44, 3, 683), Qt::UTC));

    const SetupEvent &stats = events.last();
    QCOMPARE(stats.stats.size(), 3);
    QCOMPARE(stats.stats[u"alpha"_s].ok, 2);
    QCOMPARE(stats.stats[u"alpha"_s].changed, 1);
    QCOMPARE(stats.stats[u"alpha"_s].skipped, 2);
    QVERIFY(stats.stats[u"alpha"_s].clean());
    QCOMPARE(stats.stats[u"beta"_s].failures, 1);
    QVERIFY(!stats.stats[u"beta"_s].clean());
    QCOMPARE(stats.stats[u"gamma"_s].unreachable, 1);
}

void TestJsonlEventParser::chunked_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("4 KiB") << 4096;
}

void TestJsonlEventParser::chunked()
{
    QFETCH(int, chunk);
    const QList<SetupEvent> whole = parseAll(int(m_stream.size()));
    const QList<SetupEvent> pieces = parseAll(chunk);
    QCOMPARE(pieces.size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        QCOMPARE(pieces.at(i).type, whole.at(i).type);
        QCOMPARE(pieces.at(i).host, whole.at(i).host);
        QCOMPARE(pieces.at(i).message, whole.at(i).message);
    }
}

void TestJsonlEventParser::truncatedLastLine()
{
    // The process died while writing the stats line.
    const qsizetype lastStart = m_stream.lastIndexOf('\n', m_stream.size() - 2) + 1;
    const QByteArray cut = m_stream.left(lastStart + (m_stream.size() - lastStart) / 2);
    JsonlEventParser parser;
    QList<SetupEvent> events = parser.feed(cut);
    QCOMPARE(events.size(), 13); // everything before the stats
    QCOMPARE(parser.truncatedLines(), 0);
    events << parser.finish();
    QCOMPARE(events.size(), 13);
    QCOMPARE(parser.truncatedLines(), 1);
    QVERIFY(parser.otherLines().isEmpty());
}

void TestJsonlEventParser::otherOutputKeptApart()
{
    JsonlEventParser parser;
    const QList<SetupEvent> events = parser.feed(
        "[WARNING]: something a module printed\n"
        R"({"_event":"v2_playbook_on_play_start","_timestamp":"2026-11-25T19:43:59.757889Z","play":{"name":"p"}})"
        "\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, Type::PlayStarted);
    QCOMPARE(parser.otherLines(), QList<QByteArray>{"[WARNING]: something a module printed"});
}

void TestJsonlEventParser::lastLineWithoutNewline()
{
    JsonlEventParser parser;
    QVERIFY(parser.feed(R"({"_event":"v2_playbook_on_play_start","play":{"name":"p"}})").isEmpty());
    const QList<SetupEvent> events = parser.finish();
    QCOMPARE(events.size(), 1);
    QCOMPARE(parser.truncatedLines(), 0);
}

QTEST_GUILESS_MAIN(TestJsonlEventParser)
#include "tst_jsonleventparser.moc"
