#include "providers/cloud/openstack/openstackprovider.h"

#include "providers/cloud/openstack/openstacklogging.h"
#include "providers/cloud/openstack/openstackparsers.h"

#include <QPromise>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace cd::openstack;

namespace cd {

namespace {

bool truthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"1" || v == u"yes" || v == u"true" || v == u"on";
}

} // namespace

// Why one create per node rather than one multi-create (min_count/max_count) per kind: Nova
// gives every server of a multi-create the same metadata and a generated name, and answers
// with one server (or a reservation id) only. Mapping servers to nodes would then take a list
// call plus one metadata PUT and one rename per server — more calls than a create each — and
// a crash between the create and the PUTs would leave servers that no orphan scan can map to
// a node. A create per node carries its node name and tags from the first moment, runs
// `createConcurrency` at a time, and min_count is kept by deleting what was made when fewer
// than spec.minCount succeed. Creates are never retried (Nova has no client token).
struct OpenStackProvider::CreateState
{
    QPromise<CloudResult<QList<InstanceInfo>>> promise;
    InstanceSpec spec;
    QString flavorRef;
    QString floatingNetwork;
    QStringList pending;
    int inFlight = 0;
    QList<InstanceInfo> created;
    std::optional<CloudError> firstError;
};

OpenStackProvider::OpenStackProvider(HttpClient *http,
                                     OpenStackApi::Options options,
                                     Settings settings,
                                     QObject *parent)
    : CloudProvider(parent)
    , m_api(new OpenStackApi(http, std::move(options), this))
    , m_settings(std::move(settings))
{
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 1000);
    m_settings.createConcurrency = std::max(1, m_settings.createConcurrency);
}

OpenStackProvider::~OpenStackProvider()
{
    // While `this` still exists for the continuations waiting on these calls.
    m_api->cancelAll();
}

bool OpenStackProvider::supports(Operation operation) const
{
    Q_UNUSED(operation)
    return true;
}

int OpenStackProvider::computeMinorVersion() const
{
    const QString version = m_api->options().computeMicroversion;
    return version.startsWith(u"2.") ? version.mid(2).toInt() : 1;
}

bool OpenStackProvider::serverTagsOnCreate() const
{
    return computeMinorVersion() >= 52;
}

QFuture<CloudResult<QString>> OpenStackProvider::flavorId(const QString &flavor)
{
    if (flavor.isEmpty())
        return readyResult<QString>(
            CloudError::of(CloudError::Kind::InvalidRequest, tr("A server needs a flavor.")));
    if (m_flavorIds.contains(flavor))
        return readyResult<QString>(m_flavorIds.value(flavor));
    ApiRequest request{u"compute"_s, "GET", u"/flavors"_s, {}, {}, true};
    return m_api->listAll(request, u"flavors"_s, 0)
        .then(this, [this, flavor](const OpenStackApi::List &list) -> CloudResult<QString> {
            if (!list)
                return list.error();
            QString byId;
            for (const QJsonValue &value : list.value()) {
                const QJsonObject f = value.toObject();
                const QString id = f.value(u"id").toString();
                if (f.value(u"name").toString() == flavor) {
                    m_flavorIds.insert(flavor, id);
                    return id;
                }
                if (id == flavor)
                    byId = id;
            }
            if (!byId.isEmpty())
                return byId;
            CloudError error
                = CloudError::of(CloudError::Kind::InvalidRequest,
                                 tr("flavor “%1”: the cloud has no such flavor.").arg(flavor));
            error.kind = CloudError::Kind::NotFound;
            return error;
        });
}

