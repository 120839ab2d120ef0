// The Create-cluster wizard driven field by field, offscreen: every invalid field keeps Next
// disabled and says why next to it; the valid path against real sshd "existing machines"
// creates exactly the asked-for nodes, which then answer over SSH. (The cloud side — images,
// flavors, quota, key generation — is tst_wizardcloud.)
#include "app/sshprober.h"
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"
#include "widgets/clusteractions.h"
#include "widgets/mainwindow.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/wizardaccountpage.h"
#include "widgets/wizard/wizardkindeditor.h"
#include "widgets/wizard/wizardloginpage.h"
#include "widgets/wizard/wizardnodespage.h"
#include "widgets/wizard/wizardreviewpage.h"
#include "widgets/wizard/wizardtemplatepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

QAbstractButton *nextButton(QWizard &w)
{
    return w.button(QWizard::NextButton);
}

// The error label `name` under a field: shown, and saying `text`.
void expectError(QWidget *page, const QString &name, const QString &text)
{
    auto *label = page->findChild<QLabel *>(name);
    QVERIFY2(label, qPrintable(name));
    QVERIFY2(label->isVisible(), qPrintable(name + u" is hidden"_s));
    QVERIFY2(label->text().contains(text), qPrintable(name + u": "_s + label->text()));
}

void expectNoError(QWidget *page, const QString &name)
{
    auto *label = page->findChild<QLabel *>(name);
    QVERIFY2(label, qPrintable(name));
    QVERIFY2(!label->isVisible(), qPrintable(name + u": "_s + label->text()));
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestCreateClusterWizard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyInvalidFieldBlocksNext();
    void staticPathCreatesTheRequestedNodes();

private:
    void makeController(HttpClient *http, ClusterController::ProberMaker prober);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MemoryClusterRepository> m_repo;
    std::unique_ptr<MemorySecretStore> m_secrets;
    CloudProviderFactory m_factory;
    std::unique_ptr<ClusterController> m_controller;
};

void TestCreateClusterWizard::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_repo = std::make_unique<MemoryClusterRepository>();
    m_secrets = std::make_unique<MemorySecretStore>();
    if (!m_factory.knows(u"static"_s))
        CloudProviderFactory::registerBuiltins(m_factory);
}

void TestCreateClusterWizard::cleanup()
{
    m_controller.reset();
    m_repo.reset();
}

void TestCreateClusterWizard::makeController(HttpClient *http,
                                             ClusterController::ProberMaker prober)
{
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    m_controller = std::make_unique<ClusterController>(
        m_repo.get(), m_secrets.get(), &m_factory,
        ProviderContext{http, m_tmp->filePath(u"providers"_s)}, dataDir.value(), prober, prober);
}

