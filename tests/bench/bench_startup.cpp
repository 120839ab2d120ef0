// Cold start of the main window on an empty data directory: construction, first paint, RSS.
#include "model/repository/sqlclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/bench/benchjson.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    QSettings settings(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    QElapsedTimer construct;
    construct.start();
    auto repository = cd::SqlClusterRepository::open(tmp.filePath(QStringLiteral("db.sqlite")));
    if (!repository)
        return 1;
    cd::MemorySecretStore secrets;
    cd::MainWindow window(&settings, tmp.path(), repository.value().get(), &secrets, nullptr);
    const double constructMs = double(construct.nsecsElapsed()) / 1e6;
    window.show();

    // First frame: the first time the event loop has exposed and rendered the window.
    QTimer::singleShot(0, &window, [&] {
        (void)window.grab();
        cd::bench::report(QStringLiteral("startup"), QStringLiteral("construct_main_window"),
                          constructMs, QStringLiteral("ms"));
        cd::bench::report(QStringLiteral("startup"), QStringLiteral("process_start_to_first_frame"),
                          double(sinceStart.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
        cd::bench::report(QStringLiteral("startup"), QStringLiteral("peak_rss"),
                          cd::bench::peakRssKiB(), QStringLiteral("KiB"));
        QCoreApplication::quit();
    });
    return app.exec();
}