QJsonObject OpenStackProvider::serverBody(const InstanceSpec &spec,
                                          const QString &node,
                                          const QString &flavorRef,
                                          const QString &floatingNetwork) const
{
    QJsonObject metadata{{QLatin1StringView(CloudTags::Cluster), spec.cluster},
                         {QLatin1StringView(CloudTags::Node), node},
                         {QLatin1StringView(CloudTags::Kind), spec.kind}};
    if (!floatingNetwork.isEmpty())
        metadata.insert(QLatin1StringView(FloatingNetworkKey), floatingNetwork);
    for (auto it = spec.tags.cbegin(); it != spec.tags.cend(); ++it) {
        if (!it.key().startsWith(u"clusterdeck:") && metadata.size() < 128)
            metadata.insert(it.key().left(255), it.value().left(255));
    }
    QJsonObject server{{u"name"_s, QString(spec.cluster + u'-' + node)},
                       {u"flavorRef"_s, flavorRef},
                       {u"metadata"_s, metadata}};
    if (spec.bootDiskSizeGb > 0) {
        // Boot from a volume of that size made from the image, gone with the server.
        QJsonObject volume{{u"boot_index"_s, 0},
                           {u"uuid"_s, spec.image},
                           {u"source_type"_s, u"image"_s},
                           {u"destination_type"_s, u"volume"_s},
                           {u"volume_size"_s, spec.bootDiskSizeGb},
                           {u"delete_on_termination"_s, true}};
        if (!spec.bootDiskType.isEmpty())
            volume.insert(u"volume_type"_s, spec.bootDiskType);
        server.insert(u"block_device_mapping_v2"_s, QJsonArray{volume});
    } else {
        server.insert(u"imageRef"_s, spec.image);
    }
    if (!spec.keyName.isEmpty())
        server.insert(u"key_name"_s, spec.keyName);
    QJsonArray groups;
    for (const QString &group : spec.securityGroups)
        groups.append(QJsonObject{{u"name"_s, group}});
    if (!groups.isEmpty())
        server.insert(u"security_groups"_s, groups);
    QJsonArray networks;
    for (const QString &network : spec.networks)
        networks.append(QJsonObject{{u"uuid"_s, network}});
    if (!networks.isEmpty())
        server.insert(u"networks"_s, networks);
    else if (computeMinorVersion() >= 37) // required from 2.37: the project's one network
        server.insert(u"networks"_s, u"auto"_s);
    if (!spec.userData.isEmpty())
        server.insert(u"user_data"_s, QString::fromLatin1(spec.userData.toBase64()));
    const QString zone = spec.settings.value(u"availability_zone"_s, m_settings.availabilityZone);
    if (!zone.isEmpty())
        server.insert(u"availability_zone"_s, zone);
    if (serverTagsOnCreate())
        server.insert(u"tags"_s, QJsonArray{u"clusterdeck"_s, QString(u"clusterdeck:cluster="_s
                                                                      + spec.cluster.left(40))});
    QJsonObject body{{u"server"_s, server}};
    if (spec.settings.contains(u"server_group"_s))
        body.insert(u"os:scheduler_hints"_s,
                    QJsonObject{{u"group"_s, spec.settings.value(u"server_group"_s)}});
    return body;
}

QFuture<CloudResult<QList<InstanceInfo>>>
OpenStackProvider::createInstances(const InstanceSpec &spec)
{
    if (spec.nodeNames.isEmpty() || spec.image.isEmpty() || spec.cluster.isEmpty())
        return readyResult<QList<InstanceInfo>>(
            CloudError::of(CloudError::Kind::InvalidRequest,
                           tr("A create needs a cluster, an image and at least one node name.")));
    auto state = std::make_shared<CreateState>();
    state->spec = spec;
    state->pending = spec.nodeNames;
    const bool floating = spec.settings.contains(u"request_floating_ip"_s)
                              ? truthy(spec.settings.value(u"request_floating_ip"_s))
                              : m_settings.requestFloatingIp;
    if (floating) {
        state->floatingNetwork
            = spec.settings.value(u"floating_network_id"_s, m_settings.floatingNetworkId);
        if (state->floatingNetwork.isEmpty())
            state->floatingNetwork = u"*"_s; // the first external network
    }
    const QString antiAffinity
        = spec.settings.value(u"use_anti_affinity_groups"_s, m_settings.antiAffinity).toLower();
    const bool grouped = (antiAffinity == u"soft" || truthy(antiAffinity))
                         && !spec.settings.contains(u"server_group"_s);
    state->promise.start();
    auto future = state->promise.future();
    const auto fail = [state](const CloudError &error) {
        state->promise.addResult(error);
        state->promise.finish();
    };
    flavorId(spec.flavor).then(this, [=, this](const CloudResult<QString> &flavor) {
        if (!flavor)
            return fail(flavor.error());
        state->flavorRef = flavor.value();
        if (!grouped)
            return adoptThenCreate(state);
        const QString name = u"clusterdeck-%1-%2"_s.arg(state->spec.cluster, state->spec.kind);
        serverGroup(name, antiAffinity).then(this, [=, this](const CloudResult<QString> &group) {
            if (!group)
                return fail(group.error());
            state->spec.settings.insert(u"server_group"_s, group.value());
            adoptThenCreate(state);
        });
    });
    return future;
}

QFuture<CloudResult<QString>> OpenStackProvider::serverGroup(const QString &name,
                                                             const QString &mode)
{
    const QString policy = mode == u"soft" ? u"soft-anti-affinity"_s : u"anti-affinity"_s;
    auto promise = std::make_shared<QPromise<CloudResult<QString>>>();
    promise->start();
    auto future = promise->future();
    const auto finish = [promise](const CloudResult<QString> &result) {
        promise->addResult(result);
        promise->finish();
    };
    ApiRequest find{u"compute"_s, "GET", u"/os-server-groups"_s, {}, {}, true};
    m_api->call(find).then(this, [=, this](const OpenStackApi::Reply &found) {
        if (!found)
            return finish(found.error());
        for (const QJsonValue &value : found.value().json.value(u"server_groups").toArray()) {
            if (value.toObject().value(u"name").toString() == name)
                return finish(value.toObject().value(u"id").toString());
        }
        QJsonObject group{{u"name"_s, name}};
        if (computeMinorVersion() >= 64)
            group.insert(u"policy"_s, policy);
        else
            group.insert(u"policies"_s, QJsonArray{policy});
        // Nova allows two groups of one name: never sent twice.
        ApiRequest create{u"compute"_s,
                          "POST",
                          u"/os-server-groups"_s,
                          {},
                          QJsonObject{{u"server_group"_s, group}},
                          false};
        m_api->call(create).then(this, [finish, name](const OpenStackApi::Reply &made) {
            if (!made) {
                CloudError error = made.error();
                error.message = tr("server group “%1”: %2").arg(name, error.message);
                return finish(error);
            }
            finish(made.value().json.value(u"server_group").toObject().value(u"id").toString());
        });
    });
    return future;
}

