#include "model/models/eventlogmodel.h"
#include "model/repository/memoryclusterrepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

ClusterEvent makeEvent(const QString &cluster,
                       const QString &text,
                       ClusterEvent::Level level = ClusterEvent::Level::Info)
{
    ClusterEvent e;
    e.cluster = cluster;
    e.text = text;
    e.level = level;
    return e;
}

} // namespace

class TestEventLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void loadsHistoryAndAppendsNewestLast();
    void capDropsOldest();
    void filtersByCluster();
};

void TestEventLogModel::loadsHistoryAndAppendsNewestLast()
{
    MemoryClusterRepository repo;
    QVERIFY(repo.appendEvents({makeEvent(u"a"_s, u"one"_s), makeEvent(u"a"_s, u"two"_s)}).ok());
    EventLogModel model(&repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(repo.appendEvent(makeEvent(u"a"_s, u"three"_s, ClusterEvent::Level::Error)).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, EventLogModel::TextColumn).data().toString(), u"three"_s);
    QCOMPARE(model.index(2, EventLogModel::LevelColumn).data().toString(), u"error"_s);
    QCOMPARE(model.index(2, 0).data(EventLogModel::LevelRole).toInt(),
             int(ClusterEvent::Level::Error));
    QVERIFY(!model.index(2, EventLogModel::TimeColumn).data().toString().isEmpty());
}

void TestEventLogModel::capDropsOldest()
{
    MemoryClusterRepository repo;
    EventLogModel model(&repo, 5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 12; ++i)
        QVERIFY(repo.appendEvent(makeEvent(u"a"_s, u"e%1"_s.arg(i))).ok());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, EventLogModel::TextColumn).data().toString(), u"e7"_s);
    QCOMPARE(model.index(4, EventLogModel::TextColumn).data().toString(), u"e11"_s);

    // A batch larger than the cap keeps only its newest events.
    QList<ClusterEvent> batch;
    for (int i = 0; i < 8; ++i)
        batch << makeEvent(u"a"_s, u"b%1"_s.arg(i));
    QVERIFY(repo.appendEvents(batch).ok());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, EventLogModel::TextColumn).data().toString(), u"b3"_s);
    QCOMPARE(model.index(4, EventLogModel::TextColumn).data().toString(), u"b7"_s);
}

void TestEventLogModel::filtersByCluster()
{
    MemoryClusterRepository repo;
    QVERIFY(repo.appendEvents({makeEvent(u"a"_s, u"a1"_s), makeEvent(u"b"_s, u"b1"_s)}).ok());
    EventLogModel model(&repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    model.setCluster(u"b"_s);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(repo.appendEvent(makeEvent(u"a"_s, u"a2"_s)).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(repo.appendEvent(makeEvent(u"b"_s, u"b2"_s)).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, EventLogModel::ClusterColumn).data().toString(), u"b"_s);
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
