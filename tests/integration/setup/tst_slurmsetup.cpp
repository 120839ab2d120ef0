// A real SLURM cluster from the command line: one SshNodeFarm node plays slurm_master and
// slurm_worker; `clusterdeck-cli start` starts and configures it with the shipped playbooks
// (munge, slurm.conf from facts, slurmctld and slurmd without systemd), then `sinfo` over
// `clusterdeck-cli ssh` shows the node idle and `srun -N1 hostname` runs a job. `setup` runs
// again idempotently. No secret of the account reaches any file of the runs.
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

const QStringList daemons{u"slurmctld"_s, u"slurmd"_s, u"munged"_s};
const QString secret = u"s3cret-token-never-in-files"_s;

// The daemons detach from the SSH session that started them: stop them by name.
void stopDaemons()
{
    QDirIterator procs(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (procs.hasNext()) {
        const QString dir = procs.next();
        bool isPid = false;
        const qint64 pid = procs.fileName().toLongLong(&isPid);
        QFile comm(dir + u"/comm"_s);
        if (!isPid || !comm.open(QIODevice::ReadOnly))
            continue;
        if (daemons.contains(QString::fromUtf8(comm.readAll()).trimmed()))
            test::terminateProcess(pid);
    }
}

} // namespace

class TestSlurmSetup final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void slurmClusterRunsAJob();

private:
    test::ProcessResult cli(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<test::SshNodeFarm> m_farm;
};

void TestSlurmSetup::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    if (::geteuid() != 0)
        CD_SKIP_OR_FAIL(u"the SLURM roles configure the node as root; run as root"_s);
    for (const QString &tool : {u"slurmctld"_s, u"slurmd"_s, u"munged"_s, u"ansible-playbook"_s})
        if (QStandardPaths::findExecutable(tool, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty())
            CD_SKIP_OR_FAIL(tool + u" is missing (scripts/test installs slurm-wlm, munge)"_s);
    stopDaemons();
    m_tmp = std::make_unique<QTemporaryDir>();
    m_farm = std::make_unique<test::SshNodeFarm>();
    QVERIFY2(m_farm->start(1), qPrintable(m_farm->errorString()));
}

void TestSlurmSetup::cleanup()
{
    stopDaemons();
    m_farm.reset();
}

test::ProcessResult TestSlurmSetup::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"CD_TEST_TOKEN"_s, secret);
    return test::runProcess(test::cliPath(),
                            QStringList{u"--data-dir"_s, m_tmp->filePath(u"data"_s)} + args, env,
                            400000);
}

void TestSlurmSetup::slurmClusterRunsAJob()
{
    const QString host = u"%1:%2"_s.arg(m_farm->address(0)).arg(m_farm->port(0));
    const QString config = uR"([cloud/lab]
provider=static
hosts=%1

[login/farm]
image_user=%2
user_key_private=%3
user_key_public=%3.pub

[setup/slurm]
frontend_groups=slurm_master,slurm_worker
# Keep the test machine's /etc/hosts as it is.
global_var_common_manage_hosts_file=false
# The test's network namespace has only loopback, where SLURM's IPv4-only address lookup
# finds nothing to listen on; with IPv6 enabled it listens on all addresses.
global_var_slurm_communication_parameters=EnableIPv6

[cluster/hpc]
cloud=lab
login=farm
setup=slurm
frontend_nodes=1
ssh_probe_timeout=3
start_timeout=60
)"_s.arg(host, m_farm->user(), m_farm->clientKeyPath());
    QFile file(m_tmp->filePath(u"config"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();
    auto imported = cli({u"import-config"_s, file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // The account gets a secret (in the keychain), which must stay out of every run file.
    auto account
        = cli({u"account"_s, u"add"_s, u"lab"_s, u"--replace"_s, u"--type"_s, u"static"_s,
               u"--set"_s, u"hosts="_s + host, u"--secret-env"_s, u"api_token=CD_TEST_TOKEN"_s});
    QVERIFY2(account.exitCode == 0, qPrintable(account.err));

    auto started = cli({u"start"_s, u"hpc"_s, u"--name"_s, u"c1"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    QVERIFY2(started.err.contains(u"frontend001: configuring"_s), qPrintable(started.err));
    QVERIFY2(started.err.contains(u"frontend001: ready"_s), qPrintable(started.err));
    const QJsonArray nodes
        = QJsonDocument::fromJson(cli({u"list-nodes"_s, u"c1"_s, u"--json"_s}).out.toUtf8())
              .array();
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first().toObject().value(u"state"_s).toString(), u"ready"_s);

    // SLURM sees the node and runs a job on it.
    QString state;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (state
         = cli({u"ssh"_s, u"c1"_s, u"--"_s, u"sinfo"_s, u"-h"_s, u"-o"_s, u"%T"_s}).out.trimmed())
            == u"idle",
        qPrintable(u"sinfo says “%1”"_s.arg(state)), 60000);
    auto job = cli(
        {u"ssh"_s, u"c1"_s, u"--"_s, u"timeout"_s, u"60"_s, u"srun"_s, u"-N1"_s, u"hostname"_s});
    QVERIFY2(job.exitCode == 0, qPrintable(job.err));
    QCOMPARE(job.out.trimmed(), QSysInfo::machineHostName());

    // Setup again, on demand: nothing to change, still ready.
    auto again = cli({u"setup"_s, u"c1"_s, u"--"_s, u"--diff"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(u"configured"_s), qPrintable(again.out));

    // Two runs kept; none of their files holds the secret.
    int files = 0;
    QDirIterator runs(m_tmp->filePath(u"data/runs/c1"_s), QDir::Files,
                      QDirIterator::Subdirectories);
    while (runs.hasNext()) {
        QFile f(runs.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY2(files >= 10, "inventory, ansible.cfg, extra-vars, command line, events per run");
}

QTEST_GUILESS_MAIN(TestSlurmSetup)
#include "tst_slurmsetup.moc"
