#include "widgets/terminal/systemterminal.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cd {

QString SystemTerminal::find(const QString &preferred)
{
    if (!preferred.isEmpty())
        return QStandardPaths::findExecutable(preferred).isEmpty()
                       && !QFileInfo(preferred).isExecutable()
                   ? QString()
                   : preferred;
    for (const QString &name :
         {u"x-terminal-emulator"_s, u"konsole"_s, u"gnome-terminal"_s, u"xterm"_s}) {
        if (!QStandardPaths::findExecutable(name).isEmpty())
            return name;
    }
    return {};
}

QStringList SystemTerminal::commandLine(const QString &emulator, const QStringList &command)
{
    const QString name = QFileInfo(emulator).fileName();
    // gnome-terminal deprecated -e (one string); everything after "--" is the command.
    if (name == u"gnome-terminal" || name == u"kgx" || name == u"ptyxis")
        return QStringList{emulator, u"--"_s} + command;
    // konsole, xterm and the Debian alternative take the command's argv after -e.
    return QStringList{emulator, u"-e"_s} + command;
}

bool SystemTerminal::open(const QString &emulator, const QStringList &command, const Starter &start)
{
    const QStringList argv = commandLine(emulator, command);
    if (start)
        return start(argv.first(), argv.mid(1));
    return QProcess::startDetached(argv.first(), argv.mid(1));
}

QString SystemTerminal::shellQuote(const QString &argument)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString SystemTerminal::shellJoin(const QStringList &argv)
{
    QStringList quoted;
    for (const QString &a : argv)
        quoted += shellQuote(a);
    return quoted.join(u' ');
}

} // namespace cd
