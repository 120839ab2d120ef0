#pragma once

#include "app/cli/clicommand.h"

namespace cd {

class ClusterController;
class Job;

// `setup CLUSTER [-- EXTRA-ARGS]`: configure the reachable nodes with the cluster's setup
// profile; EXTRA-ARGS go to ansible-playbook. A line per node state and per failed task on
// stderr, the nodes on stdout at the end.
class SetupCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupCommand)

public:
    using CliCommand::CliCommand;
    ~SetupCommand() override;
    void start(const QStringList &arguments) override;
};

// Prints on `err` each setup task that failed or found its node unreachable, while `context`
// lives (start, resize and setup use it).
void reportSetupFailures(QObject *context, QTextStream &err, ClusterController *clusters);

} // namespace cd
