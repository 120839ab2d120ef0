#pragma once

#include "model/core/job.h"
#include "model/lifecycle/clusterrecord.h"
#include "model/lifecycle/setupplan.h"
#include "providers/setup/setupprovider.h"

#include <QHash>

#include <memory>

namespace cd {

// Configures a cluster's reachable nodes with its setup profile (the seed's `setup`): nodes go
// Reachable → Configuring → Ready, or Failed / Unreachable with the failing task recorded.
// Publishes every task's result per node while the run goes (for the timeline) and keeps the
// run's inventory, configuration, command line and event log in the data dir.
class SetupClusterJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupClusterJob)

public:
    SetupClusterJob(ClusterRepository *repository,
                    std::shared_ptr<SetupProvider> provider,
                    QString cluster,
                    SetupOptions options,
                    QObject *parent = nullptr);
    ~SetupClusterJob() override;

    QString runDirectory() const { return m_runDirectory; }
    QStringList configuredNodes() const { return m_nodes; }

signals:
    void nodeStateChanged(const QString &node, cd::NodeState state, const QString &detail);
    // The run began on these nodes (its files are in runDirectory()).
    void runStarted(const QStringList &nodes);
    // A task finished on a node (event.host): the `index`th there, of `total` (0 while
    // unknown, on a first run).
    void taskFinished(const cd::SetupEvent &event, int index, int total);
    void setupEvent(const cd::SetupEvent &event);

protected:
    void doStart() override;
    void doCancel() override;

private:
    bool prepare(SetupRequest *request, QString *error);
    void onEvent(const SetupEvent &event);
    void onFinished(const SetupResult &result);
    QString taskCountFile() const;

    ClusterRecord m_record;
    std::shared_ptr<SetupProvider> m_provider;
    SetupOptions m_options;
    std::unique_ptr<SetupRun> m_run;
    QString m_runDirectory;
    QStringList m_nodes;
    QHash<QString, int> m_taskIndex; // node → tasks finished
    int m_tasksStarted = 0;
    int m_expectedTasks = 0;
};

} // namespace cd
