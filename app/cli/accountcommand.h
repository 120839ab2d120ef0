#pragma once

#include "app/cli/clicommand.h"
#include "model/domain/cloudaccount.h"

namespace cd {

// `account add|list|remove|test`: the clouds (and pools of existing machines) ClusterDeck may
// use. Secrets are read from stdin (one line per --secret, in order) or from the environment
// (--secret-env KEY=VAR) and go only to the keychain.
class AccountCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCommand)

public:
    using CliCommand::CliCommand;
    ~AccountCommand() override;
    void start(const QStringList &arguments) override;

private:
    void add(const QStringList &arguments);
    void list(const QStringList &arguments);
    void remove(const QStringList &arguments);
    void test(const QStringList &arguments);
    void storeSecretsThenSave(const CloudAccount &account,
                              QList<QPair<QString, QByteArray>> pending);
    void removeSecretsThenFinish(QStringList refs);
};

} // namespace cd
