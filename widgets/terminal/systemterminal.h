#pragma once

#include <QStringList>

#include <functional>

namespace cd {

// Runs a command in the user's own terminal emulator, detached, for "Open in system
// terminal": x-terminal-emulator (Debian's alternative), konsole, gnome-terminal or xterm,
// or one the user named. Also quotes a command line for a POSIX shell ("Copy SSH command").
class SystemTerminal final
{
public:
    using Starter = std::function<bool(const QString &program, const QStringList &arguments)>;

    // `preferred` (a program name or path) if given, else the first of the known emulators
    // found on PATH; empty when none is.
    static QString find(const QString &preferred = {});
    // The emulator's own argv to run `command` (program first), by its name.
    static QStringList commandLine(const QString &emulator, const QStringList &command);
    // Starts `command` in `emulator` through `start` (QProcess::startDetached by default).
    static bool
    open(const QString &emulator, const QStringList &command, const Starter &start = {});

    static QString shellQuote(const QString &argument);
    static QString shellJoin(const QStringList &argv);
};

} // namespace cd
