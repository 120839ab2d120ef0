#include "model/models/clusterlistmodel.h"
#include "model/repository/memoryclusterrepository.h"
#include "tests/unit/modelfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestClusterListModel final : public QObject
{
    Q_OBJECT

private slots:
    void mirrorsRepository();
    void countsNodesByState();
    void ageText();
};

void TestClusterListModel::mirrorsRepository()
{
    MemoryClusterRepository repo;
    QVERIFY(repo.addCluster(test::makeCluster(u"beta"_s, {{u"compute"_s, 2}})).ok());
    ClusterListModel model(&repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(repo.addCluster(test::makeCluster(u"alpha"_s, {{u"compute"_s, 1}})).ok());
    QVERIFY(repo.addCluster(test::makeCluster(u"gamma"_s, {{u"compute"_s, 1}})).ok());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 3);
    // Sorted by name, whatever the order of arrival.
    QCOMPARE(model.index(0, ClusterListModel::NameColumn).data().toString(), u"alpha"_s);
    QCOMPARE(model.index(1, ClusterListModel::NameColumn).data().toString(), u"beta"_s);
    QCOMPARE(model.index(2, ClusterListModel::NameColumn).data().toString(), u"gamma"_s);
    QCOMPARE(model.index(1, ClusterListModel::TemplateColumn).data().toString(), u"tmpl-beta"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Cluster beta = *repo.cluster(u"beta"_s);
    beta.state = ClusterState::Ready;
    QVERIFY(repo.updateCluster(beta).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), 1);
    QCOMPARE(model.index(1, 0).data(ClusterListModel::ClusterStateRole).toInt(),
             int(ClusterState::Ready));
    QCOMPARE(model.index(1, ClusterListModel::StateColumn).data().toString(), u"Ready"_s);

    QVERIFY(repo.removeCluster(u"alpha"_s).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"beta"_s), 0);
    QCOMPARE(model.rowOf(u"alpha"_s), -1);
}

void TestClusterListModel::countsNodesByState()
{
    MemoryClusterRepository repo;
    QVERIFY(
        repo.addCluster(test::makeCluster(u"c"_s, {{u"frontend"_s, 1}, {u"compute"_s, 3}})).ok());
    ClusterListModel model(&repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, ClusterListModel::NodesColumn).data().toString(), u"0 ready / 4"_s);

    Cluster c = *repo.cluster(u"c"_s);
    QList<Node> nodes = c.nodes;
    nodes[0].state = NodeState::Ready;
    nodes[1].state = NodeState::Ready;
    nodes[2].state = NodeState::Unreachable;
    QVERIFY(repo.saveNodes(u"c"_s, nodes).ok());
    QCOMPARE(model.index(0, 0).data(ClusterListModel::ReadyCountRole).toInt(), 2);
    QCOMPARE(model.index(0, 0).data(ClusterListModel::FailedCountRole).toInt(), 1);
    QCOMPARE(model.index(0, 0).data(ClusterListModel::NodeCountRole).toInt(), 4);
    QCOMPARE(model.index(0, ClusterListModel::NodesColumn).data().toString(),
             u"2 ready, 1 failed / 4"_s);

    QVERIFY(repo.removeNodes(u"c"_s, {nodes[2].name}).ok());
    QCOMPARE(model.index(0, 0).data(ClusterListModel::NodeCountRole).toInt(), 3);
}

void TestClusterListModel::ageText()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ClusterListModel::ageText(now.addSecs(-30), now), u"30 second(s)"_s);
    QCOMPARE(ClusterListModel::ageText(now.addSecs(-7200), now), u"2 hour(s)"_s);
    QCOMPARE(ClusterListModel::ageText(now.addDays(-3), now), u"3 day(s)"_s);
    QVERIFY(ClusterListModel::ageText(QDateTime(), now).isEmpty());
}

QTEST_GUILESS_MAIN(TestClusterListModel)
#include "tst_clusterlistmodel.moc"
