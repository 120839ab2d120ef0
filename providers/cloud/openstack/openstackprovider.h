#pragma once

#include "providers/cloud/cloudproviderfactory.h"
#include "providers/cloud/openstack/openstackapi.h"

#include <QProcessEnvironment>
#include <QSet>

namespace cd {

// OpenStack clouds: Keystone v3 (password or application credential), Nova v2.1 with a
// microversion, Neutron (security groups, floating IPs, networks) and Glance v2.
//
// Config: endpoint = auth_url, region = region_name, project = project_name; settings
// username / user_id, user_domain_name / user_domain_id, project_id, project_domain_name /
// project_domain_id, application_credential_id / application_credential_name, interface,
// compute_api_version (a "2.N" microversion), request_floating_ip, floating_network_id,
// availability_zone, use_anti_affinity_groups (yes, soft or no; per kind too), cacert (a PEM
// file of extra certificate authorities); secrets password or
// application_credential_secret. An empty key takes the matching OS_* environment variable
// (OS_AUTH_URL, OS_USERNAME …), never the reverse. Tuning: openstack_page_size,
// openstack_create_concurrency, openstack_timeout_s, openstack_retry_attempts,
// openstack_retry_base_ms, openstack_retry_max_ms.
class OpenStackProvider final : public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStackProvider)

public:
    struct Settings
    {
        int pageSize = 500;
        int createConcurrency = 4;
        bool requestFloatingIp = false;
        QString floatingNetworkId; // empty: the first external network
        QString availabilityZone;
        // use_anti_affinity_groups: "yes" (hard) or "soft"; empty or "no": none.
        QString antiAffinity;
    };

    OpenStackProvider(HttpClient *http,
                      openstack::OpenStackApi::Options options,
                      Settings settings,
                      QObject *parent = nullptr);
    ~OpenStackProvider() override;

    // The factory's creator: validates the config; nullptr and *error when it cannot work.
    static std::unique_ptr<CloudProvider>
    create(const ProviderConfig &config, const ProviderContext &context, QString *error);
    // The same with `environment` in place of the process's (tests).
    static std::unique_ptr<CloudProvider>
    createWithEnvironment(const ProviderConfig &config,
                          const ProviderContext &context,
                          const QProcessEnvironment &environment,
                          QString *error);

    QString typeName() const override { return QStringLiteral("openstack"); }
    bool supports(Operation operation) const override;

    QFuture<CloudResult<QList<InstanceInfo>>> createInstances(const InstanceSpec &spec) override;
    QFuture<CloudResult<QList<InstanceInfo>>> describeInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> terminateInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> stopInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> startInstances(const QStringList &ids) override;
    QFuture<CloudResult<QString>> importKeyPair(const KeyPairSpec &key) override;
    QFuture<CloudResult<QString>> ensureSecurityGroup(const SecurityGroupSpec &spec) override;
    QFuture<CloudResult<QList<ImageInfo>>> listImages(const ImageQuery &query) override;
    QFuture<CloudResult<QList<FlavorInfo>>> listFlavors() override;
    QFuture<CloudResult<QList<NetworkInfo>>> listNetworks() override;
    QFuture<CloudResult<QuotaInfo>> quota() override;
    QFuture<CloudResult<QList<InstanceInfo>>> findInstancesByTag(const QString &cluster) override;

    openstack::OpenStackApi *api() const { return m_api; }
    const Settings &settings() const { return m_settings; }
    // N of the compute microversion 2.N in use (1 for plain 2.1).
    int computeMinorVersion() const;
    // Server tags (filterable) exist from compute 2.26, on create from 2.52.
    bool serverTagsOnCreate() const;

private:
    struct CreateState;
    struct EachState;

    QFuture<CloudResult<QString>> flavorId(const QString &flavor);
    // The id of server group `name` with the anti-affinity policy, made once and then reused
    // by every start of the cluster (an empty group costs nothing but a slot of its quota).
    QFuture<CloudResult<QString>> serverGroup(const QString &name, const QString &mode);
    QJsonObject serverBody(const InstanceSpec &spec,
                           const QString &node,
                           const QString &flavorRef,
                           const QString &floatingNetwork) const;
    void adoptThenCreate(const std::shared_ptr<CreateState> &state);
    void createNext(const std::shared_ptr<CreateState> &state);
    void finishCreate(const std::shared_ptr<CreateState> &state);
    // Sends every request at once (each labelled for messages); an error `isDone` accepts
    // counts as success (404 on delete, 409 on stop of a stopped server).
    using Labelled = QList<std::pair<QString, openstack::ApiRequest>>;
    QFuture<CloudResult<Done>> all(const Labelled &requests,
                                   const std::function<bool(const CloudError &)> &isDone);
    QFuture<CloudResult<Done>> serverAction(const QStringList &ids, const QString &action);
    QFuture<CloudResult<QList<InstanceInfo>>> listServers(const QUrlQuery &query);
    QFuture<CloudResult<QString>> keyPairLookup(const KeyPairSpec &key, bool mayImport);

    // Neutron (openstackprovidernetwork.cpp).
    QFuture<CloudResult<QString>> groupLookup(const SecurityGroupSpec &spec, bool mayCreate);
    QFuture<CloudResult<QString>>
    addMissingRules(const QString &groupId, const SecurityGroupSpec &spec, const QJsonArray &rules);
    // ACTIVE servers that want a floating IP get one (allocated on their port); until it is
    // ACTIVE they are reported Pending.
    QFuture<CloudResult<QList<InstanceInfo>>> attachFloatingIps(QList<InstanceInfo> servers);
    QFuture<CloudResult<QString>> floatingNetwork(const QString &wanted);
    QFuture<CloudResult<Done>> releaseFloatingIps(const QStringList &serverIds);

    openstack::OpenStackApi *m_api;
    Settings m_settings;
    QSet<QString> m_floatingInFlight;    // server ids with an allocation under way
    QString m_externalNetwork;           // found once
    QHash<QString, QString> m_flavorIds; // name or id → id
};

} // namespace cd
