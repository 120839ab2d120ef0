#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

// Options every executable understands, accepted before or after the subcommand (as in
// `elasticluster -s PATH start …`). Everything after a bare `--` is left alone.
struct GlobalOptions final
{
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)

public:
    QString dataDir;      // --data-dir DIR / --data-dir=DIR; empty: the standard location
    int verbosity = 0;    // -v, -vv, --verbose (repeatable)
    bool help = false;    // -h / --help
    bool version = false; // --version
    QStringList rest;     // the subcommand and its own arguments, globals removed
    QString error;        // non-empty: a usage error naming the problem

    static GlobalOptions parse(const QStringList &arguments);
    static QString usageLines(const QString &defaultDataDir);
};

// Turns on debug output for our logging categories (-v) and wire traces (-vv).
void applyVerbosity(int verbosity);

} // namespace cd
