#include "providers/cloud/ec2/ec2provider.h"

#include "providers/cloud/ec2/ec2idbatches.h"
#include "providers/cloud/ec2/ec2logging.h"
#include "providers/cloud/ec2/ec2parsers.h"

#include <QPromise>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Names the value of ours that EC2 refused, beside its own message.
CloudError annotate(CloudError error, const InstanceSpec &spec)
{
    const auto prefix
        = [&error](const QString &what) { error.message = what + u": "_s + error.message; };
    if (error.code.startsWith(u"InvalidAMIID"))
        prefix(Ec2Provider::tr("image “%1”").arg(spec.image));
    else if (error.code.startsWith(u"InvalidKeyPair"))
        prefix(Ec2Provider::tr("key pair “%1”").arg(spec.keyName));
    else if (error.code.startsWith(u"InvalidSubnet"))
        prefix(Ec2Provider::tr("subnet “%1”").arg(spec.networks.value(0)));
    else if (error.code.startsWith(u"InvalidGroup")
             || error.code.startsWith(u"InvalidSecurityGroup"))
        prefix(Ec2Provider::tr("security groups “%1”").arg(spec.securityGroups.join(u", ")));
    else if (error.code == u"InvalidInstanceType"
             || (error.code == u"InvalidParameterValue" && error.message.contains(spec.flavor)
                 && !spec.flavor.isEmpty()))
        prefix(Ec2Provider::tr("flavor “%1”").arg(spec.flavor));
    return error;
}

} // namespace

struct Ec2Provider::TagState
{
    QList<std::pair<QString, QString>> pending; // instance id, node
    QString cluster;
    QStringList ids;
    QStringList failures;
    int inFlight = 0;
};

struct Ec2Provider::DescribeState
{
    QPromise<CloudResult<QList<InstanceInfo>>> promise;
    QStringList ids;
    QHash<QString, InstanceInfo> found;
    std::optional<CloudError> error;
    int remaining = 0;
};

Ec2Provider::Ec2Provider(HttpClient *http,
                         Ec2Api::Options options,
                         Settings settings,
                         QObject *parent)
    : CloudProvider(parent)
    , m_api(new Ec2Api(http, std::move(options), this))
    , m_settings(settings)
{
    m_settings.pageSize = std::clamp(m_settings.pageSize, 5, 1000);
    m_settings.tagConcurrency = std::max(1, m_settings.tagConcurrency);
}

Ec2Provider::~Ec2Provider()
{
    // While `this` still exists for the continuations waiting on these calls.
    m_api->cancelAll();
}

bool Ec2Provider::supports(Operation operation) const
{
    Q_UNUSED(operation)
    return true;
}

