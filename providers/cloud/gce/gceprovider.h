#pragma once

#include "providers/cloud/cloudproviderfactory.h"
#include "providers/cloud/gce/gceapi.h"

#include <QHash>

namespace cd {

// Google Compute Engine, one project and zone per account.
//
// Creates with one instances.insert per node, all in flight at once, rather than one
// bulkInsert per kind: bulkInsert's perInstanceProperties can only set a name, so the node's
// own labels and metadata (cluster/node names, which map instances back to nodes after a
// crash) would need a setLabels call per instance afterwards anyway, and its single operation
// reports failures for the batch, not per node. Each insert carries a requestId derived from
// the create's client token and the node, so a retried insert never creates twice. Instance
// names are derived from cluster and node (instanceName()) and are our instance ids.
//
// Config: project (or settings gce_project_id), zone (default us-central1-a), endpoint (the
// compute base URL, for tests), secrets service_account_json (a key file's contents) or
// settings gce_service_account_file, or ElastiCluster's gce_client_id + secrets
// gce_client_secret and gce_refresh_token; else Application Default Credentials
// ($CLOUDSDK_CONFIG or ~/.config/gcloud). Settings network
// (default "default"), gce_token_uri; tuning gce_page_size, gce_poll_interval_ms,
// gce_operation_timeout_s, gce_timeout_s, gce_retry_attempts, gce_retry_base_ms,
// gce_retry_max_ms.
class GceProvider final : public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GceProvider)

public:
    struct Settings
    {
        QString network = QStringLiteral("default");
    };

    GceProvider(GceApi *api, Settings settings, QObject *parent = nullptr);
    ~GceProvider() override;

    static std::unique_ptr<CloudProvider>
    create(const ProviderConfig &config, const ProviderContext &context, QString *error);

    QString typeName() const override { return QStringLiteral("gce"); }
    bool supports(Operation operation) const override;

    QFuture<CloudResult<QList<InstanceInfo>>> createInstances(const InstanceSpec &spec) override;
    QFuture<CloudResult<QList<InstanceInfo>>> describeInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> terminateInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> stopInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> startInstances(const QStringList &ids) override;
    // GCE has no key pairs: the key is remembered and put into each new instance's ssh-keys
    // metadata for the login user. Returns its SHA256 fingerprint.
    QFuture<CloudResult<QString>> importKeyPair(const KeyPairSpec &key) override;
    // GCE has no security groups: two firewall rules on the network stand in for one, both
    // targeting the network tag returned here (which new instances then carry): NAME allows
    // SSH from spec.sshFrom, NAME-internal allows everything between instances with the tag.
    QFuture<CloudResult<QString>> ensureSecurityGroup(const SecurityGroupSpec &spec) override;
    QFuture<CloudResult<QList<ImageInfo>>> listImages(const ImageQuery &query) override;
    QFuture<CloudResult<QList<FlavorInfo>>> listFlavors() override;
    QFuture<CloudResult<QList<NetworkInfo>>> listNetworks() override;
    QFuture<CloudResult<QuotaInfo>> quota() override;
    QFuture<CloudResult<QList<InstanceInfo>>> findInstancesByTag(const QString &cluster) override;

    GceApi *api() const { return m_api; }
    // The instances.insert body for one node (public for tests).
    QJsonObject instanceBody(const InstanceSpec &spec, const QString &node) const;

private:
    struct CreateState;
    struct BatchState;
    struct FirewallState;

    void inserted(const std::shared_ptr<CreateState> &state);
    void adopt(const InstanceInfo &wanted,
               const std::function<void(CloudError)> &failed,
               const std::function<void()> &succeeded);
    QFuture<CloudResult<Done>>
    batch(const QByteArray &method, const QString &verb, const QStringList &ids, bool goneIsDone);
    void ensureFirewall(const std::shared_ptr<FirewallState> &state);
    void listInstances(const QString &filter,
                       std::function<void(const CloudResult<QList<InstanceInfo>> &)> callback);

    GceApi *m_api;
    Settings m_settings;
    QHash<QString, QByteArray> m_keys; // key name → OpenSSH public key line
};

} // namespace cd