void TestCreateClusterWizard::everyInvalidFieldBlocksNext()
{
    // An EC2 account with no HTTP client behind it: the cloud cannot be asked, so every value
    // is typed — the free-text path.
    CloudAccount aws;
    aws.name = u"aws"_s;
    aws.type = CloudType::Ec2;
    aws.region = u"eu-west-1"_s;
    aws.settings.insert(u"ec2_access_key"_s, u"AKIDEXAMPLE"_s);
    CloudAccount broken = aws;
    broken.name = u"broken"_s;
    broken.notStartableReason = u"Its provider azure is not supported."_s;
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    lab.settings.insert(u"hosts"_s, u"127.0.0.9"_s);
    ClusterTemplate used;
    used.name = u"used"_s;
    used.cloud = u"lab"_s;
    NodeKindSpec node;
    node.name = u"node"_s;
    node.count = node.minCount = 1;
    used.kinds = {node};
    QVERIFY(m_repo->saveConfig({{aws, broken, lab}, {}, {}, {used}}).ok());
    makeController(nullptr, {});
    QVERIFY(m_controller->createCluster(u"used"_s, u"taken"_s).ok());
    const int templatesBefore = int(m_repo->templates().size());

    CreateClusterWizard wizard(m_repo.get(), m_controller.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Page 1: name and account.
    WizardAccountPage *page1 = wizard.accountPage();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::AccountPageId));
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page1, u"clusterNameError"_s, u"Name the cluster"_s);
    QTest::keyClicks(page1->nameEdit(), u"9lives"_s);
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page1, u"clusterNameError"_s, u"starting with a letter"_s);
    page1->nameEdit()->setText(u"taken"_s);
    expectError(page1, u"clusterNameError"_s, u"exists"_s);
    page1->nameEdit()->setText(u"research"_s);
    expectNoError(page1, u"clusterNameError"_s);
    page1->selectAccount(u"broken"_s);
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page1, u"accountError"_s, u"azure is not supported"_s);
    page1->selectAccount(u"aws"_s);
    expectNoError(page1, u"accountError"_s);
    QVERIFY(nextButton(wizard)->isEnabled());
    wizard.next();

    // Page 2: template or preset.
    WizardTemplatePage *page2 = wizard.templatePage();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::TemplatePageId));
    QCOMPARE(page2->list()->count(), 2 + templatesBefore); // presets first, then stored ones
    page2->list()->setCurrentRow(-1);
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page2, u"templateError"_s, u"Choose a template"_s);
    page2->select(u"preset:slurm"_s);
    QVERIFY(nextButton(wizard)->isEnabled());
    wizard.next();

    // Page 3: node kinds; nothing typed yet, and the cloud cannot be asked.
    WizardNodesPage *page3 = wizard.nodesPage();
    QCOMPARE(page3->tabs()->count(), 2);
    WizardKindEditor *compute = page3->editor(u"compute"_s);
    WizardKindEditor *frontend = page3->editor(u"frontend"_s);
    QVERIFY(compute && frontend);
    QVERIFY(!nextButton(wizard)->isEnabled());
    page3->tabs()->setCurrentWidget(compute);
    expectError(compute, u"imageError"_s, u"Choose an image"_s);
    expectError(compute, u"flavorError"_s, u"Choose a flavor"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        compute->findChild<QLabel *>(u"imageStatus"_s)->text().contains(u"type"_s), 5000);
    QVERIFY(!compute->loadingIndicator()->isVisible());
    for (WizardKindEditor *e : {compute, frontend}) {
        QTest::keyClicks(e->imageEdit(), u"ami-1e749f67"_s);
        e->flavorBox()->setCurrentText(u"t3.small"_s);
    }
    QVERIFY(nextButton(wizard)->isEnabled());
    compute->imageEdit()->setText(u"ami 1"_s);
    expectError(compute, u"imageError"_s, u"no spaces"_s);
    QVERIFY(!nextButton(wizard)->isEnabled());
    compute->imageEdit()->setText(u"ami-1e749f67"_s);
    compute->minCountBox()->setValue(3);
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(compute, u"countError"_s, u"cannot be more than the 2"_s);
    compute->countBox()->setValue(4);
    expectNoError(compute, u"countError"_s);
    compute->spotBox()->setChecked(true);
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(compute, u"spotError"_s, u"price"_s);
    compute->spotPriceEdit()->setText(u"0.04"_s);
    QVERIFY(nextButton(wizard)->isEnabled());
    for (WizardKindEditor *e : {compute, frontend}) {
        e->minCountBox()->setValue(0);
        e->countBox()->setValue(0);
    }
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page3, u"nodesError"_s, u"at least one node"_s);
    frontend->countBox()->setValue(1);
    frontend->minCountBox()->setValue(1);
    compute->countBox()->setValue(4);
    compute->minCountBox()->setValue(2);
    QVERIFY(nextButton(wizard)->isEnabled());
    wizard.next();

    // Page 4: login.
    WizardLoginPage *page4 = wizard.loginPage();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::LoginPageId));
    page4->userEdit()->clear();
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page4, u"userError"_s, u"Name the user"_s);
    QTest::keyClicks(page4->userEdit(), u"Bad User"_s);
    expectError(page4, u"userError"_s, u"lower-case"_s);
    page4->userEdit()->setText(u"ubuntu"_s);
    expectNoError(page4, u"userError"_s);
    page4->fileButton()->setChecked(true);
    page4->keyPathEdit()->setText(m_tmp->filePath(u"missing"_s));
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page4, u"keyError"_s, u"no readable file"_s);
    writeFile(m_tmp->filePath(u"id_test"_s), "not really a key\n");
    page4->keyPathEdit()->setText(m_tmp->filePath(u"id_test"_s));
    expectError(page4, u"keyError"_s, u".pub is missing"_s); // EC2 needs the public half
    writeFile(m_tmp->filePath(u"id_test.pub"_s), "ssh-ed25519 AAAA test\n");
    page4->keyPathEdit()->setText(m_tmp->filePath(u"id_test"_s) + u' ');
    expectNoError(page4, u"keyError"_s);
    QVERIFY(nextButton(wizard)->isEnabled());
    const QByteArray agent = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    page4->agentButton()->setChecked(true);
    QVERIFY(!nextButton(wizard)->isEnabled());
    expectError(page4, u"keyError"_s, u"No ssh-agent"_s);
    if (!agent.isEmpty())
        qputenv("SSH_AUTH_SOCK", agent);
    page4->generateButton()->setChecked(true);
    expectNoError(page4, u"keyError"_s);
    QVERIFY(page4->findChild<QLabel *>(u"keyNote"_s)->text().contains(u"research_ed25519"_s));
    QVERIFY(nextButton(wizard)->isEnabled());
    wizard.next();

    // Review: what would be stored; the quota cannot be asked (no HTTP), which does not block.
    WizardReviewPage *review = wizard.reviewPage();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::ReviewPageId));
    QVERIFY(review->summary().contains(u"compute × 4 (at least 2)"_s));
    QVERIFY(review->summary().contains(u"spot, at most $0.04/h"_s));
    QVERIFY(review->summary().contains(u"login “research”"_s));
    QVERIFY(review->summary().contains(u"setup “clusterdeck-slurm”"_s));
    QTRY_VERIFY_WITH_TIMEOUT(review->quotaText().contains(u"could not be asked"_s), 5000);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    // Nothing was stored or generated on the way.
    wizard.reject();
    QCOMPARE(int(m_repo->templates().size()), templatesBefore);
    QVERIFY(m_repo->logins().isEmpty());
    QVERIFY(m_repo->setups().isEmpty());
    QCOMPARE(m_repo->clusterNames(), QStringList{u"taken"_s});
    QVERIFY(!QFile::exists(m_controller->dataDir().keysDir() + u"/research_ed25519"_s));
}

