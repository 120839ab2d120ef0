// The accounts dialog against real peers: the system keychain (gnome-keyring under
// scripts/test) keeps the secret and loses it on removal; a moto_server answers a Test with
// the typed secret used in memory only.
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/sqlclusterrepository.h"
#include "providers/net/httpclient.h"
#include "providers/secrets/keychainsecretstore.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/gui/accountsfixture.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/motoserver.h"
#include "tests/support/testenv.h"
#include "widgets/accounts/accountform.h"
#include "widgets/accounts/accountsdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using cd::test::databaseBytes;
using cd::test::fillEc2;
using cd::test::Secret;

class TestAccountsPeers final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void realKeychain();
    void testAgainstMoto();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<SqlClusterRepository> m_repo;
    MemorySecretStore m_secrets;
    CloudProviderFactory m_factory;
    std::unique_ptr<ClusterController> m_controller;
};

void TestAccountsPeers::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    auto repo = SqlClusterRepository::open(m_tmp->filePath(u"clusterdeck.db"_s));
    QVERIFY2(repo.ok(), qPrintable(repo.ok() ? QString() : repo.error()));
    m_repo = std::move(repo).value();
    if (!m_factory.knows(u"static"_s))
        CloudProviderFactory::registerBuiltins(m_factory);
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    m_controller = std::make_unique<ClusterController>(
        m_repo.get(), &m_secrets, &m_factory,
        ProviderContext{nullptr, m_tmp->filePath(u"providers"_s)}, dataDir.value(),
        ClusterController::ProberMaker{}, ClusterController::ProberMaker{});
}

void TestAccountsPeers::cleanup()
{
    m_controller.reset();
    m_repo.reset();
}

void TestAccountsPeers::realKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus with a keychain (run under scripts/test)"_s);
    KeychainSecretStore keychain(u"clusterdeck-test-accountsdialog"_s);
    AccountsDialog dialog(m_repo.get(), &keychain, m_controller.get());
    dialog.show();
    fillEc2(dialog.form(), u"aws"_s);
    QSignalSpy saved(&dialog, &AccountsDialog::saved);
    dialog.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    const SecretValue stored = test::await(keychain.read(u"account/aws/ec2_secret_key"_s));
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(stored.value(), QByteArray(Secret));
    QVERIFY(!databaseBytes(m_tmp->filePath(u"clusterdeck.db"_s)).contains(Secret));
    dialog.selectAccount(u"aws"_s);
    dialog.removeButton()->click();
    auto *confirm = dialog.findChild<QMessageBox *>(u"confirmRemoveAccount"_s);
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    const SecretValue gone = test::await(keychain.read(u"account/aws/ec2_secret_key"_s));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, SecretError::Kind::NotFound);
}

// A real EC2 endpoint (moto_server): the typed secret is used in memory for the test, the
// cloud's answer (its instance limit) is shown, and nothing is stored by testing.
void TestAccountsPeers::testAgainstMoto()
{
    if (test::MotoServer::findExecutable().isEmpty())
        CD_SKIP_OR_FAIL(u"no moto_server (set CLUSTERDECK_MOTO_SERVER)"_s);
    test::MotoServer moto;
    QVERIFY2(moto.start(), qPrintable(moto.errorString()));
    HttpClient http;
    auto dataDir = DataDir::open(m_tmp->filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    ClusterController controller(m_repo.get(), &m_secrets, &m_factory,
                                 ProviderContext{&http, m_tmp->filePath(u"providers"_s)},
                                 dataDir.value(), {}, {});
    const qsizetype secretsBefore = m_secrets.size();
    AccountsDialog dialog(m_repo.get(), &m_secrets, &controller);
    dialog.show();
    fillEc2(dialog.form(), u"moto"_s);
    dialog.form()->field(u"ec2_url"_s)->setText(moto.endpoint().toString());
    dialog.testButton()->click();
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.status().contains(u"Testing"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    QVERIFY2(dialog.status().contains(u"works"_s), qPrintable(dialog.status()));
    QVERIFY2(dialog.status().contains(u"in use of"_s), qPrintable(dialog.status()));
    QVERIFY(!dialog.status().contains(QString::fromLatin1(Secret)));
    QVERIFY(!m_repo->account(u"moto"_s));
    QCOMPARE(m_secrets.size(), secretsBefore);
}

QTEST_MAIN(TestAccountsPeers)
#include "tst_accountspeers.moc"
