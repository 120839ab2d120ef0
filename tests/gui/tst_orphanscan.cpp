// Scan for Orphans: which tagged instances no cluster holds (the classification the CLI
// shares), and the desktop's scan of a static-hosts account through the controller.
#include "model/lifecycle/clustercontroller.h"
#include "model/lifecycle/orphanscan.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/cloud/cloudprovider.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/gui/clusterfixture.h"
#include "tests/support/awaitfuture.h"
#include "widgets/logview.h"
#include "widgets/mainwindow.h"
#include "widgets/orphanscanflow.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestOrphanScan final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void classifies();
    void scanForOrphansListsThem();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    MemorySecretStore m_secrets;
};

using test::clusterNamed;

void TestOrphanScan::init()
{
    m_repo = std::make_unique<MemoryClusterRepository>();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_settings
        = std::make_unique<QSettings>(m_tmp->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->setValue(u"metrics/intervalSec"_s, 0);
    m_settings->setValue(u"refresh/intervalSec"_s, 0);
}

void TestOrphanScan::classifies()
{
    const auto instance = [](const QString &id, const QString &cluster,
                             InstanceInfo::State state = InstanceInfo::State::Running) {
        InstanceInfo info;
        info.id = id;
        info.cluster = cluster;
        info.state = state;
        return info;
    };
    Cluster held = clusterNamed(u"held"_s, u"plain"_s, u"lab"_s);
    held.nodes.first().instanceId = u"i-held"_s;
    Cluster starting = clusterNamed(u"starting"_s, u"plain"_s, u"lab"_s);
    starting.nodes.first().state = NodeState::Requested; // still waiting for its id
    Cluster elsewhere = clusterNamed(u"elsewhere"_s, u"plain"_s, u"other-account"_s);
    const QList<Orphan> orphans = OrphanScan::classify(
        u"lab"_s,
        {instance(u"i-held"_s, u"held"_s), instance(u"i-extra"_s, u"held"_s),
         instance(u"i-untagged"_s, {}), instance(u"i-gone"_s, u"gone"_s),
         instance(u"i-dead"_s, u"gone"_s, InstanceInfo::State::Terminated),
         instance(u"i-new"_s, u"starting"_s), instance(u"i-other"_s, u"elsewhere"_s)},
        {held, starting, elsewhere});
    QStringList ids;
    for (const Orphan &o : orphans) {
        ids << o.info.id;
        QCOMPARE(o.account, u"lab"_s);
        QVERIFY(!o.reason.isEmpty());
    }
    // "elsewhere" belongs to another account, so for this one it is not known either.
    QCOMPARE(ids, (QStringList{u"i-extra"_s, u"i-untagged"_s, u"i-gone"_s, u"i-other"_s}));
    QCOMPARE(orphans.at(0).reason, u"no node of cluster “held” holds it"_s);
    QCOMPARE(orphans.at(1).reason, u"no cluster tag"_s);
    QCOMPARE(orphans.at(2).reason, u"cluster “gone” is not known"_s);
}

// Two hosts of a static account are held for a cluster nobody stores any more (as after
// `remove --force`), a third by a stored cluster's node, a fourth for a node of that stored
// cluster it does not know (as after restoring an older export): the scan lists all but the
// third, and the summary adopts the fourth back into its cluster.
void TestOrphanScan::scanForOrphansListsThem()
{
    CloudProviderFactory factory;
    CloudProviderFactory::registerBuiltins(factory);
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    lab.settings.insert(u"hosts"_s,
                        u"127.0.0.2:2222,127.0.0.3:2222,127.0.0.4:2222,127.0.0.5:2222"_s);
    QVERIFY(m_repo->saveConfig({{lab}, {}, {}, {}}).ok());
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    ClusterController controller(m_repo.get(), &m_secrets, &factory,
                                 ProviderContext{nullptr, m_tmp->filePath(u"p"_s)}, dataDir.value(),
                                 nullptr, nullptr);
    const auto provider = test::await(controller.providerForAccount(*m_repo->account(u"lab"_s)));
    QVERIFY2(provider, qPrintable(provider ? QString() : provider.error()));
    const auto allocate = [&](const QString &cluster, const QStringList &nodes) {
        InstanceSpec spec;
        spec.cluster = cluster;
        spec.kind = u"compute"_s;
        spec.nodeNames = nodes;
        return test::await(provider.value()->createInstances(spec));
    };
    const auto kept = allocate(u"kept"_s, {u"compute001"_s});
    QVERIFY(kept.ok());
    const auto ghosts = allocate(u"ghost"_s, {u"compute001"_s, u"compute002"_s});
    QVERIFY(ghosts.ok());
    const auto later = allocate(u"kept"_s, {u"compute002"_s});
    QVERIFY(later.ok());
    Cluster stored = clusterNamed(u"kept"_s, u"plain"_s, u"lab"_s);
    stored.nodes.first().instanceId = kept.value().first().id;
    NodeKindSpec compute;
    compute.name = u"compute"_s;
    stored.spec.kinds << compute;
    QVERIFY(m_repo->addCluster(stored).ok());

    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets, &controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *scan = window.orphanScan()->action();
    QVERIFY(scan->isEnabled());
    QSignalSpy finished(window.orphanScan()->scan(), &OrphanScan::finished);
    scan->trigger(); // opens nothing modal; the accounts answer when they answer
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    auto *summary = window.findChild<QMessageBox *>(u"orphanSummary"_s);
    QVERIFY(summary);
    QTRY_VERIFY(summary->isVisible());
    QVERIFY2(summary->text().startsWith(u"3 orphaned"_s), qPrintable(summary->text()));
    const QString details = summary->detailedText();
    for (const InstanceInfo &ghost : ghosts.value())
        QVERIFY2(details.contains(ghost.id), qPrintable(details));
    QVERIFY2(!details.contains(kept.value().first().id), qPrintable(details));
    QCOMPARE(details.count(u"cluster “ghost” is not known"_s), 2);
    QVERIFY(details.contains(later.value().first().id));
    QVERIFY(window.logView()->toPlainText().contains(u"3 orphaned"_s));
    QVERIFY(scan->isEnabled());

    // Listing changed nothing: the hosts are still held.
    const auto again = test::await(provider.value()->findInstancesByTag(QString()));
    QVERIFY(again.ok());
    QCOMPARE(again.value().size(), 4);
    QCOMPARE(m_repo->cluster(u"kept"_s)->nodes.size(), 1);

    // Only the stored cluster's instance can be adopted; adopting makes it kept's compute002.
    auto *adopt = summary->findChild<QPushButton *>(u"adoptOrphans"_s);
    QVERIFY(adopt);
    QCOMPARE(adopt->text(), u"&Adopt 1"_s);
    adopt->click();
    const std::optional<Cluster> kept2 = m_repo->cluster(u"kept"_s);
    QVERIFY(kept2);
    const Node *adopted = kept2->node(u"compute002"_s);
    QVERIFY(adopted);
    QCOMPARE(adopted->instanceId, later.value().first().id);
    QCOMPARE(adopted->kind, u"compute"_s);
    QTRY_VERIFY(window.logView()->toPlainText().contains(
        u"adopted as node compute002 of cluster “kept”"_s));
    QTRY_VERIFY(!summary->isVisible());
    QTRY_VERIFY(!controller.isBusy(u"kept"_s)); // the refresh that follows has finished
}

QTEST_MAIN(TestOrphanScan)
#include "tst_orphanscan.moc"
