// ImportConfigJob: parse off-thread, secrets to the store, config in one transaction, and
// nothing stored when the keychain refuses.
#include "model/config/importconfigjob.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"

#include <QFile>
#include <QFuture>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

// A keychain that says no, as a locked or absent Secret Service does.
class RefusingSecretStore final : public SecretStore
{
public:
    QFuture<SecretValue> read(const QString &) override
    {
        return QtFuture::makeReadyFuture(SecretValue(refusal()));
    }
    QFuture<SecretStatus> write(const QString &, const QByteArray &) override
    {
        ++writes;
        return QtFuture::makeReadyFuture(SecretStatus(refusal()));
    }
    QFuture<SecretStatus> remove(const QString &) override
    {
        return QtFuture::makeReadyFuture(SecretStatus(refusal()));
    }
    int writes = 0;

private:
    static SecretError refusal()
    {
        return {SecretError::Kind::NoBackend, u"org.freedesktop.secrets was not provided"_s};
    }
};

const QByteArray Config = R"([cloud/hobbes]
provider=ec2_boto
ec2_url=https://ec2.us-east-1.amazonaws.com
ec2_region=us-east-1
ec2_secret_key=topsecret

[login/ubuntu]
image_user=ubuntu

[setup/plain]
frontend_groups=common

[cluster/tiny]
cloud=hobbes
login=ubuntu
setup=plain
frontend_nodes=1
image_id=ami-1
flavor=t3.micro
)";

} // namespace

class TestImportConfigJob final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsEverything();
    void keychainRefusalStoresNothing();
    void cancelBeforeStartStoresNothing();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_config;
};

void TestImportConfigJob::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QFile file(m_tmp->filePath(u"config"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Config);
    m_config = file.fileName();
}

void TestImportConfigJob::importsEverything()
{
    MemoryClusterRepository repo;
    MemorySecretStore secrets;
    ImportConfigJob job(&repo, &secrets, {m_config}, {});
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy progress(&job, &Job::progress);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.outcome(), Job::Outcome::Succeeded);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    QCOMPARE(repo.templates().size(), 1);
    QCOMPARE(repo.accounts().size(), 1);
    QCOMPARE(secrets.size(), 1);
    QVERIFY(repo.clusterTemplate(u"tiny"_s)->startable());
}

void TestImportConfigJob::keychainRefusalStoresNothing()
{
    MemoryClusterRepository repo;
    LoginProfile existing;
    existing.name = u"ubuntu"_s;
    existing.imageUser = u"keepme"_s;
    QVERIFY(repo.saveLogin(existing).ok());
    RefusingSecretStore secrets;
    ImportConfigJob job(&repo, &secrets, {m_config}, {});
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.outcome(), Job::Outcome::Failed);
    QVERIFY2(job.errorString().contains(u"account/hobbes/ec2_secret_key"_s),
             qPrintable(job.errorString()));
    QVERIFY2(job.errorString().contains(u"No keychain is available"_s),
             qPrintable(job.errorString()));
    QCOMPARE(secrets.writes, 1);
    // Nothing changed: no template, no account, the old login untouched.
    QVERIFY(repo.templates().isEmpty());
    QVERIFY(repo.accounts().isEmpty());
    QCOMPARE(repo.login(u"ubuntu"_s)->imageUser, u"keepme"_s);
}

void TestImportConfigJob::cancelBeforeStartStoresNothing()
{
    MemoryClusterRepository repo;
    MemorySecretStore secrets;
    ImportConfigJob job(&repo, &secrets, {m_config}, {});
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.outcome(), Job::Outcome::Cancelled);
    QVERIFY(repo.templates().isEmpty());
    QCOMPARE(secrets.size(), 0);
}

QTEST_GUILESS_MAIN(TestImportConfigJob)
#include "tst_importconfigjob.moc"
