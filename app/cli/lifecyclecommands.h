#pragma once

#include "app/cli/clicommand.h"

namespace cd {

class Job;
struct Cluster;

// The nodes of `cluster` as a table (name, state, address, instance, problem).
void printNodes(QTextStream &out, const Cluster &cluster);

// `start TEMPLATE [--name NAME] [--nodes N:KIND,...] [--timeout S] [--keep-on-failure]`.
// A cluster of that name that exists already is started again: nodes that run are kept, the
// others are created (as ElastiCluster does). Progress on stderr, one line per node change;
// the result on stdout. Ctrl+C cancels cleanly (terminating what was created).
class StartCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartCommand)

public:
    using CliCommand::CliCommand;
    ~StartCommand() override;
    void start(const QStringList &arguments) override;
};

// `stop CLUSTER [--yes] [--force] [--no-wait]` (alias `destroy`): terminate every node and
// forget the cluster. Asks for the cluster's name unless --yes.
class StopCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopCommand)

public:
    using CliCommand::CliCommand;
    ~StopCommand() override;
    void start(const QStringList &arguments) override;
};

} // namespace cd
