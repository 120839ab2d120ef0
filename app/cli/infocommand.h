#pragma once

#include "app/cli/clicommand.h"

namespace cd {

// `clusterdeck-cli info [--json]`: version and where this installation keeps its data.
class InfoCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoCommand)

public:
    using CliCommand::CliCommand;
    ~InfoCommand() override;

    void start(const QStringList &arguments) override;
};

} // namespace cd
