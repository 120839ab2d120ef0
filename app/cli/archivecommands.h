#pragma once

#include "app/cli/clicommand.h"

namespace cd {

// `export CLUSTER -o FILE.zip [--overwrite] [--save-keys]`
class ExportCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCommand)

public:
    using CliCommand::CliCommand;
    ~ExportCommand() override;
    void start(const QStringList &arguments) override;
};

// `import FILE.zip [--rename NAME]`
class ImportCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCommand)

public:
    using CliCommand::CliCommand;
    ~ImportCommand() override;
    void start(const QStringList &arguments) override;
};

} // namespace cd
