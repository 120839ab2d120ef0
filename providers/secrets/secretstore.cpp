#include "providers/secrets/secretstore.h"

namespace cd {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::describe(const SecretError &error)
{
    switch (error.kind) {
    case SecretError::Kind::NotFound:
        return tr("The secret was not found in the keychain.");
    case SecretError::Kind::AccessDenied:
        return tr("Access to the keychain was denied: %1").arg(error.message);
    case SecretError::Kind::NoBackend:
        return tr("No keychain is available (is a Secret Service such as gnome-keyring or "
                  "KWallet running?): %1")
            .arg(error.message);
    case SecretError::Kind::Other:
        break;
    }
    return tr("The keychain reported an error: %1").arg(error.message);
}

} // namespace cd
