#include "app/globaloptions.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace cd {

GlobalOptions GlobalOptions::parse(const QStringList &arguments)
{
    GlobalOptions options;
    bool passThrough = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (passThrough) {
            options.rest << arg;
            continue;
        }
        if (arg == u"--") {
            passThrough = true;
            options.rest << arg;
        } else if (arg == u"--data-dir") {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                options.error = tr("--data-dir needs a directory.");
                return options;
            }
            options.dataDir = arguments.at(++i);
        } else if (arg.startsWith(u"--data-dir=")) {
            options.dataDir = arg.mid(qsizetype(sizeof("--data-dir=") - 1));
            if (options.dataDir.isEmpty()) {
                options.error = tr("--data-dir needs a directory.");
                return options;
            }
        } else if (arg == u"--verbose") {
            ++options.verbosity;
        } else if (arg.size() >= 2 && arg.startsWith(u"-v")
                   && arg.mid(1).count(u'v') == arg.size() - 1) {
            options.verbosity += int(arg.size() - 1);
        } else if (arg == u"-h" || arg == u"--help") {
            options.help = true;
        } else if (arg == u"--version") {
            options.version = true;
        } else {
            options.rest << arg;
        }
    }
    return options;
}

QString GlobalOptions::usageLines(const QString &defaultDataDir)
{
    return tr("  --data-dir DIR   keep clusters, keys and settings in DIR\n"
              "                   (default: %1)\n"
              "  -v, --verbose    more output; repeat for wire traces\n"
              "  -h, --help       show this help\n"
              "  --version        show the version\n")
        .arg(defaultDataDir);
}

void applyVerbosity(int verbosity)
{
    if (verbosity <= 0)
        return;
    // Wire traces live under clusterdeck.trace.*; Qt allows wildcards only at the ends.
    QString rules = QStringLiteral("clusterdeck.*.debug=true\n");
    if (verbosity < 2)
        rules += QStringLiteral("clusterdeck.trace.*.debug=false\n");
    QLoggingCategory::setFilterRules(rules);
}

} // namespace cd
