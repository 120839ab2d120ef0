#include "model/models/clusterfiltermodel.h"
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
    void filtersByNameTemplateAndCloud();
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
    // The tooltip counts every state, in lifecycle order.
    QCOMPARE(model.index(0, ClusterListModel::NodesColumn).data(Qt::ToolTipRole).toString(),
             u"Planned: 1, Ready: 2, Unreachable: 1"_s);

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

void TestClusterListModel::filtersByNameTemplateAndCloud()
{
    MemoryClusterRepository repo;
    for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s})
        QVERIFY(repo.addCluster(test::makeCluster(name, {{u"compute"_s, 1}})).ok());
    Cluster beta = *repo.cluster(u"beta"_s);
    beta.cloud = u"openstack-lab"_s;
    QVERIFY(repo.updateCluster(beta).ok());
    ClusterListModel model(&repo);
    ClusterFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shown = [&filter] {
        QStringList names;
        for (int row = 0; row < filter.rowCount(); ++row)
            names << filter.index(row, 0).data(ClusterListModel::ClusterNameRole).toString();
        return names;
    };
    QCOMPARE(filter.rowCount(), 3);
    filter.setFilterText(u"GAM"_s); // the name, ignoring case
    QCOMPARE(shown(), QStringList{u"gamma"_s});
    filter.setFilterText(u"tmpl-al"_s); // the template
    QCOMPARE(shown(), QStringList{u"alpha"_s});
    filter.setFilterText(u" lab "_s); // the cloud; surrounding blanks do not count
    QCOMPARE(shown(), QStringList{u"beta"_s});
    QCOMPARE(filter.rowOf(u"beta"_s), 0);
    QCOMPARE(filter.rowOf(u"alpha"_s), -1); // filtered out
    QCOMPARE(filter.rowOf(u"nope"_s), -1);
    filter.setFilterText(u"Planned"_s); // the state column is not searched
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText(u"a.*"_s); // typed text, not a pattern
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText({});
    QCOMPARE(shown(), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    // Rows arriving while a filter is set are filtered too.
    filter.setFilterText(u"delta"_s);
    QVERIFY(repo.addCluster(test::makeCluster(u"delta"_s, {{u"compute"_s, 1}})).ok());
    QCOMPARE(shown(), QStringList{u"delta"_s});
    QCOMPARE(filter.rowOf(u"delta"_s), 0);
}

QTEST_GUILESS_MAIN(TestClusterListModel)
#include "tst_clusterlistmodel.moc"
