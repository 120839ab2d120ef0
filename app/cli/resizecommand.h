#pragma once

#include "app/cli/clicommand.h"

namespace cd {

// `resize CLUSTER [--add N:KIND]... [--remove N:KIND]... [--remove-node NAME]... [--yes]`:
// add nodes (started like `start` does) and remove nodes (terminated and forgotten; the N
// highest-numbered of a kind, or the named ones). Removing asks for the cluster's name unless
// --yes. Progress on stderr, the resulting node table on stdout.
class ResizeCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResizeCommand)

public:
    using CliCommand::CliCommand;
    ~ResizeCommand() override;
    void start(const QStringList &arguments) override;
};

} // namespace cd
