// The wizard against a real moto_server: the account's images load asynchronously (loading
// indicator meanwhile) and a search by name asks the cloud again; flavors show vCPUs and RAM;
// the review checks the quota; Create generates an ed25519 key with ssh-keygen first.
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/net/httpclient.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/motoserver.h"
#include "tests/support/testenv.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/wizardaccountpage.h"
#include "widgets/wizard/wizardkindeditor.h"
#include "widgets/wizard/wizardloginpage.h"
#include "widgets/wizard/wizardnodespage.h"
#include "widgets/wizard/wizardreviewpage.h"
#include "widgets/wizard/wizardtemplatepage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestWizardCloud final : public QObject
{
    Q_OBJECT

private slots:
    void imagesLoadFromTheCloudWithAnIndicator();

private:
    QTemporaryDir m_tmp;
    MemoryClusterRepository m_repo;
    MemorySecretStore m_secrets;
    CloudProviderFactory m_factory;
};

static QAbstractButton *nextButton(QWizard &w)
{
    return w.button(QWizard::NextButton);
}

void TestWizardCloud::imagesLoadFromTheCloudWithAnIndicator()
{
    CloudProviderFactory::registerBuiltins(m_factory);
    if (test::MotoServer::findExecutable().isEmpty())
        CD_SKIP_OR_FAIL(u"no moto_server (set CLUSTERDECK_MOTO_SERVER)"_s);
    test::MotoServer moto;
    QVERIFY2(moto.start(), qPrintable(moto.errorString()));
    HttpClient http;
    auto dataDir = DataDir::open(m_tmp.filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    ClusterController controller(&m_repo, &m_secrets, &m_factory,
                                 ProviderContext{&http, m_tmp.filePath(u"providers"_s)},
                                 dataDir.value(), {}, {});
    CloudAccount aws;
    aws.name = u"aws"_s;
    aws.type = CloudType::Ec2;
    aws.region = u"us-east-1"_s;
    aws.endpoint = moto.endpoint().toString();
    aws.settings.insert(u"ec2_access_key"_s, u"AKIDEXAMPLE"_s);
    aws.secretRefs.insert(u"ec2_secret_key"_s, u"account/aws/ec2_secret_key"_s);
    QVERIFY(m_repo.saveAccount(aws).ok());
    QVERIFY(test::await(m_secrets.write(u"account/aws/ec2_secret_key"_s, "wJalrXUtnFEMI")).ok());

    CreateClusterWizard wizard(&m_repo, &controller);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.accountPage()->nameEdit()->setText(u"cloudy"_s);
    wizard.accountPage()->selectAccount(u"aws"_s);
    wizard.next();
    wizard.templatePage()->select(u"preset:plain"_s);
    wizard.next();
    WizardKindEditor *node = wizard.nodesPage()->editor(u"node"_s);
    QVERIFY(node);
    // The account's own images are asked for; until moto answers, the indicator spins.
    QVERIFY(node->loadingIndicator()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!node->loadingIndicator()->isVisible(), 15000);
    QVERIFY(
        node->findChild<QLabel *>(u"imageStatus"_s)->text().contains(u"no images of its own"_s));
    QCOMPARE(node->imageList()->model()->rowCount(), 0);
    // A search by name asks the cloud again (moto knows Ubuntu AMIs).
    QTest::keyClicks(node->imageFilter(), u"ubuntu"_s);
    QTest::keyClick(node->imageFilter(), Qt::Key_Return);
    QVERIFY(node->loadingIndicator()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(node->imageList()->model()->rowCount() > 0, 15000);
    QVERIFY(!node->loadingIndicator()->isVisible());
    for (int row = 0; row < node->imageList()->model()->rowCount(); ++row)
        QVERIFY(node->imageList()->model()->index(row, 0).data().toString().contains(u"ubuntu"_s));
    node->imageList()->setCurrentIndex(node->imageList()->model()->index(0, 0));
    QVERIFY2(node->imageEdit()->text().startsWith(u"ami-"_s),
             qPrintable(node->imageEdit()->text()));
    // Flavors come with their vCPUs and memory.
    QTRY_VERIFY_WITH_TIMEOUT(node->flavorBox()->findData(u"t2.micro"_s) >= 0, 15000);
    const int micro = node->flavorBox()->findData(u"t2.micro"_s);
    QVERIFY2(node->flavorBox()->itemText(micro).contains(u"1 vCPU"_s),
             qPrintable(node->flavorBox()->itemText(micro)));
    QVERIFY(node->flavorBox()->itemText(micro).contains(u"RAM"_s));
    node->flavorBox()->setCurrentIndex(micro);
    QCOMPARE(node->spec().flavor, u"t2.micro"_s);
    QVERIFY2(nextButton(wizard)->isEnabled(), qPrintable(wizard.nodesPage()->problem()));
    wizard.next();
    wizard.loginPage()->userEdit()->setText(u"ubuntu"_s);
    wizard.loginPage()->generateButton()->setChecked(true);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->quotaText().contains(u"Quota:"_s), 15000);

    // Create: ssh-keygen makes the key first (asynchronously), then the cluster is stored.
    QSignalSpy created(&wizard, &CreateClusterWizard::clusterCreated);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(created.wait(20000));
    const auto cluster = m_repo.cluster(u"cloudy"_s);
    QVERIFY(cluster);
    QCOMPARE(cluster->nodes.size(), 2);
    const auto login = m_repo.login(cluster->login);
    QVERIFY(login);
    QVERIFY(QFile::exists(login->userKeyPrivate));
    QVERIFY(QFile::exists(login->userKeyPublic));
    QVERIFY(login->userKeyPrivate.startsWith(controller.dataDir().keysDir()));
    QCOMPARE(login->userKeyName, u"clusterdeck-cloudy"_s);
    QFile pub(login->userKeyPublic);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(pub.readAll().startsWith("ssh-ed25519 "));
    QCOMPARE(m_repo.clusterTemplate(cluster->templateName)->kinds.first().flavor, u"t2.micro"_s);
}

QTEST_MAIN(TestWizardCloud)
#include "tst_wizardcloud.moc"