void TestCreateClusterWizard::staticPathCreatesTheRequestedNodes()
{
    test::SshNodeFarm farm;
    if (!farm.start(3))
        CD_SKIP_OR_FAIL(farm.errorString());
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    QStringList hosts;
    for (int i = 0; i < farm.nodeCount(); ++i)
        hosts << u"%1:%2"_s.arg(farm.address(i)).arg(farm.port(i));
    lab.settings.insert(u"hosts"_s, hosts.join(u", "_s));
    QVERIFY(m_repo->saveAccount(lab).ok());
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    makeController(nullptr, makeSshProber(dataDir.value()));
    QSettings settings(m_tmp->filePath(u"s.ini"_s), QSettings::IniFormat);
    MainWindow window(&settings, m_tmp->path(), m_repo.get(), m_secrets.get(), m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.clusterActions()->create()->trigger(); // opens the wizard, does not block
    QPointer<CreateClusterWizard> wizard = window.findChild<CreateClusterWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isVisible(), 5000);
    QTest::keyClicks(wizard->accountPage()->nameEdit(), u"lab1"_s);
    wizard->accountPage()->selectAccount(u"lab"_s);
    QVERIFY(nextButton(*wizard)->isEnabled());
    wizard->next();
    wizard->templatePage()->select(u"preset:plain"_s);
    wizard->next();
    WizardKindEditor *node = wizard->nodesPage()->editor(u"node"_s);
    QVERIFY(node);
    QVERIFY(!node->imageEdit()->isVisible()); // existing machines: no image, no flavor
    node->countBox()->setValue(2);
    node->minCountBox()->setValue(2);
    QVERIFY(nextButton(*wizard)->isEnabled());
    wizard->next();
    WizardLoginPage *login = wizard->loginPage();
    login->userEdit()->setText(farm.user());
    login->fileButton()->setChecked(true);
    login->keyPathEdit()->setText(farm.clientKeyPath());
    QVERIFY2(nextButton(*wizard)->isEnabled(), qPrintable(login->problem()));
    wizard->next();
    WizardReviewPage *review = wizard->reviewPage();
    QTRY_VERIFY2_WITH_TIMEOUT(review->quotaText().contains(u"The 2 node"_s),
                              qPrintable(review->quotaText()), 10000);
    QVERIFY(review->quotaText().contains(u"3 free"_s));
    QVERIFY(m_repo->clusterNames().isEmpty()); // nothing before Create

    wizard->button(QWizard::FinishButton)->click();
    // The cluster is there at once with exactly the nodes asked for, and the wizard is gone.
    QTRY_VERIFY_WITH_TIMEOUT(m_repo->cluster(u"lab1"_s).has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), 5000);
    const Cluster created = *m_repo->cluster(u"lab1"_s);
    QCOMPARE(created.nodes.size(), 2);
    for (const Node &n : created.nodes)
        QVERIFY2(n.state == NodeState::Planned || n.state == NodeState::Requested
                     || n.state == NodeState::Pending || n.state == NodeState::Running
                     || n.state == NodeState::Reachable,
                 qPrintable(States::toString(n.state)));
    QCOMPARE(created.cloud, u"lab"_s);
    const auto tmpl = m_repo->clusterTemplate(created.templateName);
    QVERIFY(tmpl);
    QCOMPARE(tmpl->kinds.size(), 1);
    QCOMPARE(tmpl->kinds.first().count, 2);
    const auto stored = m_repo->login(created.login);
    QVERIFY(stored);
    QCOMPARE(stored->imageUser, farm.user());
    QCOMPARE(stored->userKeyPrivate, farm.clientKeyPath());

    // The start runs (ClusterActions started it): both machines answer over real SSH.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto c = m_repo->cluster(u"lab1"_s);
            return c && c->nodes.size() == 2
                   && std::all_of(c->nodes.cbegin(), c->nodes.cend(), [](const Node &n) {
                          return n.state == NodeState::Reachable || n.state == NodeState::Ready;
                      });
        }(),
        60000);
    QCOMPARE(m_repo->cluster(u"lab1"_s)->nodes.size(), 2);
}

QTEST_MAIN(TestCreateClusterWizard)
#include "tst_createclusterwizard.moc"