Ec2Query Ec2Provider::runInstancesQuery(const InstanceSpec &spec) const
{
    const int count = int(spec.nodeNames.size());
    Ec2Query query;
    query.add(u"ImageId"_s, spec.image);
    if (!spec.flavor.isEmpty())
        query.add(u"InstanceType"_s, spec.flavor);
    query.add(u"MinCount"_s, spec.minCount > 0 ? std::min(spec.minCount, count) : count);
    query.add(u"MaxCount"_s, count);
    // A retried RunInstances with the same token never starts a second set (≤ 64 ASCII).
    query.add(u"ClientToken"_s, spec.clientToken.isEmpty()
                                    ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                    : spec.clientToken.left(64));
    if (!spec.keyName.isEmpty())
        query.add(u"KeyName"_s, spec.keyName);
    query.addList(u"SecurityGroupId"_s, spec.securityGroups);
    if (!spec.networks.isEmpty())
        query.add(u"SubnetId"_s, spec.networks.first());
    if (!spec.userData.isEmpty())
        query.add(u"UserData"_s, QString::fromLatin1(spec.userData.toBase64()));
    if (spec.bootDiskSizeGb > 0 || !spec.bootDiskType.isEmpty()) {
        query.add(u"BlockDeviceMapping.1.DeviceName"_s,
                  spec.settings.value(u"boot_disk_device"_s, u"/dev/sda1"_s));
        if (spec.bootDiskSizeGb > 0)
            query.add(u"BlockDeviceMapping.1.Ebs.VolumeSize"_s, spec.bootDiskSizeGb);
        if (!spec.bootDiskType.isEmpty())
            query.add(u"BlockDeviceMapping.1.Ebs.VolumeType"_s, spec.bootDiskType);
        if (spec.settings.contains(u"boot_disk_iops"_s))
            query.add(u"BlockDeviceMapping.1.Ebs.Iops"_s, spec.settings.value(u"boot_disk_iops"_s));
        query.add(u"BlockDeviceMapping.1.Ebs.DeleteOnTermination"_s, u"true"_s);
    }
    if (!spec.spotPrice.isEmpty() || spec.preemptible) {
        query.add(u"InstanceMarketOptions.MarketType"_s, u"spot"_s);
        if (!spec.spotPrice.isEmpty())
            query.add(u"InstanceMarketOptions.SpotOptions.MaxPrice"_s, spec.spotPrice);
        query.add(u"InstanceMarketOptions.SpotOptions.SpotInstanceType"_s, u"one-time"_s);
        query.add(u"InstanceMarketOptions.SpotOptions.InstanceInterruptionBehavior"_s,
                  u"terminate"_s);
    }
    if (spec.settings.contains(u"placement_group"_s))
        query.add(u"Placement.GroupName"_s, spec.settings.value(u"placement_group"_s));
    if (spec.settings.contains(u"zone"_s))
        query.add(u"Placement.AvailabilityZone"_s, spec.settings.value(u"zone"_s));
    if (spec.settings.contains(u"instance_profile"_s))
        query.add(u"IamInstanceProfile.Name"_s, spec.settings.value(u"instance_profile"_s));

    // Tagged at creation, so that a crash right after this call leaves nothing an orphan scan
    // cannot find. A batch of one gets its node tags here too; larger batches get them with
    // CreateTags afterwards (a tag specification applies to every instance of the call).
    const bool single = count == 1;
    QList<std::pair<QString, QString>> tags{
        {QLatin1StringView(CloudTags::Cluster), spec.cluster},
        {QLatin1StringView(CloudTags::Kind), spec.kind},
        {u"Name"_s, spec.cluster + u'-' + (single ? spec.nodeNames.first() : spec.kind)},
    };
    if (single)
        tags.append({QLatin1StringView(CloudTags::Node), spec.nodeNames.first()});
    for (auto it = spec.tags.cbegin(); it != spec.tags.cend(); ++it) {
        if (it.key() != u"Name" && !it.key().startsWith(u"clusterdeck:"))
            tags.append({it.key(), it.value()});
    }
    query.add(u"TagSpecification.1.ResourceType"_s, u"instance"_s);
    query.addTags(u"TagSpecification.1.Tag"_s, tags);
    return query;
}

QFuture<CloudResult<QList<InstanceInfo>>> Ec2Provider::createInstances(const InstanceSpec &spec)
{
    if (spec.nodeNames.isEmpty() || spec.image.isEmpty() || spec.cluster.isEmpty())
        return readyResult<QList<InstanceInfo>>(
            CloudError::of(CloudError::Kind::InvalidRequest,
                           tr("A create needs a cluster, an image and at least one node name.")));
    if (spec.nodeNames.size() > kMaxIdsPerCall)
        return readyResult<QList<InstanceInfo>>(CloudError::of(
            CloudError::Kind::InvalidRequest,
            tr("At most %1 instances per node kind can be created at once.").arg(kMaxIdsPerCall)));
    return m_api->call(u"RunInstances"_s, runInstancesQuery(spec))
        .then(this, [this, spec](const Ec2Api::Reply &reply) -> CloudResult<QList<InstanceInfo>> {
            if (!reply)
                return annotate(reply.error(), spec);
            QList<InstanceInfo> created = ec2::parseInstances(reply.value()).instances;
            // Launch index i is node i; anything odd gets the names left over, in order.
            QSet<QString> taken;
            for (InstanceInfo &info : created) {
                const QString name = spec.nodeNames.value(info.launchIndex);
                if (!name.isEmpty() && !taken.contains(name)) {
                    info.node = name;
                    taken.insert(name);
                }
            }
            qsizetype next = 0;
            for (InstanceInfo &info : created) {
                while (info.node.isEmpty() && next < spec.nodeNames.size()) {
                    const QString &name = spec.nodeNames.at(next++);
                    if (!taken.contains(name)) {
                        info.node = name;
                        taken.insert(name);
                    }
                }
                info.cluster = spec.cluster;
                info.tags.insert(QLatin1StringView(CloudTags::Node), info.node);
                info.tags.insert(u"Name"_s, spec.cluster + u'-' + info.node);
            }
            qCInfo(lcEc2).noquote() << u"created %1 %2 instance(s) for %3"_s.arg(created.size())
                                           .arg(spec.kind, spec.cluster);
            if (spec.nodeNames.size() == 1) { // its node tags came with RunInstances
                QStringList ids;
                for (const InstanceInfo &info : std::as_const(created))
                    ids << info.id;
                emit nodeTaggingFinished(ids, {});
            } else {
                tagNodes(created, spec.cluster);
            }
            return created;
        });
}

