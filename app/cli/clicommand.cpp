#include "app/cli/clicommand.h"

#include <QTimer>

namespace cd {

CliCommand::CliCommand(const CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

CliCommand::~CliCommand() = default;

void CliCommand::finishLater(int exitCode)
{
    out().flush();
    err().flush();
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

void CliCommand::failUsage(const QString &message)
{
    err() << message << Qt::endl;
    finishLater(ExitUsage);
}

} // namespace cd
