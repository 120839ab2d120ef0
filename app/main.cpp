// clusterdeck: the desktop application. Builds every object and hands each its collaborators.
#include "app/appsetup.h"
#include "app/globaloptions.h"
#include "app/sshprober.h"
#include "model/core/datadir.h"
#include "model/lifecycle/clustercontroller.h"
#include "model/repository/sqlclusterrepository.h"
#include "providers/net/httpclient.h"
#include "providers/secrets/keychainsecretstore.h"
#include "providers/setup/ansiblesetupprovider.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace cd;

namespace {

QString usage()
{
    return QCoreApplication::translate("Gui", "Usage: clusterdeck [OPTIONS]\n\nOptions:\n")
           + GlobalOptions::usageLines(DataDir::defaultPath())
           + QCoreApplication::translate(
               "Gui", "  --screenshot FILE  save a PNG of the main window once it is "
                      "shown, then quit\n");
}

// For scripts/screenshot: waits (without blocking) until the window is exposed and painted,
// then saves it and quits.
void scheduleScreenshot(MainWindow *window, const QString &file)
{
    auto *timer = new QTimer(window);
    timer->setInterval(100);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, window, [=] {
        const bool exposed = window->windowHandle() && window->windowHandle()->isExposed();
        if (!exposed && ++*attempts < 100)
            return;
        timer->stop();
        const bool saved = window->grab().save(file, "PNG");
        QTextStream(stderr) << (saved ? QStringLiteral("screenshot written to %1\n")
                                      : QStringLiteral("could not write screenshot %1\n"))
                                   .arg(file);
        QCoreApplication::exit(saved ? 0 : 1);
    });
    timer->start();
}

} // namespace

int main(int argc, char *argv[])
{
    // Read our options before QApplication exists: --help and --version must work without a
    // display. QApplication later removes its own (-platform …) from what it keeps.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    GlobalOptions options = GlobalOptions::parse(rawArguments);
    QString unknownOption;
    for (qsizetype i = 0; i < options.rest.size() && unknownOption.isEmpty(); ++i) {
        // Long options are ours (Qt's own take one dash): name a wrong one before any display
        // is needed.
        const QString &arg = options.rest.at(i);
        if (arg == u"--screenshot")
            ++i;
        else if (arg.startsWith(u"--"))
            unknownOption = arg;
    }
    if (options.help || options.version || !options.error.isEmpty() || !unknownOption.isEmpty()) {
        QCoreApplication core(argc, argv);
        setUpApplication(core);
        if (options.error.isEmpty() && !unknownOption.isEmpty())
            options.error
                = QCoreApplication::translate("Gui", "Unknown option '%1'.").arg(unknownOption);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!options.error.isEmpty()) {
            err << options.error << '\n' << usage();
            return 2;
        }
        if (options.version)
            out << QStringLiteral("clusterdeck %1\n").arg(QCoreApplication::applicationVersion());
        else
            out << usage();
        return 0;
    }

    QApplication app(argc, argv);
    setUpApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("ClusterDeck"));
    QApplication::setDesktopFileName(QStringLiteral("clusterdeck"));
    options = GlobalOptions::parse(app.arguments().mid(1));

    QString screenshot;
    QStringList rest = options.rest;
    while (!rest.isEmpty()) {
        const QString arg = rest.takeFirst();
        if (arg == u"--screenshot" && !rest.isEmpty()) {
            screenshot = rest.takeFirst();
        } else {
            QTextStream(stderr)
                << QCoreApplication::translate("Gui", "Unknown argument '%1'.").arg(arg) << '\n'
                << usage();
            return 2;
        }
    }
    applyVerbosity(options.verbosity);

    auto dataDir = DataDir::open(options.dataDir);
    auto repository = dataDir
                          ? SqlClusterRepository::open(dataDir.value().databasePath())
                          : Result<std::unique_ptr<SqlClusterRepository>, QString>(dataDir.error());
    if (!repository) {
        // Told in a window (and on stderr) rather than silently: nothing is touched.
        QTextStream(stderr) << repository.error() << '\n';
        auto *box = new QMessageBox(QMessageBox::Critical,
                                    QCoreApplication::translate("Gui", "ClusterDeck"),
                                    repository.error(), QMessageBox::Close);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, &app, [] { QCoreApplication::exit(1); });
        box->show();
        return app.exec();
    }
    KeychainSecretStore secrets;
    HttpClient http;
    CloudProviderFactory providers;
    CloudProviderFactory::registerBuiltins(providers);
    ClusterController controller(repository.value().get(), &secrets, &providers,
                                 {&http, dataDir.value().path() + QStringLiteral("/providers")},
                                 dataDir.value(), makeSshProber(dataDir.value()),
                                 makeSshProber(dataDir.value(), HostKeyPolicy::Strict));
    controller.setSetupProvider(std::make_shared<AnsibleSetupProvider>());

    QSettings settings(dataDir.value().settingsPath(), QSettings::IniFormat);
    // The language follows the system unless the settings name one (ui/language=de).
    if (const QString language = settings.value(QLatin1String(languageSettingKey())).toString();
        !language.isEmpty())
        installTranslations(app, language);
    MainWindow window(&settings, dataDir.value().path(), repository.value().get(), &secrets,
                      &controller);
    window.show();
    if (!screenshot.isEmpty())
        scheduleScreenshot(&window, screenshot);
    return app.exec();
}
