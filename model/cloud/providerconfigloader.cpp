#include "model/cloud/providerconfigloader.h"

#include "providers/secrets/secretstore.h"

#include <QCoreApplication>
#include <QPromise>

#include <memory>

namespace cd::ProviderConfigLoader {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderConfigLoader)
};

struct State
{
    ProviderConfig config;
    QList<QPair<QString, QString>> pending; // setting name → SecretStore key
    QPromise<Loaded> promise;
    SecretStore *secrets = nullptr;
};

// Reads the secrets one after another (each read starts from the event loop, not from inside
// the previous keychain job's completion).
void readNext(const std::shared_ptr<State> &state)
{
    if (state->pending.isEmpty()) {
        state->promise.addResult(Loaded(state->config));
        state->promise.finish();
        return;
    }
    const auto [setting, ref] = state->pending.takeFirst();
    state->secrets->read(ref).then(state->secrets, [state, setting, ref](const SecretValue &value) {
        if (!value.ok()) {
            state->promise.addResult(Loaded(
                Tr::tr("The secret “%1” of account “%2” could not be read from the "
                       "keychain (%3). %4")
                    .arg(setting, state->config.name, ref, SecretStore::describe(value.error()))));
            state->promise.finish();
            return;
        }
        state->config.secrets.insert(setting, value.value());
        QMetaObject::invokeMethod(
            state->secrets, [state] { readNext(state); }, Qt::QueuedConnection);
    });
}

} // namespace

ProviderConfig withoutSecrets(const CloudAccount &account)
{
    ProviderConfig config;
    config.type = CloudAccount::typeName(account.type);
    config.name = account.name;
    config.endpoint = account.endpoint;
    config.region = account.region;
    config.zone = account.zone;
    config.project = account.project;
    for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it)
        config.settings.insert(it.key(), it.value());
    return config;
}

QFuture<Loaded> load(const CloudAccount &account, SecretStore *secrets)
{
    auto state = std::make_shared<State>();
    state->config = withoutSecrets(account);
    state->secrets = secrets;
    for (auto it = account.secretRefs.cbegin(); it != account.secretRefs.cend(); ++it)
        state->pending.append({it.key(), it.value()});
    state->promise.start();
    QFuture<Loaded> future = state->promise.future();
    if (!account.startable()) {
        state->promise.addResult(Loaded(Tr::tr("The account “%1” cannot be used: %2")
                                            .arg(account.name, account.notStartableReason)));
        state->promise.finish();
        return future;
    }
    readNext(state);
    return future;
}

} // namespace cd::ProviderConfigLoader
