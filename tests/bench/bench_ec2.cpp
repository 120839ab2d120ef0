// EC2 provider against a moto_server of its own: N instances (N/2 in each of 2 kinds) created
// and described until all run. Per N: API requests by action (as moto received them) and wall
// time until all report running. Goal: requests independent of N, except one CreateTags per
// instance for its own node tags. Usage: bench_ec2 [N …] (default 10 100 500).
#include "tests/bench/benchjson.h"
#include "tests/integration/ec2/ec2fixture.h"
#include "tests/unit/ec2/awaitfuture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

cd::InstanceSpec kind(const QString &name, int count)
{
    cd::InstanceSpec spec;
    spec.cluster = u"bench"_s;
    spec.kind = name;
    for (int i = 1; i <= count; ++i)
        spec.nodeNames.append(name + u"%1"_s.arg(i, 4, 10, QLatin1Char('0')));
    spec.image = u"ami-03cf127a"_s;
    spec.flavor = u"t2.micro"_s;
    return spec;
}

bool run(cd::test::Ec2Fixture &ec2, int n, bool report)
{
    if (!ec2.reset())
        return false;
    auto provider = ec2.provider();
    QSignalSpy tagged(provider.get(), &cd::Ec2Provider::nodeTaggingFinished);
    QElapsedTimer clock;
    clock.start();
    auto frontend = provider->createInstances(kind(u"frontend"_s, n / 2));
    auto compute = provider->createInstances(kind(u"compute"_s, n - n / 2));
    QStringList ids;
    for (auto future : {frontend, compute}) {
        const auto created = cd::test::await(future, 300000);
        if (!created || !created->ok()) {
            std::fprintf(stderr, "create failed: %s\n",
                         created ? qPrintable(created->error().describe()) : "timeout");
            return false;
        }
        for (const cd::InstanceInfo &info : created->value())
            ids.append(info.id);
    }
    const qint64 createdMs = clock.elapsed();
    int rounds = 0;
    for (bool allRunning = false; !allRunning && rounds < 100;) {
        ++rounds;
        const auto described = cd::test::await(provider->describeInstances(ids), 300000);
        if (!described || !described->ok())
            return false;
        allRunning = true;
        for (const cd::InstanceInfo &info : described->value())
            allRunning = allRunning && info.state == cd::InstanceInfo::State::Running;
    }
    const qint64 runningMs = clock.elapsed();
    while (tagged.size() < 2 && tagged.wait(300000)) {
    }
    const qint64 taggedMs = clock.elapsed();
    if (!report)
        return true;

    const QMap<QString, int> calls = ec2.actionCounts();
    int total = 0;
    for (int count : calls)
        total += count;
    const QString bench = u"ec2"_s;
    const QString prefix = u"n%1."_s.arg(n);
    cd::bench::report(bench, prefix + u"requests_total"_s, total, u"requests"_s);
    cd::bench::report(bench, prefix + u"requests_without_node_tags"_s,
                      total - calls.value(u"CreateTags"_s), u"requests"_s);
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        cd::bench::report(bench, prefix + it.key(), it.value(), u"requests"_s);
    cd::bench::report(bench, prefix + u"describe_rounds"_s, rounds, u"rounds"_s);
    cd::bench::report(bench, prefix + u"ids_returned_ms"_s, double(createdMs), u"ms"_s);
    cd::bench::report(bench, prefix + u"all_running_ms"_s, double(runningMs), u"ms"_s);
    cd::bench::report(bench, prefix + u"all_tagged_ms"_s, double(taggedMs), u"ms"_s);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &argument : app.arguments().mid(1))
        sizes.append(argument.toInt());
    if (sizes.isEmpty())
        sizes = {10, 100, 500};

    cd::test::Ec2Fixture ec2;
    QString error;
    if (!ec2.start(&error)) {
        std::fprintf(stderr, "bench_ec2: %s\n", qPrintable(error));
        return 1;
    }
    run(ec2, 2, false); // moto loads its EC2 backend on first use
    for (const int n : sizes) {
        if (n < 2 || !run(ec2, n, true)) {
            std::fprintf(stderr, "bench_ec2: N=%d failed\n", n);
            return 1;
        }
    }
    cd::bench::report(u"ec2"_s, u"peak_rss"_s, cd::bench::peakRssKiB(), u"KiB"_s);
    return 0;
}
