#pragma once

#include "app/cli/clicommand.h"
#include "model/domain/cloudaccount.h"
#include "model/lifecycle/orphanscan.h"

#include <QJsonArray>

namespace cd {

// `scan-orphans [--account NAME] [--terminate] [--json]`: instances a cloud account holds
// with ClusterDeck's tags that no stored cluster knows — their cluster tag names no cluster
// of that account, or no node of it holds their id (say, after `remove --force`).
// --terminate terminates them (it is explicit, so nothing is asked); --adopt makes each the
// node of its stored cluster again (OrphanAdoption). Accounts whose cloud
// cannot search by tag are skipped with a note. Clusters still being created are left alone.
class ScanOrphansCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanOrphansCommand)

public:
    using CliCommand::CliCommand;
    ~ScanOrphansCommand() override;
    void start(const QStringList &arguments) override;

private:
    struct Listed
    {
        Orphan orphan;
        QString outcome; // after --terminate: "terminated"; after --adopt: the node; or the error
        bool done = false;
    };

    void next();
    void scan(const CloudAccount &account, std::shared_ptr<CloudProvider> provider);
    void found(const CloudAccount &account,
               std::shared_ptr<CloudProvider> provider,
               const CloudResult<QList<InstanceInfo>> &result);
    void report();

    QList<CloudAccount> m_queue;
    QList<Listed> m_orphans;
    bool m_terminate = false;
    bool m_adopt = false;
    bool m_json = false;
    bool m_named = false;
    int m_problems = 0;
};

} // namespace cd
