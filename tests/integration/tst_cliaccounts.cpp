// `clusterdeck-cli account add|list|remove|test`, with the real keychain (scripts/test runs a
// gnome-keyring) and the static-hosts provider.
#include "model/repository/sqlclusterrepository.h"
#include "providers/secrets/keychainsecretstore.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Secret = "aws-secret-for-account-test-31337";
}

class TestCliAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void staticAccountWorks();
    void secretsGoToTheKeychainOnly();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void removeRefusesWhileUsed();

private:
    test::ProcessResult cli(const QStringList &args, const QByteArray &input = {});
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestCliAccounts::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    m_tmp = std::make_unique<QTemporaryDir>();
}

test::ProcessResult TestCliAccounts::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp->filePath(u"data"_s)} + args, env,
                            60000, input);
}

void TestCliAccounts::staticAccountWorks()
{
    auto added = cli({u"account"_s, u"add"_s, u"lab"_s, u"--type"_s, u"static"_s, u"--set"_s,
                      u"hosts=127.0.0.2:2222,127.0.0.3:2222"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    auto tested = cli({u"account"_s, u"test"_s, u"lab"_s});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
    QVERIFY2(tested.out.contains(u"Instances: 0 in use of 2"_s), qPrintable(tested.out));

    auto listed = cli({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject lab = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(lab.value(u"name"_s).toString(), u"lab"_s);
    QCOMPARE(lab.value(u"type"_s).toString(), u"static"_s);
    QCOMPARE(lab.value(u"settings"_s).toObject().value(u"hosts"_s).toString(),
             u"127.0.0.2:2222,127.0.0.3:2222"_s);

    // A broken host list is caught by `test`, with the account named.
    QCOMPARE(cli({u"account"_s, u"add"_s, u"lab"_s, u"--type"_s, u"static"_s, u"--set"_s,
                  u"hosts=bad host!"_s, u"--replace"_s})
                 .exitCode,
             0);
    auto broken = cli({u"account"_s, u"test"_s, u"lab"_s});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(u"lab"_s) && broken.err.contains(u"host!"_s),
             qPrintable(broken.err));
}

void TestCliAccounts::secretsGoToTheKeychainOnly()
{
    auto added
        = cli({u"account"_s, u"add"_s, u"aws"_s, u"--type"_s, u"ec2"_s, u"--endpoint"_s,
               u"https://ec2.eu-west-1.amazonaws.com"_s, u"--region"_s, u"eu-west-1"_s, u"--set"_s,
               u"ec2_access_key=AKIDEXAMPLE"_s, u"--secret"_s, u"ec2_secret_key"_s},
              Secret + "\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(!added.out.contains(QString::fromLatin1(Secret)));

    QDirIterator it(m_tmp->filePath(u"data"_s), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Secret), qPrintable(file.fileName()));
    }
    KeychainSecretStore keychain;
    const SecretValue stored = test::await(keychain.read(u"account/aws/ec2_secret_key"_s));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), Secret);

    QCOMPARE(cli({u"account"_s, u"remove"_s, u"aws"_s}).exitCode, 0);
    const SecretValue gone = test::await(keychain.read(u"account/aws/ec2_secret_key"_s));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, SecretError::Kind::NotFound);
}

void TestCliAccounts::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no type") << QStringList{u"add"_s, u"x"_s} << u"--type must be"_s;
    QTest::newRow("unknown type") << QStringList{u"add"_s, u"x"_s, u"--type"_s, u"azure"_s}
                                  << u"--type must be"_s;
    QTest::newRow("bad name") << QStringList{u"add"_s, u"a/b"_s, u"--type"_s, u"static"_s}
                              << u"not a usable name"_s;
    QTest::newRow("bad set") << QStringList{u"add"_s,    u"x"_s,     u"--type"_s,
                                            u"static"_s, u"--set"_s, u"novalue"_s}
                             << u"KEY=VALUE"_s;
    QTest::newRow("secret without stdin")
        << QStringList{u"add"_s, u"x"_s, u"--type"_s, u"ec2"_s, u"--secret"_s, u"k"_s}
        << u"no line on stdin"_s;
    QTest::newRow("no action") << QStringList{} << u"add, list, remove or test"_s;
}

void TestCliAccounts::badInputIsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    auto run = cli(QStringList{u"account"_s} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    auto listed = cli({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

void TestCliAccounts::removeRefusesWhileUsed()
{
    QCOMPARE(cli({u"account"_s, u"add"_s, u"lab"_s, u"--type"_s, u"static"_s, u"--set"_s,
                  u"hosts=127.0.0.2"_s})
                 .exitCode,
             0);
    QCOMPARE(cli({u"account"_s, u"add"_s, u"lab"_s, u"--type"_s, u"static"_s, u"--set"_s,
                  u"hosts=127.0.0.3"_s})
                 .exitCode,
             1); // exists; --replace needed
    {
        auto repo = SqlClusterRepository::open(m_tmp->filePath(u"data/clusterdeck.sqlite"_s));
        QVERIFY(repo.ok());
        ClusterTemplate t;
        t.name = u"tiny"_s;
        t.cloud = u"lab"_s;
        QVERIFY(repo.value()->saveTemplate(t).ok());
    }
    auto refused = cli({u"account"_s, u"remove"_s, u"lab"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"template tiny"_s), qPrintable(refused.err));
    QCOMPARE(cli({u"account"_s, u"remove"_s, u"lab"_s, u"--force"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"remove"_s, u"lab"_s}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
