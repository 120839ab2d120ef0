// A node whose host key changed, end to end in the window: a refresh over real SSH (libssh
// against an sshd that got a new key) is refused and opens the host-key dialog with both
// fingerprints; Refuse is the default and changes nothing; Trust New Key records the new key,
// and the next refresh reaches the node.
#include "model/lifecycle/clustercontroller.h"
#include "model/lifecycle/sshnodeprober.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/sshnodefarm.h"
#include "widgets/hostkeydialog.h"
#include "widgets/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TestHostKeyDialog final : public QObject
{
    Q_OBJECT

private slots:
    void refuseByDefaultTrustOnClick();

private:
    Job::Outcome refresh(ClusterController &controller);
};

Job::Outcome TestHostKeyDialog::refresh(ClusterController &controller)
{
    QString error;
    Job *job = controller.refreshCluster(u"c"_s, &error);
    if (!job)
        return Job::Outcome::Failed;
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(30000))
        return Job::Outcome::Running;
    return finished.first().at(0).value<Job::Outcome>();
}

void TestHostKeyDialog::refuseByDefaultTrustOnClick()
{
    QTemporaryDir tmp;
    test::SshNodeFarm farm;
    QVERIFY2(farm.start(1), qPrintable(farm.errorString()));
    MemoryClusterRepository repo;
    MemorySecretStore secrets;
    CloudProviderFactory factory;
    CloudProviderFactory::registerBuiltins(factory);
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    lab.settings.insert(u"hosts"_s, u"%1:%2"_s.arg(farm.address(0)).arg(farm.port(0)));
    QVERIFY(repo.saveAccount(lab).ok());
    ClusterTemplate t;
    t.name = u"one"_s;
    t.cloud = u"lab"_s;
    NodeKindSpec kind;
    kind.name = u"node"_s;
    kind.count = kind.minCount = 1;
    t.kinds = {kind};
    QVERIFY(repo.saveTemplate(t).ok());

    auto dataDir = DataDir::open(tmp.filePath(u"data"_s));
    QVERIFY(dataDir.ok());
    SshTarget base;
    base.user = farm.user();
    base.privateKeyPath = farm.clientKeyPath();
    base.policy = HostKeyPolicy::Strict;
    base.connectTimeoutMs = 5000;
    const auto strict = [&](const Cluster &c, const LoginProfile &, QObject *parent) {
        SshTarget target = base;
        target.knownHostsFile = dataDir.value().knownHostsFile(c.name);
        return static_cast<NodeProber *>(new SshNodeProber(target, parent));
    };
    ClusterController controller(&repo, &secrets, &factory, {nullptr, tmp.filePath(u"p"_s)},
                                 dataDir.value(), strict, strict);
    const QString knownHosts = controller.knownHostsFile(u"c"_s);
    QVERIFY(QDir().mkpath(QFileInfo(knownHosts).path()));
    QVERIFY(QFile::copy(farm.knownHostsFile(), knownHosts));
    QVERIFY(controller.createCluster(u"one"_s, u"c"_s).ok());
    QString error;
    Job *start = controller.startCluster(u"c"_s, StartOptions{}, &error);
    QVERIFY2(start, qPrintable(error));
    QSignalSpy started(start, &Job::finished);
    start->start();
    QVERIFY(started.wait(30000));
    QCOMPARE(repo.cluster(u"c"_s)->nodes.first().state, NodeState::Reachable);
    QCOMPARE(refresh(controller), Job::Outcome::Succeeded); // the recorded key is right

    QSettings settings(tmp.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(u"refresh/intervalSec"_s, 0);
    MainWindow window(&settings, tmp.path(), &repo, &secrets, &controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(farm.replaceHostKey(0)); // reinstalled, or impersonated
    const QString newBlob = farm.hostKeyLine(0).section(u' ', 2, 2);
    const HostKey newKey = HostKey::fromBase64(newBlob.toLatin1());
    QVERIFY(!newKey.isNull());
    refresh(controller);
    QCOMPARE(repo.cluster(u"c"_s)->nodes.first().state, NodeState::Unreachable);
    auto *dialog = window.findChild<HostKeyDialog *>();
    QVERIFY2(dialog, "a changed key asks the user");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    const QString presented = dialog->findChild<QLabel *>(u"presentedKey"_s)->text();
    const QString expected = dialog->findChild<QLabel *>(u"expectedKey"_s)->text();
    QVERIFY2(presented.endsWith(newKey.sha256), qPrintable(presented));
    QVERIFY2(expected.startsWith(u"ssh-ed25519 SHA256:"_s), qPrintable(expected));
    QVERIFY(expected != presented);
    QVERIFY(dialog->refuseButton()->isDefault());
    QVERIFY(!dialog->trustButton()->isDefault());

    // Enter (the default button) refuses: nothing is recorded, the node stays untrusted.
    const QByteArray before = [&] {
        QFile f(knownHosts);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<HostKeyDialog *>(), 5000);
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QCOMPARE(refresh(controller), Job::Outcome::Succeeded); // the job runs; the node does not
    QCOMPARE(repo.cluster(u"c"_s)->nodes.first().state, NodeState::Unreachable);

    // Asked again; this time the user trusts the key they have checked.
    dialog = window.findChild<HostKeyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<HostKeyDialog *>(), 5000);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(newBlob.toLatin1()));
    file.close();
    refresh(controller);
    QVERIFY(repo.cluster(u"c"_s)->nodes.first().state != NodeState::Unreachable);
    QVERIFY(!window.findChild<HostKeyDialog *>());
}

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"
