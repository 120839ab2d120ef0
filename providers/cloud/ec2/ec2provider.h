#pragma once

#include "providers/cloud/cloudproviderfactory.h"
#include "providers/cloud/ec2/ec2api.h"

namespace cd {

namespace ec2 {
struct SshPublicKey;
}

// Amazon EC2 and EC2-compatible clouds (any endpoint that speaks the Query API, e.g. moto).
// One RunInstances per node kind (with a client token) that tags every instance with its
// cluster and kind at creation (a kind of one node gets its node tags there too), then, for
// kinds of several nodes, one CreateTags per instance for its own node tags; DescribeInstances by
// instance-id filter, ≤200 ids per call (EC2's filter value limit), paged; terminate/stop/start
// batched, ≤1000 ids per call.
//
// Config: endpoint (or settings ec2_url), region (or ec2_region), settings ec2_access_key,
// secrets ec2_secret_key and optional ec2_session_token. Tuning settings: ec2_page_size
// (5–1000), ec2_tag_concurrency, ec2_timeout_s, ec2_retry_attempts, ec2_retry_base_ms,
// ec2_retry_max_ms.
class Ec2Provider final : public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ec2Provider)

public:
    struct Settings
    {
        int pageSize = 1000;    // MaxResults of paged calls
        int tagConcurrency = 4; // CreateTags in flight after a create (QNAM: 6 per host)
    };

    Ec2Provider(HttpClient *http,
                Ec2Api::Options options,
                Settings settings,
                QObject *parent = nullptr);
    ~Ec2Provider() override;

    // The factory's creator: validates the config; nullptr and *error when it cannot work.
    static std::unique_ptr<CloudProvider>
    create(const ProviderConfig &config, const ProviderContext &context, QString *error);

    QString typeName() const override { return QStringLiteral("ec2"); }
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

    Ec2Api *api() const { return m_api; }
    const Settings &settings() const { return m_settings; }
    // Node tagging runs after createInstances() answered; this many instances still wait.
    int taggingPending() const { return m_taggingPending; }

    static constexpr int kMaxFilterValues = 200;
    static constexpr int kMaxIdsPerCall = 1000;

signals:
    // After a create: every instance got its clusterdeck:node and Name tags (error empty),
    // or some did not (they still carry clusterdeck:cluster and clusterdeck:kind). For a
    // create of one instance it is sent before the create's future finishes.
    void nodeTaggingFinished(const QStringList &instanceIds, const QString &error);

private:
    struct TagState;
    struct DescribeState;
    struct BatchState;

    Ec2Query runInstancesQuery(const InstanceSpec &spec) const;
    void tagNodes(const QList<InstanceInfo> &instances, const QString &cluster);
    void tagNext(const std::shared_ptr<TagState> &state);
    QFuture<CloudResult<Done>>
    batch(const QString &action, const QStringList &ids, bool goneIsDone);
    void batchChunk(const std::shared_ptr<BatchState> &state, QStringList chunk, int round);
    void describeChunk(const std::shared_ptr<DescribeState> &state, const QStringList &chunk);

    QFuture<CloudResult<QString>> keyPairLookup(const QString &name,
                                                const std::shared_ptr<ec2::SshPublicKey> &key,
                                                const QByteArray &publicKey,
                                                bool mayImport);
    QFuture<CloudResult<QString>> groupLookup(const SecurityGroupSpec &spec, bool mayCreate);
    QFuture<CloudResult<QString>> authorizeMissing(const QString &groupId,
                                                   const SecurityGroupSpec &spec,
                                                   bool selfRule,
                                                   bool sshRule);

    Ec2Api *m_api;
    Settings m_settings;
    int m_taggingPending = 0;
};

} // namespace cd
