// SSH liveness at cluster scale: 50 sshd nodes on 127.0.0.2..51 (SshNodeFarm). Measures the
// time from "every sshd listens" to "every node alive" through LivenessProbe (goal: <= 1 s),
// and one node's connect + host key check + auth + command through RemoteCommand.
// Run inside `unshare -n` (scripts/bench does). Optional argument: the node count.
#include "providers/ssh/livenessprobe.h"
#include "providers/ssh/remotecommand.h"
#include "tests/bench/benchjson.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/sshnodefarm.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

cd::SshTarget targetFor(const cd::test::SshNodeFarm &farm, int i)
{
    cd::SshTarget target;
    target.host = farm.address(i);
    target.port = farm.port(i);
    target.user = farm.user();
    target.privateKeyPath = farm.clientKeyPath();
    target.knownHostsFile = farm.knownHostsFile();
    return target;
}

// One full probe of every node; returns the milliseconds until finished(), -1 on failure.
double probeAll(const cd::test::SshNodeFarm &farm, int *aliveCount)
{
    QList<cd::LivenessProbe::Node> nodes;
    for (int i = 0; i < farm.nodeCount(); ++i)
        nodes.append({u"node%1"_s.arg(i),
                      {u"%1:%2"_s.arg(farm.address(i)).arg(farm.port(i))},
                      targetFor(farm, i)});
    cd::LivenessProbe probe;
    probe.setRetryInterval(100);
    int alive = 0;
    QEventLoop loop;
    QObject::connect(&probe, &cd::LivenessProbe::alive, &loop, [&alive] { ++alive; });
    QObject::connect(&probe, &cd::LivenessProbe::failed, &loop,
                     [](const QString &id, const cd::SshError &error) {
                         qWarning("%s failed: %s", qPrintable(id), qPrintable(error.message));
                     });
    QObject::connect(&probe, &cd::LivenessProbe::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    probe.start(nodes, 10000, 60000);
    loop.exec();
    *aliveCount = alive;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int nodeCount = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    cd::test::SshNodeFarm farm;
    QElapsedTimer farmTimer;
    farmTimer.start();
    if (!farm.start(nodeCount, std::chrono::seconds(180))) {
        qCritical("cannot start %d sshd nodes: %s", nodeCount, qPrintable(farm.errorString()));
        return 1;
    }
    const QString bench = u"ssh"_s;
    cd::bench::report(bench, u"farm_start_%1_nodes"_s.arg(nodeCount), double(farmTimer.elapsed()),
                      u"ms"_s);

    // The headline first, on a cold process: every sshd listens, now probe them all.
    int alive = 0;
    const double cold = probeAll(farm, &alive);
    if (alive != nodeCount) {
        qCritical("only %d of %d nodes alive", alive, nodeCount);
        return 1;
    }
    cd::bench::report(bench, u"probe_%1_nodes_all_alive_first"_s.arg(nodeCount), cold, u"ms"_s);
    QList<double> runs;
    for (int run = 0; run < 5; ++run) {
        runs += probeAll(farm, &alive);
        if (alive != nodeCount)
            return 1;
    }
    cd::bench::report(bench, u"probe_%1_nodes_all_alive_median"_s.arg(nodeCount), median(runs),
                      u"ms"_s);

    // One node, sequentially: connect + key exchange + host key check + auth + `exit 0`.
    QList<double> single;
    for (int run = 0; run < 20; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto result = cd::test::await(
            cd::RemoteCommand::run(targetFor(farm, run % nodeCount), u"exit 0"_s, 10000), 30000);
        if (!result || result.value().exitStatus != 0) {
            qCritical("single command failed: %s",
                      qPrintable(result ? u"exit status"_s : result.error().message));
            return 1;
        }
        single += double(timer.nsecsElapsed()) / 1e6;
    }
    cd::bench::report(bench, u"single_node_connect_auth_command_median"_s, median(single), u"ms"_s);
    cd::bench::report(bench, u"single_node_connect_auth_command_min"_s,
                      *std::min_element(single.cbegin(), single.cend()), u"ms"_s);
    cd::bench::report(bench, u"peak_rss"_s, cd::bench::peakRssKiB(), u"KiB"_s);
    farm.stop();
    return 0;
}
