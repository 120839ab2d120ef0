#pragma once

#include "app/cli/clicommand.h"

namespace cd {

// `pause CLUSTER [--yes]`: stop (not terminate) every running node; asks for the cluster's
// name unless --yes. Fails with the provider's message where instances cannot be stopped.
class PauseCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseCommand)

public:
    using CliCommand::CliCommand;
    ~PauseCommand() override;
    void start(const QStringList &arguments) override;
};

// `resume CLUSTER`: start a paused cluster's nodes again and probe them over SSH.
class ResumeCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeCommand)

public:
    using CliCommand::CliCommand;
    ~ResumeCommand() override;
    void start(const QStringList &arguments) override;
};

} // namespace cd
