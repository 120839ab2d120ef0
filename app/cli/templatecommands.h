#pragma once

#include "app/cli/clicommand.h"

namespace cd {

// `list-templates [--json] [GLOB...]`: the cluster templates that can be started.
class ListTemplatesCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListTemplatesCommand)

public:
    using CliCommand::CliCommand;
    ~ListTemplatesCommand() override;
    void start(const QStringList &arguments) override;
};

} // namespace cd
