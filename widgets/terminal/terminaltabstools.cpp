// TerminalTabs' tools around a node: the ssh command line (copied or run in the user's own
// terminal emulator), session logs and the SFTP files window.
#include "widgets/terminal/sftppane.h"
#include "widgets/terminal/terminalsession.h"
#include "widgets/terminal/terminaltabs.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace cd {

void TerminalTabs::copySshCommand(const QString &node, const QStringList &systemSsh)
{
    if (systemSsh.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(SystemTerminal::shellJoin(systemSsh));
    emit message(tr("Copied the ssh command for %1.").arg(node));
}

bool TerminalTabs::openInSystemTerminal(const QString &node, const QStringList &systemSsh)
{
    if (systemSsh.isEmpty())
        return false;
    const QString emulator = SystemTerminal::find(m_emulator);
    if (emulator.isEmpty()) {
        emit message(m_emulator.isEmpty()
                         ? tr("No terminal emulator found (x-terminal-emulator, konsole, "
                              "gnome-terminal, xterm).")
                         : tr("The terminal emulator “%1” was not found.").arg(m_emulator));
        return false;
    }
    if (!SystemTerminal::open(emulator, systemSsh, m_starter)) {
        emit message(tr("Could not start %1.").arg(emulator));
        return false;
    }
    emit message(tr("Opened %1 in %2.").arg(node, emulator));
    return true;
}

bool TerminalTabs::startLog(TerminalSession *s, const QString &path)
{
    QString error;
    if (!s->startLog(path, &error)) {
        emit message(error);
        return false;
    }
    emit message(tr("Logging %1 to %2.").arg(s->node(), path));
    updateActions();
    return true;
}

void TerminalTabs::chooseLogFile(TerminalSession *s)
{
    // Opened, not exec()'d: the terminals keep running while the user picks a file.
    auto *dialog = new QFileDialog(this, tr("Log %1 to").arg(s->node()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(s->node() + u".log"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, s = QPointer(s)](const QString &path) {
        if (s)
            startLog(s, path);
    });
    dialog->open();
}

SftpPane *TerminalTabs::openFiles(const QString &node, const SshTarget &target)
{
    // A window of its own, so files and terminal can be seen side by side.
    auto *pane = new SftpPane(node, target, this);
    pane->setWindowFlag(Qt::Window);
    pane->setAttribute(Qt::WA_DeleteOnClose);
    pane->resize(640, 480);
    connect(pane, &SftpPane::message, this, &TerminalTabs::message);
    pane->show();
    return pane;
}

} // namespace cd
