#pragma once

#include "app/cli/clicommand.h"

namespace cd {

// `list [--json]`: the clusters this data dir remembers.
class ListCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    using CliCommand::CliCommand;
    ~ListCommand() override;
    void start(const QStringList &arguments) override;
};

// `list-nodes CLUSTER [--json]`: the nodes of one cluster as last stored.
class ListNodesCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListNodesCommand)

public:
    using CliCommand::CliCommand;
    ~ListNodesCommand() override;
    void start(const QStringList &arguments) override;
};

// `remove CLUSTER [--force]`: forget a cluster locally. Refuses while any node may still have
// a cloud instance (use `stop` for that), unless --force.
class RemoveCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveCommand)

public:
    using CliCommand::CliCommand;
    ~RemoveCommand() override;
    void start(const QStringList &arguments) override;
};

} // namespace cd
