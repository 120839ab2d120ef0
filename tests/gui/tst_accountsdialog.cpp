// The accounts dialog, offscreen: add with a secret (it lands in the SecretStore, never in the
// database file), edit keeping the stored secret, test (the provider's answer is shown),
// remove (account and secret gone), and a failing keychain explained rather than ignored.
// (Real peers — gnome-keyring, moto_server — are tst_accountspeers.)
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/sqlclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/gui/accountsfixture.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"
#include "widgets/accounts/accountform.h"
#include "widgets/accounts/accountsdialog.h"
#include "widgets/clusteractions.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using cd::test::databaseBytes;
using cd::test::fillEc2;
using cd::test::Secret;

namespace {

// A keychain that is not there: every call fails as QtKeychain does without a Secret Service.
class FailingSecretStore final : public SecretStore
{
public:
    QFuture<SecretValue> read(const QString &) override
    {
        return QtFuture::makeReadyFuture(SecretValue(failure()));
    }
    QFuture<SecretStatus> write(const QString &, const QByteArray &) override
    {
        return QtFuture::makeReadyFuture(SecretStatus(failure()));
    }
    QFuture<SecretStatus> remove(const QString &) override
    {
        return QtFuture::makeReadyFuture(SecretStatus(failure()));
    }

private:
    static SecretError failure()
    {
        return {SecretError::Kind::Other,
                u"The name org.freedesktop.secrets was not provided by any .service files"_s};
    }
};

} // namespace

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addKeepsTheSecretOutOfTheDatabase();
    void everyInvalidFieldBlocksSave();
    void editKeepsTheStoredSecret();
    void typeWithoutAFormIsShownNotEdited();
    void openStackAndGceForms();
    void testShowsTheProvidersAnswer();
    void removeDeletesAccountAndSecret();
    void failingKeychainIsExplained();
    void fileMenuOpensTheDialog();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<SqlClusterRepository> m_repo;
    MemorySecretStore m_secrets;
    CloudProviderFactory m_factory;
    std::unique_ptr<ClusterController> m_controller;
};

void TestAccountsDialog::init()
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

void TestAccountsDialog::cleanup()
{
    m_controller.reset();
    m_repo.reset();
}

void TestAccountsDialog::addKeepsTheSecretOutOfTheDatabase()
{
    AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.form()->isEditing()); // no accounts yet: a new one is being filled in
    fillEc2(dialog.form(), u"aws"_s);
    QVERIFY(dialog.form()->field(u"ec2_secret_key"_s)->echoMode() == QLineEdit::Password);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.form()->problem()));
    QSignalSpy saved(&dialog, &AccountsDialog::saved);
    dialog.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    QVERIFY2(dialog.status().contains(u"saved"_s), qPrintable(dialog.status()));

    const auto account = m_repo->account(u"aws"_s);
    QVERIFY(account);
    QCOMPARE(account->region, u"eu-west-1"_s);
    QCOMPARE(account->settings.value(u"ec2_access_key"_s), u"AKIDEXAMPLE"_s);
    QVERIFY(!account->settings.contains(u"ec2_secret_key"_s));
    QCOMPARE(account->secretRefs.value(u"ec2_secret_key"_s), u"account/aws/ec2_secret_key"_s);
    const SecretValue stored = test::await(m_secrets.read(u"account/aws/ec2_secret_key"_s));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), QByteArray(Secret));
    const QByteArray bytes = databaseBytes(m_tmp->filePath(u"clusterdeck.db"_s));
    QVERIFY(bytes.contains("AKIDEXAMPLE")); // the account is in there …
    QVERIFY(!bytes.contains(Secret));       // … its secret is not
    QCOMPARE(dialog.list()->count(), 1);
}