// Nova has no client token. What stands in for it: a node whose server exists already (the
// start crashed between the create and storing its id, then ran again) gets that server back,
// found by its tags in one listing, instead of a second one.
void OpenStackProvider::adoptThenCreate(const std::shared_ptr<CreateState> &state)
{
    findInstancesByTag(state->spec.cluster)
        .then(this, [this, state](const CloudResult<QList<InstanceInfo>> &found) {
            using State = InstanceInfo::State;
            // A failed lookup only costs that protection: create as usual.
            for (const InstanceInfo &info : found ? found.value() : QList<InstanceInfo>()) {
                if (!state->pending.contains(info.node) || info.state == State::Error
                    || info.state == State::Terminating)
                    continue;
                state->pending.removeAll(info.node);
                InstanceInfo adopted = info;
                adopted.launchIndex = int(state->spec.nodeNames.indexOf(info.node));
                state->created.append(adopted);
                qCInfo(lcOpenStack).noquote()
                    << u"server %1 exists for node %2 already; taken"_s.arg(info.id, info.node);
            }
            if (state->pending.isEmpty())
                return finishCreate(state);
            createNext(state);
        });
}

void OpenStackProvider::createNext(const std::shared_ptr<CreateState> &state)
{
    while (state->inFlight < m_settings.createConcurrency && !state->pending.isEmpty()) {
        const QString node = state->pending.takeFirst();
        ApiRequest request{u"compute"_s,
                           "POST",
                           u"/servers"_s,
                           {},
                           serverBody(state->spec, node, state->flavorRef, state->floatingNetwork),
                           false};
        ++state->inFlight;
        m_api->call(request).then(this, [this, state, node](const OpenStackApi::Reply &reply) {
            --state->inFlight;
            if (reply) {
                InstanceInfo info;
                info.id = reply.value().json.value(u"server").toObject().value(u"id").toString();
                info.node = node;
                info.cluster = state->spec.cluster;
                info.state = InstanceInfo::State::Pending;
                info.launchIndex = int(state->spec.nodeNames.indexOf(node));
                info.tags.insert(QLatin1StringView(CloudTags::Cluster), state->spec.cluster);
                info.tags.insert(QLatin1StringView(CloudTags::Node), node);
                info.tags.insert(QLatin1StringView(CloudTags::Kind), state->spec.kind);
                if (!info.id.isEmpty())
                    state->created.append(info);
            } else if (!state->firstError) {
                CloudError error = reply.error();
                error.message = tr("node %1: %2").arg(node, error.message);
                state->firstError = error;
            }
            if (state->pending.isEmpty() && state->inFlight == 0)
                finishCreate(state);
            else
                createNext(state);
        });
    }
}

void OpenStackProvider::finishCreate(const std::shared_ptr<CreateState> &state)
{
    const int wanted = int(state->spec.nodeNames.size());
    const int least = state->spec.minCount > 0 ? std::min(state->spec.minCount, wanted) : wanted;
    const int made = int(state->created.size());
    qCInfo(lcOpenStack).noquote()
        << u"created %1 of %2 %3 server(s) for %4"_s.arg(made).arg(wanted).arg(state->spec.kind,
                                                                               state->spec.cluster);
    if (made >= least && made > 0) {
        if (state->firstError)
            qCWarning(lcOpenStack).noquote() << state->firstError->describe();
        state->promise.addResult(state->created);
        state->promise.finish();
        return;
    }
    CloudError error = state->firstError.value_or(
        CloudError::of(CloudError::Kind::InvalidRequest, tr("Nova created no server.")));
    error.message = tr("Only %1 of at least %2 %3 servers could be created: %4")
                        .arg(made)
                        .arg(least)
                        .arg(state->spec.kind, error.message);
    QStringList ids;
    for (const InstanceInfo &info : std::as_const(state->created))
        ids << info.id;
    // Leave nothing behind when the kind cannot have its minimum.
    terminateInstances(ids).then(this, [state, error](const CloudResult<Done> &) {
        state->promise.addResult(error);
        state->promise.finish();
    });
}

} // namespace cd
