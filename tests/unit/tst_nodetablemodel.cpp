#include "model/models/nodetablemodel.h"
#include "model/models/statepalette.h"
#include "model/repository/memoryclusterrepository.h"
#include "tests/unit/modelfixtures.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace cd;
using namespace Qt::StringLiterals;

class TestNodeTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void followsOneCluster();
    void stateRolesDifferPerState();
    void uptime();
};

void TestNodeTableModel::followsOneCluster()
{
    MemoryClusterRepository repo;
    QVERIFY(
        repo.addCluster(test::makeCluster(u"a"_s, {{u"frontend"_s, 1}, {u"compute"_s, 2}})).ok());
    QVERIFY(repo.addCluster(test::makeCluster(u"b"_s, {{u"compute"_s, 5}})).ok());
    NodeTableModel model(&repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setCluster(u"a"_s);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, NodeTableModel::NameColumn).data().toString(), u"compute001"_s);
    QCOMPARE(model.index(2, NodeTableModel::NameColumn).data().toString(), u"frontend001"_s);

    // Changes to another cluster do not touch this model.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Node other = *repo.cluster(u"b"_s)->node(u"compute003"_s);
    other.state = NodeState::Ready;
    QVERIFY(repo.saveNode(u"b"_s, other).ok());
    QCOMPARE(changed.size(), 0);

    Node n = *repo.cluster(u"a"_s)->node(u"compute002"_s);
    n.state = NodeState::Running;
    n.publicIp = u"198.51.100.4"_s;
    n.instanceId = u"i-42"_s;
    QVERIFY(repo.saveNode(u"a"_s, n).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, NodeTableModel::PublicIpColumn).data().toString(), u"198.51.100.4"_s);
    QCOMPARE(model.index(1, NodeTableModel::InstanceIdColumn).data().toString(), u"i-42"_s);
    QCOMPARE(model.index(1, NodeTableModel::StateColumn).data().toString(), u"Running"_s);

    // A new node is inserted in kind/index order.
    Node added;
    added.kind = u"compute"_s;
    added.index = 3;
    added.name = u"compute003"_s;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(repo.saveNode(u"a"_s, added).ok());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 4);

    QVERIFY(repo.removeNodes(u"a"_s, {u"compute001"_s}).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(u"compute001"_s), -1);

    QVERIFY(repo.removeCluster(u"a"_s).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestNodeTableModel::stateRolesDifferPerState()
{
    MemoryClusterRepository repo;
    Cluster c = test::makeCluster(u"s"_s, {{u"n"_s, 7}});
    const NodeState states[]
        = {NodeState::Planned, NodeState::Pending,     NodeState::Configuring, NodeState::Ready,
           NodeState::Failed,  NodeState::Unreachable, NodeState::Terminated};
    for (int i = 0; i < 7; ++i) {
        c.nodes[i].state = states[i];
        c.nodes[i].lastError = states[i] == NodeState::Failed ? u"boom"_s : QString();
    }
    QVERIFY(repo.addCluster(c).ok());
    NodeTableModel model(&repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCluster(u"s"_s);
    std::set<QRgb> colours;
    std::set<QString> icons;
    for (int row = 0; row < 7; ++row) {
        const QModelIndex state = model.index(row, NodeTableModel::StateColumn);
        const auto nodeState = NodeState(state.data(NodeTableModel::NodeStateRole).toInt());
        QCOMPARE(nodeState, states[row]);
        const QColor colour = state.data(NodeTableModel::StateColourRole).value<QColor>();
        QCOMPARE(colour, StatePalette::colour(states[row]));
        QCOMPARE(state.data(Qt::DecorationRole).value<QColor>(), colour);
        colours.insert(colour.rgb());
        icons.insert(state.data(NodeTableModel::StateIconRole).toString());
    }
    // The seven states the user must tell apart all look different, by colour and by icon.
    QCOMPARE(colours.size(), std::size_t(7));
    QCOMPARE(icons.size(), std::size_t(7));
    QCOMPARE(model.index(4, NodeTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
             u"boom"_s);
    QCOMPARE(StatePalette::colour(NodeState::Ready), QColor(0x2e, 0x7d, 0x32));  // green
    QCOMPARE(StatePalette::colour(NodeState::Failed), QColor(0xc6, 0x28, 0x28)); // red
}

void TestNodeTableModel::uptime()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Node n;
    n.state = NodeState::Ready;
    n.stateChanged = now.addSecs(-(2 * 3600 + 5 * 60));
    QCOMPARE(NodeTableModel::uptimeText(n, now), u"2h 5m"_s);
    n.stateChanged = now.addSecs(-(26 * 3600));
    QCOMPARE(NodeTableModel::uptimeText(n, now), u"1d 2h"_s);
    n.state = NodeState::Paused;
    QVERIFY(NodeTableModel::uptimeText(n, now).isEmpty());
}

QTEST_GUILESS_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