void TestAccountsDialog::everyInvalidFieldBlocksSave()
{
    AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
    dialog.show();
    AccountForm *form = dialog.form();
    const auto error = [form](const QString &name) {
        auto *label = form->findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : QString();
    };
    form->setType(u"ec2"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.testButton()->isEnabled());
    QVERIFY(error(u"accountNameError"_s).contains(u"Give the account a name"_s));
    QVERIFY(error(u"error_ec2_region"_s).contains(u"Required"_s));
    QVERIFY(error(u"error_ec2_secret_key"_s).contains(u"Required"_s));
    fillEc2(form, u"bad name!"_s);
    QVERIFY(error(u"accountNameError"_s).contains(u"letters, digits"_s));
    QVERIFY(!dialog.saveButton()->isEnabled());
    form->nameEdit()->setText(u"aws"_s);
    QVERIFY(error(u"accountNameError"_s).isEmpty());
    form->field(u"ec2_url"_s)->setText(u"ftp://example.org"_s);
    QVERIFY(error(u"error_ec2_url"_s).contains(u"http"_s));
    QVERIFY(!dialog.saveButton()->isEnabled());
    form->field(u"ec2_url"_s)->setText(u"http://127.0.0.1:5000"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    // Static: the host list is checked by the provider's own parser.
    form->setType(u"static"_s);
    form->field(u"hosts"_s)->setText(u"10.0.0.5, bad host!"_s);
    QVERIFY2(error(u"error_hosts"_s).contains(u"host!"_s), qPrintable(error(u"error_hosts"_s)));
    QVERIFY(!dialog.saveButton()->isEnabled());
    form->field(u"hosts"_s)->setText(u"10.0.0.5, 10.0.0.6:2222"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    // A taken name.
    CloudAccount taken;
    taken.name = u"lab"_s;
    taken.type = CloudType::Static;
    QVERIFY(m_repo->saveAccount(taken).ok());
    dialog.addButton()->click();
    form->setType(u"static"_s);
    form->nameEdit()->setText(u"lab"_s);
    QVERIFY(error(u"accountNameError"_s).contains(u"exists"_s));
}

void TestAccountsDialog::editKeepsTheStoredSecret()
{
    {
        AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
        fillEc2(dialog.form(), u"aws"_s);
        QSignalSpy saved(&dialog, &AccountsDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    }
    AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
    dialog.selectAccount(u"aws"_s);
    QVERIFY(dialog.form()->isEditing());
    QVERIFY(dialog.form()->nameEdit()->isReadOnly());
    QLineEdit *secret = dialog.form()->field(u"ec2_secret_key"_s);
    QVERIFY(secret->text().isEmpty()); // never shown again …
    QVERIFY(secret->placeholderText().contains(u"keychain"_s));
    QVERIFY(dialog.saveButton()->isEnabled()); // … and not required to save
    dialog.form()->field(u"ec2_region"_s)->setText(u"us-east-2"_s);
    QSignalSpy saved(&dialog, &AccountsDialog::saved);
    dialog.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    QCOMPARE(m_repo->account(u"aws"_s)->region, u"us-east-2"_s);
    QCOMPARE(m_repo->account(u"aws"_s)->secretRefs.value(u"ec2_secret_key"_s),
             u"account/aws/ec2_secret_key"_s);
    QCOMPARE(test::await(m_secrets.read(u"account/aws/ec2_secret_key"_s)).value(),
             QByteArray(Secret));

    // An imported account keeps its own reference when the secret is retyped.
    CloudAccount imported = *m_repo->account(u"aws"_s);
    imported.name = u"imported"_s;
    imported.secretRefs.insert(u"ec2_secret_key"_s, u"cloud/imported/ec2_secret_key"_s);
    QVERIFY(m_repo->saveAccount(imported).ok());
    const qsizetype before = m_secrets.size();
    dialog.selectAccount(u"imported"_s);
    QTest::keyClicks(dialog.form()->field(u"ec2_secret_key"_s), u"new-secret"_s);
    dialog.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 5000);
    QCOMPARE(m_repo->account(u"imported"_s)->secretRefs.value(u"ec2_secret_key"_s),
             u"cloud/imported/ec2_secret_key"_s);
    QCOMPARE(test::await(m_secrets.read(u"cloud/imported/ec2_secret_key"_s)).value(),
             QByteArray("new-secret"));
    QCOMPARE(m_secrets.size(), before + 1);
}

void TestAccountsDialog::typeWithoutAFormIsShownNotEdited()
{
    CloudAccount azure; // imported from an ElastiCluster config; no provider here
    azure.name = u"azure1"_s;
    azure.type = CloudType::Unsupported;
    azure.provider = u"azure"_s;
    QVERIFY(m_repo->saveAccount(azure).ok());
    AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
    dialog.selectAccount(u"azure1"_s);
    QVERIFY(dialog.form()->problem().contains(u"cannot be edited here yet"_s));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.removeButton()->isEnabled()); // but it can go
    dialog.addButton()->click();                 // and New gives a usable form again
    QCOMPARE(dialog.form()->typeCombo()->currentIndex(), 0);
    QVERIFY(dialog.form()->field(u"ec2_region"_s));
}

// OpenStack and GCE accounts have forms too: their fields land where the providers read them,
// and their secrets (password, service-account key) in the keychain only.
void TestAccountsDialog::openStackAndGceForms()
{
    AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
    AccountForm *form = dialog.form();
    form->setType(u"openstack"_s);
    form->nameEdit()->setText(u"os"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    form->field(u"auth_url"_s)->setText(u"https://keystone.example.org:5000/v3"_s);
    form->field(u"username"_s)->setText(u"alice"_s);
    form->field(u"password"_s)->setText(QString::fromLatin1(Secret));
    form->field(u"project_name"_s)->setText(u"hpc"_s);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(form->problem()));
    QSignalSpy saved(&dialog, &AccountsDialog::saved);
    dialog.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const auto os = m_repo->account(u"os"_s);
    QVERIFY(os);
    QCOMPARE(os->type, CloudType::OpenStack);
    QCOMPARE(os->endpoint, u"https://keystone.example.org:5000/v3"_s);
    QCOMPARE(os->project, u"hpc"_s);
    QCOMPARE(os->settings.value(u"username"_s), u"alice"_s);
    QVERIFY(!os->settings.contains(u"password"_s));
    QCOMPARE(test::await(m_secrets.read(os->secretRefs.value(u"password"_s))).value(),
             QByteArray(Secret));

    dialog.addButton()->click();
    form->setType(u"gce"_s);
    form->nameEdit()->setText(u"google"_s);
    form->field(u"gce_project_id"_s)->setText(u"my-project-123"_s);
    form->field(u"zone"_s)->setText(u"europe-west1-b"_s);
    const QString key = uR"({"type": "service_account", "private_key": "-----BEGIN…"})"_s;
    form->field(u"service_account_json"_s)->setText(key);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(form->problem()));
    dialog.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 5000);
    const auto google = m_repo->account(u"google"_s);
    QVERIFY(google);
    QCOMPARE(google->type, CloudType::Gce);
    QCOMPARE(google->project, u"my-project-123"_s);
    QCOMPARE(google->zone, u"europe-west1-b"_s);
    QCOMPARE(
        test::await(m_secrets.read(google->secretRefs.value(u"service_account_json"_s))).value(),
        key.toUtf8());
    QVERIFY(!databaseBytes(m_tmp->filePath(u"clusterdeck.db"_s)).contains("BEGIN"));
}

