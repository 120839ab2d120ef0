#include "model/models/eventfiltermodel.h"
#include "model/models/eventlogmodel.h"
#include "model/repository/memoryclusterrepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

ClusterEvent makeEvent(const QString &cluster,
                       const QString &text,
                       ClusterEvent::Level level = ClusterEvent::Level::Info,
                       const QString &node = {})
{
    ClusterEvent e;
    e.cluster = cluster;
    e.text = text;
    e.level = level;
    e.node = node;
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
    void filtersByLevelAndNode();
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

void TestEventLogModel::filtersByLevelAndNode()
{
    using Level = ClusterEvent::Level;
    MemoryClusterRepository repo;
    QVERIFY(repo.appendEvents({makeEvent(u"a"_s, u"started"_s),
                               makeEvent(u"a"_s, u"n1 slow"_s, Level::Warning, u"n1"_s),
                               makeEvent(u"a"_s, u"n2 slow"_s, Level::Warning, u"n2"_s),
                               makeEvent(u"a"_s, u"n1 probe"_s, Level::Debug, u"n1"_s),
                               makeEvent(u"a"_s, u"n1 failed"_s, Level::Error, u"n1"_s)})
                .ok());
    EventLogModel model(&repo);
    EventFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto texts = [&filter] {
        QStringList out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out << filter.index(row, EventLogModel::TextColumn).data().toString();
        return out;
    };
    QCOMPARE(filter.rowCount(), 5); // Debug and up: everything
    filter.setMinimumLevel(Level::Warning);
    QCOMPARE(texts(), (QStringList{u"n1 slow"_s, u"n2 slow"_s, u"n1 failed"_s}));
    filter.setNode(u"n1"_s); // both at once
    QCOMPARE(texts(), (QStringList{u"n1 slow"_s, u"n1 failed"_s}));
    filter.setMinimumLevel(Level::Debug);
    QCOMPARE(texts(), (QStringList{u"n1 slow"_s, u"n1 probe"_s, u"n1 failed"_s}));
    // New events are filtered as they arrive.
    QVERIFY(repo.appendEvents({makeEvent(u"a"_s, u"n2 back"_s, Level::Info, u"n2"_s),
                               makeEvent(u"a"_s, u"n1 back"_s, Level::Info, u"n1"_s)})
                .ok());
    QCOMPARE(texts().last(), u"n1 back"_s);
    QCOMPARE(filter.rowCount(), 4);
    filter.setNode({});
    QCOMPARE(filter.rowCount(), 7);
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
