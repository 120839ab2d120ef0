// `clusterdeck-cli import-config` end to end: real files, the real keychain (scripts/test runs a
// gnome-keyring), the real database file.
#include "model/repository/sqlclusterrepository.h"
#include "providers/secrets/keychainsecretstore.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"

#include <QDirIterator>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Ec2Secret = "wJalrXUtnFEMI-K7MDENG-unique-4711";
const QByteArray OsPassword = "os-Pa55word-unique-0815";

const char *ConfigText = R"(
[cloud/hobbes]
provider=ec2_boto
ec2_url=https://ec2.us-east-1.amazonaws.com
ec2_region=us-east-1
ec2_access_key=AKIDEXAMPLE
ec2_secret_key=%1

[cloud/ostack]
provider=openstack
auth_url=https://keystone.example.org:5000/v3
username=alice
password=%2
project_name=research

[login/ubuntu]
image_user=ubuntu
image_sudo=True
user_key_name=elasticluster
user_key_private=~/.ssh/id_rsa
user_key_public=~/.ssh/id_rsa.pub

[setup/slurm]
provider=ansible
frontend_groups=slurm_master
compute_groups=slurm_worker

[cluster/slurm]
cloud=hobbes
login=ubuntu
setup=slurm
frontend_nodes=1
compute_nodes=4
compute_nodes_min=2
image_id=ami-03cf127a
flavor=t3.small
ssh_to=frontend

[cluster/slurm/compute]
flavor=c5.large
)";

QString keychainAwait(QFuture<SecretValue> future, QByteArray *value)
{
    const SecretValue result = test::await(future);
    if (!result.ok())
        return result.error().message;
    *value = result.value();
    return {};
}

} // namespace

class TestCliImportConfig final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsAndStoresSecretsOnlyInKeychain();
    void importingTwiceUpdates();
    void brokenFileReportsLineAndKeepsTheRest();
    void missingFileIsAUsageError();
    void templateBecomesStartableOnceItsSectionsAreImported();

private:
    test::ProcessResult cli(const QStringList &args);
    QString writeConfig(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestCliImportConfig::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

test::ProcessResult TestCliImportConfig::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, m_tmp->path());
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp->filePath(u"data"_s)} + args, env);
}

