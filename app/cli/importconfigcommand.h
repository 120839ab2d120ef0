#pragma once

#include "app/cli/clicommand.h"

namespace cd {

// `import-config FILE...`: bring ElastiCluster configuration files in (clouds, logins,
// setups, cluster templates); credentials go to the keychain.
class ImportConfigCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportConfigCommand)

public:
    using CliCommand::CliCommand;
    ~ImportConfigCommand() override;
    void start(const QStringList &arguments) override;
};

} // namespace cd