void TestAccountsDialog::testShowsTheProvidersAnswer()
{
    AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
    dialog.show();
    AccountForm *form = dialog.form();
    form->setType(u"static"_s);
    form->nameEdit()->setText(u"lab"_s);
    form->field(u"hosts"_s)->setText(u"127.0.0.2:2222, 127.0.0.3:2222"_s);
    QVERIFY(dialog.testButton()->isEnabled());
    dialog.testButton()->click(); // the form is tested as it is, before it is saved
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 5000);
    QVERIFY2(dialog.status().contains(u"works"_s), qPrintable(dialog.status()));
    QVERIFY2(dialog.status().contains(u"0 in use of 2"_s), qPrintable(dialog.status()));
    QVERIFY(!m_repo->account(u"lab"_s)); // testing stores nothing

    // EC2 without a reachable endpoint (no HTTP client in this test): the provider says why.
    fillEc2(form, u"aws"_s);
    dialog.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 5000);
    QVERIFY2(dialog.status().contains(u"does not work"_s), qPrintable(dialog.status()));
    QVERIFY2(dialog.status().contains(u"HTTP"_s), qPrintable(dialog.status()));
}

void TestAccountsDialog::removeDeletesAccountAndSecret()
{
    AccountsDialog dialog(m_repo.get(), &m_secrets, m_controller.get());
    dialog.show();
    fillEc2(dialog.form(), u"aws"_s);
    QSignalSpy saved(&dialog, &AccountsDialog::saved);
    dialog.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const qsizetype stored = m_secrets.size(); // earlier cases left theirs
    QVERIFY(test::await(m_secrets.read(u"account/aws/ec2_secret_key"_s)).ok());
    dialog.selectAccount(u"aws"_s);
    QVERIFY(dialog.removeButton()->isEnabled());
    dialog.removeButton()->click();
    auto *confirm = dialog.findChild<QMessageBox *>(u"confirmRemoveAccount"_s);
    QVERIFY(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 5000);
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QSignalSpy removed(&dialog, &AccountsDialog::removed);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 5000);
    QVERIFY(!m_repo->account(u"aws"_s));
    QCOMPARE(m_secrets.size(), stored - 1);
    QVERIFY(!test::await(m_secrets.read(u"account/aws/ec2_secret_key"_s)).ok());
    QCOMPARE(dialog.list()->count(), 0);
    QVERIFY2(dialog.status().contains(u"removed"_s), qPrintable(dialog.status()));
}

void TestAccountsDialog::failingKeychainIsExplained()
{
    FailingSecretStore failing;
    AccountsDialog dialog(m_repo.get(), &failing, m_controller.get());
    dialog.show();
    fillEc2(dialog.form(), u"aws"_s);
    dialog.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 5000);
    const QString status = dialog.status();
    QVERIFY2(status.contains(u"could not be stored in the keychain"_s), qPrintable(status));
    QVERIFY2(status.contains(u"account was not saved"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Secret Service"_s), qPrintable(status));
    QVERIFY2(status.contains(u"org.freedesktop.secrets"_s), qPrintable(status));
    QVERIFY(dialog.findChild<QLabel *>(u"accountStatus"_s)->isVisible());
    QVERIFY(!m_repo->account(u"aws"_s));       // nothing half-saved
    QVERIFY(dialog.saveButton()->isEnabled()); // the user can try again
}

void TestAccountsDialog::fileMenuOpensTheDialog()
{
    QSettings settings(m_tmp->filePath(u"s.ini"_s), QSettings::IniFormat);
    MainWindow window(&settings, m_tmp->path(), m_repo.get(), &m_secrets, m_controller.get());
    window.show();
    auto *file = window.findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(file);
    QAction *accounts = window.clusterActions()->accounts();
    QVERIFY(file->actions().contains(accounts));
    QVERIFY(accounts->isEnabled());
    accounts->trigger();
    auto *dialog = window.findChild<AccountsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    dialog->reject();
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