QString TestCliImportConfig::writeConfig(const QString &name, const QByteArray &content)
{
    QFile file(m_tmp->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

void TestCliImportConfig::importsAndStoresSecretsOnlyInKeychain()
{
    const QString config = writeConfig(
        u"config"_s, QString::fromUtf8(ConfigText)
                         .arg(QString::fromUtf8(Ec2Secret), QString::fromUtf8(OsPassword))
                         .toUtf8());
    auto run = cli({u"import-config"_s, config});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"2 credential(s) stored in the keychain"_s), qPrintable(run.out));

    auto listed = cli({u"list-templates"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray templates = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(templates.size(), 1);
    const QJsonObject slurm = templates.at(0).toObject();
    QCOMPARE(slurm.value(u"startable"_s).toBool(), true);
    QCOMPARE(slurm.value(u"node_count"_s).toInt(), 5);
    const QJsonArray kinds = slurm.value(u"kinds"_s).toArray();
    QCOMPARE(kinds.at(1).toObject().value(u"name"_s).toString(), u"compute"_s);
    QCOMPARE(kinds.at(1).toObject().value(u"min_count"_s).toInt(), 2);
    QCOMPARE(kinds.at(1).toObject().value(u"flavor"_s).toString(), u"c5.large"_s);
    QCOMPARE(kinds.at(0).toObject().value(u"flavor"_s).toString(), u"t3.small"_s);

    // Never in any file of the data dir (database, WAL, anything) …
    QDirIterator it(m_tmp->filePath(u"data"_s), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(Ec2Secret), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(OsPassword), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
    QVERIFY(!run.out.contains(QString::fromUtf8(Ec2Secret))
            && !run.err.contains(QString::fromUtf8(Ec2Secret)));

    // … but in the keychain, under the reference the account holds.
    auto repo = SqlClusterRepository::open(m_tmp->filePath(u"data/clusterdeck.sqlite"_s));
    QVERIFY(repo.ok());
    const QString ref = repo.value()->account(u"hobbes"_s)->secretRefs.value(u"ec2_secret_key"_s);
    QCOMPARE(ref, u"account/hobbes/ec2_secret_key"_s);
    KeychainSecretStore keychain;
    QByteArray value;
    const QString error = keychainAwait(keychain.read(ref), &value);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(value, Ec2Secret);
}

void TestCliImportConfig::importingTwiceUpdates()
{
    const QString config
        = writeConfig(u"config"_s, QString::fromUtf8(ConfigText).arg(u"one"_s, u"two"_s).toUtf8());
    QCOMPARE(cli({u"import-config"_s, config}).exitCode, 0);
    QByteArray changed = QString::fromUtf8(ConfigText).arg(u"one"_s, u"two"_s).toUtf8();
    changed.replace("compute_nodes=4", "compute_nodes=6");
    writeConfig(u"config"_s, changed);
    QCOMPARE(cli({u"import-config"_s, config}).exitCode, 0);
    auto repo = SqlClusterRepository::open(m_tmp->filePath(u"data/clusterdeck.sqlite"_s));
    QVERIFY(repo.ok());
    QCOMPARE(repo.value()->templates().size(), 1);
    QCOMPARE(repo.value()->accounts().size(), 2);
    QCOMPARE(repo.value()->clusterTemplate(u"slurm"_s)->kind(u"compute"_s)->count, 6);
}

void TestCliImportConfig::brokenFileReportsLineAndKeepsTheRest()
{
    const QString config = writeConfig(u"broken"_s, R"([login/ubuntu]
image_user=ubuntu

[cluster/bad]
cloud=hobbes
login=ubuntu
compute_nodes=two
)");
    auto run = cli({u"import-config"_s, config});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(config + u":7:"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"compute_nodes"_s), qPrintable(run.err));
    auto repo = SqlClusterRepository::open(m_tmp->filePath(u"data/clusterdeck.sqlite"_s));
    QVERIFY(repo.ok());
    QVERIFY(repo.value()->login(u"ubuntu"_s));
}

void TestCliImportConfig::missingFileIsAUsageError()
{
    auto run = cli({u"import-config"_s, m_tmp->filePath(u"nope.conf"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"nope.conf does not exist"_s));
}

void TestCliImportConfig::templateBecomesStartableOnceItsSectionsAreImported()
{
    // The cluster first, its cloud, login and setup in a later import.
    const QByteArray all = QString::fromUtf8(ConfigText).arg(u"one"_s, u"two"_s).toUtf8();
    const qsizetype split = all.indexOf("[cluster/slurm]");
    QVERIFY(split > 0);
    const QString clusters = writeConfig(u"clusters.conf"_s, all.mid(split));
    const QString sections = writeConfig(u"sections.conf"_s, all.left(split));
    const auto startable = [this] {
        const auto listed = cli({u"list-templates"_s, u"--json"_s});
        const QJsonArray templates = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        return templates.size() == 1 && templates.at(0).toObject().value(u"startable"_s).toBool();
    };

    auto run = cli({u"import-config"_s, clusters});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"1 template(s) cannot be started yet"_s), qPrintable(run.out));
    QVERIFY(!startable());
    auto listed = cli({u"list-templates"_s});
    QVERIFY2(listed.out.contains(u"Its cloud [cloud/hobbes] is not defined."_s)
                 && listed.out.contains(u"Its login [login/ubuntu] is not defined."_s)
                 && listed.out.contains(u"Its setup [setup/slurm] is not defined."_s),
             qPrintable(listed.out));

    run = cli({u"import-config"_s, sections});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(startable());
    listed = cli({u"list-templates"_s});
    QVERIFY2(!listed.out.contains(u"is not defined"_s), qPrintable(listed.out));
}

QTEST_GUILESS_MAIN(TestCliImportConfig)
#include "tst_cliimportconfig.moc"
