// Point-and-click: Create cluster… → wizard → nodes appear and come alive; Destroy… asks for
// the typed name and then the cluster goes. Real controller and static-hosts provider; the
// SSH probe is scripted (the real one is covered by the CLI lifecycle tests).
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/scriptedprober.h"
#include "widgets/clusteractions.h"
#include "widgets/destroyclusterdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/wizardaccountpage.h"
#include "widgets/wizard/wizardloginpage.h"
#include "widgets/wizard/wizardtemplatepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;
using namespace Qt::StringLiterals;

class TestClusterActions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createStartAndDestroy();
    void destroyNeedsTheTypedName();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    MemorySecretStore m_secrets;
    CloudProviderFactory m_factory;
    std::unique_ptr<ClusterController> m_controller;
    std::unique_ptr<QSettings> m_settings;
};

void TestClusterActions::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_repo = std::make_unique<MemoryClusterRepository>();
    m_settings = std::make_unique<QSettings>(m_tmp->filePath(u"s.ini"_s), QSettings::IniFormat);
    if (!m_factory.knows(u"static"_s))
        CloudProviderFactory::registerBuiltins(m_factory);
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    lab.settings.insert(u"hosts"_s, u"127.0.0.2:2222,127.0.0.3:2222,127.0.0.4:2222"_s);
    ClusterTemplate t;
    t.name = u"slurm"_s;
    t.cloud = u"lab"_s;
    NodeKindSpec frontend;
    frontend.name = u"frontend"_s;
    frontend.count = frontend.minCount = 1;
    NodeKindSpec compute;
    compute.name = u"compute"_s;
    compute.count = 2;
    compute.minCount = 1;
    t.kinds = {frontend, compute};
    ClusterTemplate broken = t;
    broken.name = u"broken"_s;
    broken.notStartableReason = u"Its login [login/x] is not defined."_s;
    QVERIFY(m_repo->saveConfig({{lab}, {}, {}, {t, broken}}).ok());
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    const auto alwaysAlive
        = [](const Cluster &, const LoginProfile &, QObject *parent) -> NodeProber * {
        return new test::ScriptedProber(parent);
    };
    QVERIFY(dataDir.ok());
    m_controller = std::make_unique<ClusterController>(
        m_repo.get(), &m_secrets, &m_factory, ProviderContext{nullptr, m_tmp->filePath(u"p"_s)},
        dataDir.value(), alwaysAlive, alwaysAlive);
}

void TestClusterActions::createStartAndDestroy()
{
    MainWindow window(m_settings.get(), m_tmp->path(), m_repo.get(), &m_secrets,
                      m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ClusterActions *actions = window.clusterActions();
    QVERIFY(actions->create()->isEnabled());
    QVERIFY(!actions->destroy()->isEnabled()); // nothing selected yet

    actions->create()->trigger(); // opens, does not block
    auto *wizard = window.findChild<CreateClusterWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isVisible(), 5000);
    wizard->accountPage()->nameEdit()->setText(u"research"_s);
    wizard->accountPage()->selectAccount(u"lab"_s);
    wizard->next();
    wizard->templatePage()->select(u"slurm"_s);
    wizard->next();
    wizard->next(); // the template's kinds as they are (frontend×1, compute×2)
    QFile key(m_tmp->filePath(u"id_lab"_s));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.close();
    wizard->loginPage()->userEdit()->setText(u"root"_s);
    wizard->loginPage()->fileButton()->setChecked(true);
    wizard->loginPage()->keyPathEdit()->setText(key.fileName());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CreateClusterWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 5000);
    wizard->button(QWizard::FinishButton)->click();

    // The cluster shows at once and its nodes come alive without any refresh.
    QTRY_VERIFY_WITH_TIMEOUT(m_repo->cluster(u"research"_s).has_value(), 5000);
    auto *nodes = window.findChild<QTableView *>(u"nodeTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(nodes->model()->rowCount(), 3, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_repo->cluster(u"research"_s)->state, ClusterState::Ready, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(nodes->model()->index(0, 2).data().toString(), u"Reachable"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(actions->destroy()->isEnabled(), 5000);

    actions->destroy()->trigger();
    auto *confirm = window.findChild<DestroyClusterDialog *>();
    QVERIFY(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 5000);
    confirm->nameEdit()->setText(u"research"_s);
    QVERIFY(confirm->destroyButton()->isEnabled());
    confirm->destroyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_repo->cluster(u"research"_s).has_value(), 15000);
}

void TestClusterActions::destroyNeedsTheTypedName()
{
    DestroyClusterDialog dialog(u"research"_s, 3);
    QVERIFY(!dialog.destroyButton()->isEnabled());
    dialog.nameEdit()->setText(u"researc"_s);
    QVERIFY(!dialog.destroyButton()->isEnabled());
    dialog.nameEdit()->setText(u"research"_s);
    QVERIFY(dialog.destroyButton()->isEnabled());
    // Enter in the field does not destroy: the default button is Cancel.
    dialog.nameEdit()->setText(u"research"_s);
    QVERIFY(!dialog.destroyButton()->isDefault());
}

QTEST_MAIN(TestClusterActions)
#include "tst_clusteractions.moc"
