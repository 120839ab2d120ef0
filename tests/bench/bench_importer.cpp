// Importing a 10 MB ElastiCluster configuration (about 32,000 templates): time and peak RSS.
#include "model/config/elasticlusterimporter.h"
#include "tests/bench/benchjson.h"
#include "tests/support/bigconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int clusters = 0;
    const QByteArray big = cd::test::bigConfig(10 * 1024 * 1024, &clusters);
    cd::ElastiClusterImporter::Options options;
    options.environment.insert(QStringLiteral("CD_TEST_OS_PASSWORD"), QStringLiteral("x"));
    options.environment.insert(QStringLiteral("CD_IMAGE"), QStringLiteral("0123"));
    QElapsedTimer timer;
    timer.start();
    const cd::ImportResult result
        = cd::ElastiClusterImporter(options).importText(QStringLiteral("big.conf"), big);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (result.templates.size() != clusters)
        return 1;
    const QString bench = QStringLiteral("import_config_10mb");
    cd::bench::report(bench, QStringLiteral("import_time"), ms, QStringLiteral("ms"));
    cd::bench::report(bench, QStringLiteral("templates"), clusters, QStringLiteral("count"));
    cd::bench::report(bench, QStringLiteral("throughput"),
                      double(big.size()) / 1024 / 1024 / (ms / 1000), QStringLiteral("MiB/s"));
    cd::bench::report(bench, QStringLiteral("peak_rss"), cd::bench::peakRssKiB(),
                      QStringLiteral("KiB"));
    return 0;
}