void Ec2Provider::tagNodes(const QList<InstanceInfo> &instances, const QString &cluster)
{
    auto state = std::make_shared<TagState>();
    state->cluster = cluster;
    for (const InstanceInfo &info : instances) {
        if (info.node.isEmpty())
            continue;
        state->pending.append({info.id, info.node});
        state->ids.append(info.id);
    }
    m_taggingPending += int(state->pending.size());
    if (state->pending.isEmpty()) {
        emit nodeTaggingFinished({}, {});
        return;
    }
    tagNext(state);
}

void Ec2Provider::tagNext(const std::shared_ptr<TagState> &state)
{
    while (state->inFlight < m_settings.tagConcurrency && !state->pending.isEmpty()) {
        const auto [id, node] = state->pending.takeFirst();
        Ec2Query query;
        query.add(u"ResourceId.1"_s, id);
        query.addTags(u"Tag"_s, {{QLatin1StringView(CloudTags::Node), node},
                                 {u"Name"_s, state->cluster + u'-' + node}});
        Ec2Api::CallOptions options;
        options.retryCodes = {u"InvalidInstanceID.NotFound"_s}; // not visible yet right after run
        ++state->inFlight;
        m_api->call(u"CreateTags"_s, query, options)
            .then(this, [this, state, id](const Ec2Api::Reply &reply) {
                --state->inFlight;
                --m_taggingPending;
                if (!reply) {
                    if (reply.error().kind != CloudError::Kind::Cancelled)
                        qCWarning(lcEc2).noquote()
                            << u"tagging %1 failed: %2"_s.arg(id, reply.error().describe());
                    state->failures.append(id + u": "_s + reply.error().describe());
                }
                if (state->pending.isEmpty() && state->inFlight == 0) {
                    emit nodeTaggingFinished(state->ids, state->failures.join(u"; "));
                    return;
                }
                tagNext(state);
            });
    }
}

QFuture<CloudResult<QList<InstanceInfo>>> Ec2Provider::describeInstances(const QStringList &ids)
{
    auto state = std::make_shared<DescribeState>();
    state->ids = ec2::uniqueIds(ids);
    state->promise.start();
    auto future = state->promise.future();
    const QList<QStringList> parts = ec2::idBatches(state->ids, kMaxFilterValues);
    state->remaining = int(parts.size());
    if (parts.isEmpty()) {
        state->promise.addResult(QList<InstanceInfo>());
        state->promise.finish();
    }
    for (const QStringList &chunk : parts)
        describeChunk(state, chunk);
    return future;
}

void Ec2Provider::describeChunk(const std::shared_ptr<DescribeState> &state,
                                const QStringList &chunk)
{
    // InstanceId.N cannot be combined with MaxResults and fails the whole call when one id is
    // gone; a filter can be paged and simply leaves unknown ids out.
    Ec2Query query;
    query.addFilter(u"instance-id"_s, chunk);
    query.add(u"MaxResults"_s, m_settings.pageSize);
    m_api->callAllPages(u"DescribeInstances"_s, query)
        .then(this, [state](const Ec2Api::Pages &pages) {
            if (!pages) {
                state->error = pages.error();
            } else {
                for (const XmlElement &page : pages.value()) {
                    for (InstanceInfo &info : ec2::parseInstances(page).instances)
                        state->found.insert(info.id, std::move(info));
                }
            }
            if (--state->remaining > 0)
                return;
            if (state->error) {
                state->promise.addResult(*state->error);
                state->promise.finish();
                return;
            }
            QList<InstanceInfo> result;
            result.reserve(state->ids.size());
            for (const QString &id : std::as_const(state->ids)) {
                InstanceInfo info = state->found.value(id);
                if (info.id.isEmpty()) {
                    info.id = id;
                    info.state = InstanceInfo::State::Terminated;
                    info.stateReason = tr("The cloud does not know this instance (any more).");
                }
                result.append(std::move(info));
            }
            state->promise.addResult(std::move(result));
            state->promise.finish();
        });
}

} // namespace cd
