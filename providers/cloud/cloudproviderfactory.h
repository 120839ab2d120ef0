#pragma once

#include "providers/cloud/cloudprovider.h"

#include <QMap>

#include <functional>
#include <memory>

namespace cd {

class HttpClient;

// Everything a provider needs to talk to one account, secrets resolved (the model reads them
// from the SecretStore just before; they live only in memory, never in logs).
struct ProviderConfig final
{
    QString type; // "ec2", "openstack", "gce", "static"
    QString name; // the account's name, for messages
    QString endpoint;
    QString region;
    QString zone;
    QString project;
    QMap<QString, QString> settings;   // non-secret, by config key (ec2_access_key, hosts …)
    QMap<QString, QByteArray> secrets; // by config key (ec2_secret_key, password …)
};

// What providers share: the one HTTP client of the process (its QNetworkAccessManager), and
// a folder for provider state that must survive restarts (static hosts' allocations).
struct ProviderContext final
{
    HttpClient *http = nullptr;
    QString stateDir;
};

// Type name → implementation. The composition root registers the built-in providers once
// (registerBuiltins) and asks for a provider per account.
class CloudProviderFactory final
{
public:
    // Returns nullptr and sets *error (never null) when the config cannot work, e.g. a
    // missing region or credential.
    using Creator = std::function<std::unique_ptr<CloudProvider>(
        const ProviderConfig &, const ProviderContext &, QString *error)>;

    void registerType(const QString &type, Creator creator);
    bool knows(const QString &type) const { return m_creators.contains(type); }
    QStringList types() const { return m_creators.keys(); }
    // nullptr with `error` set when the type is unknown or the config is unusable.
    std::unique_ptr<CloudProvider> create(const ProviderConfig &config,
                                          const ProviderContext &context,
                                          QString *error = nullptr) const;

    // Registers every provider this build has (static, ec2, …).
    static void registerBuiltins(CloudProviderFactory &factory);

private:
    QMap<QString, Creator> m_creators;
};

} // namespace cd
