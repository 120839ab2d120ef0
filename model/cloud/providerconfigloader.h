#pragma once

#include "model/domain/cloudaccount.h"
#include "providers/cloud/cloudproviderfactory.h"
#include "providers/core/result.h"

#include <QFuture>

namespace cd {

class SecretStore;

// Turns a stored CloudAccount into what a provider needs: the account's settings plus its
// secrets read back from the keychain (in memory only). Fails with a sentence naming the
// account and the secret when the keychain cannot give one.
namespace ProviderConfigLoader {

using Loaded = Result<ProviderConfig, QString>;

QFuture<Loaded> load(const CloudAccount &account, SecretStore *secrets);

// The settings part alone (no secrets), e.g. for providers that need none.
ProviderConfig withoutSecrets(const CloudAccount &account);

} // namespace ProviderConfigLoader
} // namespace cd
