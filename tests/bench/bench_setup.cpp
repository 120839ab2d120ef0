// Setup overhead: the same playbook on N SshNodeFarm nodes (default 10) through SetupClusterJob
// (inventory/config generation, jsonl parsing, per-node state updates) and through a bare
// ansible-playbook with the very inventory and configuration that run wrote. Reports both
// medians and their ratio (goal <= 1.03), after a warm-up run of each, in alternating order. Run
// inside `unshare -n` (scripts/bench does).
#include "model/lifecycle/setupclusterjob.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/setup/ansiblefiles.h"
#include "providers/setup/ansiblesetupprovider.h"
#include "tests/bench/benchjson.h"
#include "tests/support/farmcluster.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

bool seed(MemoryClusterRepository &repo, const test::SshNodeFarm &farm, const QString &outDir)
{
    SetupProfile setup;
    setup.name = u"smoke"_s;
    setup.kindGroups.insert(u"node"_s, {u"workers"_s});
    setup.globalVars.insert(u"out_dir"_s, outDir);
    setup.playbookPath = test::sourceDir() + u"/tests/integration/playbooks/smoke.yml"_s;
    return test::addFarmCluster(repo, farm, u"bench"_s, setup);
}

// One SetupClusterJob run; milliseconds, -1 on failure. *runDir: where the run kept its files.
double viaJob(MemoryClusterRepository &repo, const SetupOptions &options, QString *runDir)
{
    SetupClusterJob job(&repo, std::make_shared<AnsibleSetupProvider>(), u"bench"_s, options);
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job.start();
    loop.exec();
    *runDir = job.runDirectory();
    if (job.outcome() != Job::Outcome::Succeeded) {
        qWarning("setup failed: %s", qPrintable(job.errorString()));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// The same run by hand: ansible-playbook with that run's inventory, config and extra vars.
double bare(const QString &runDir, const QString &playbook)
{
    SetupRequest request;
    request.runDirectory = runDir;
    QProcess process;
    process.setProgram(QStandardPaths::findExecutable(u"ansible-playbook"_s));
    process.setArguments({u"-i"_s, AnsibleFiles::inventoryPath(request), u"-e"_s,
                          u'@' + AnsibleFiles::extraVarsPath(request), playbook});
    process.setProcessEnvironment(
        AnsibleFiles::environment(request, QProcessEnvironment::systemEnvironment()));
    process.setStandardOutputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start();
    loop.exec();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("bare ansible-playbook failed: %s", process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    const int rounds = 4;
    test::SshNodeFarm farm;
    if (!farm.start(nodes)) {
        qWarning("farm: %s", qPrintable(farm.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    MemoryClusterRepository repo;
    if (!seed(repo, farm, dir.filePath(u"out"_s)))
        return 1;
    QDir().mkpath(dir.filePath(u"out"_s));
    SetupOptions options;
    options.runsDirectory = dir.filePath(u"runs"_s);
    options.knownHostsFile = farm.knownHostsFile();
    const QString playbook = test::sourceDir() + u"/tests/integration/playbooks/smoke.yml"_s;

    // One warm-up run of each (first SSH connections, page cache), then rounds in alternating
    // order so that neither side always runs on the other's heels.
    QList<double> job, plain;
    QString runDir;
    if (viaJob(repo, options, &runDir) < 0 || bare(runDir, playbook) < 0)
        return 1;
    for (int round = 0; round < rounds; ++round) {
        double j = 0, b = 0;
        if (round % 2 == 0) {
            j = viaJob(repo, options, &runDir);
            b = j < 0 ? -1 : bare(runDir, playbook);
        } else {
            b = bare(runDir, playbook);
            j = b < 0 ? -1 : viaJob(repo, options, &runDir);
        }
        if (j < 0 || b < 0)
            return 1;
        job << j;
        plain << b;
    }
    const QString name = u"setup"_s;
    bench::report(name, u"setup_job_%1_nodes_median"_s.arg(nodes), median(job), u"ms"_s);
    bench::report(name, u"bare_ansible_%1_nodes_median"_s.arg(nodes), median(plain), u"ms"_s);
    bench::report(name, u"overhead_ratio"_s, median(job) / median(plain), u"ratio"_s);
    return 0;
}
