// OpenStackProvider: Neutron — security groups, floating IPs and the networks list.
#include "providers/cloud/openstack/openstackprovider.h"

#include "providers/cloud/openstack/openstacklogging.h"
#include "providers/cloud/openstack/openstackparsers.h"

#include <QPromise>

using namespace Qt::StringLiterals;
using namespace cd::openstack;

namespace cd {

namespace {

QUrlQuery repeated(const QString &key, const QStringList &values)
{
    QUrlQuery query;
    for (const QString &value : values)
        query.addQueryItem(key, value);
    return query;
}

bool coversSsh(const QJsonObject &rule)
{
    const QString protocol = rule.value(u"protocol").toString();
    if (!protocol.isEmpty() && protocol != u"tcp" && protocol != u"6")
        return false;
    const QJsonValue low = rule.value(u"port_range_min");
    const QJsonValue high = rule.value(u"port_range_max");
    return (low.isNull() || low.toInt() <= 22) && (high.isNull() || high.toInt() >= 22);
}

} // namespace

QFuture<CloudResult<QString>> OpenStackProvider::ensureSecurityGroup(const SecurityGroupSpec &spec)
{
    if (spec.name.isEmpty())
        return readyResult<QString>(
            CloudError::of(CloudError::Kind::InvalidRequest, tr("A security group needs a name.")));
    return groupLookup(spec, true);
}

QFuture<CloudResult<QString>> OpenStackProvider::groupLookup(const SecurityGroupSpec &spec,
                                                             bool mayCreate)
{
    ApiRequest find{u"network"_s, "GET", u"/security-groups"_s, repeated(u"name"_s, {spec.name}),
                    {},           true};
    return m_api->call(find)
        .then(this,
              [=, this](const OpenStackApi::Reply &reply) -> QFuture<CloudResult<QString>> {
                  if (!reply)
                      return readyResult<QString>(reply.error());
                  for (const QJsonValue &value :
                       reply.value().json.value(u"security_groups").toArray()) {
                      const QJsonObject group = value.toObject();
                      if (group.value(u"name").toString() == spec.name)
                          return addMissingRules(group.value(u"id").toString(), spec,
                                                 group.value(u"security_group_rules").toArray());
                  }
                  if (!mayCreate)
                      return readyResult<QString>(CloudError::of(
                          CloudError::Kind::NotFound,
                          tr("Security group “%1” vanished while creating it.").arg(spec.name)));
                  const QString description = spec.description.isEmpty()
                                                  ? tr("ClusterDeck: %1").arg(spec.name)
                                                  : spec.description;
                  // Neutron allows two groups of one name: a create is never sent twice.
                  ApiRequest create{u"network"_s,
                                    "POST",
                                    u"/security-groups"_s,
                                    {},
                                    QJsonObject{{u"security_group"_s,
                                                 QJsonObject{{u"name"_s, spec.name},
                                                             {u"description"_s, description}}}},
                                    false};
                  return m_api->call(create)
                      .then(this,
                            [=, this](const OpenStackApi::Reply &created)
                                -> QFuture<CloudResult<QString>> {
                                if (!created)
                                    return readyResult<QString>(created.error());
                                const QJsonObject group
                                    = created.value().json.value(u"security_group").toObject();
                                return addMissingRules(
                                    group.value(u"id").toString(), spec,
                                    group.value(u"security_group_rules").toArray());
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<CloudResult<QString>> OpenStackProvider::addMissingRules(const QString &groupId,
                                                                 const SecurityGroupSpec &spec,
                                                                 const QJsonArray &rules)
{
    const QString sshEthertype = spec.sshFrom.contains(u':') ? u"IPv6"_s : u"IPv4"_s;
    bool self = false;
    bool ssh = false;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value(u"direction").toString() != u"ingress")
            continue;
        self = self
               || (rule.value(u"remote_group_id").toString() == groupId
                   && rule.value(u"protocol").toString().isEmpty()
                   && rule.value(u"ethertype").toString() == u"IPv4");
        ssh = ssh
              || (rule.value(u"remote_ip_prefix").toString() == spec.sshFrom && coversSsh(rule));
    }
    Labelled requests;
    const QJsonObject base{{u"security_group_id"_s, groupId}, {u"direction"_s, u"ingress"_s}};
    if (!self) {
        QJsonObject rule = base;
        rule.insert(u"ethertype"_s, u"IPv4"_s);
        rule.insert(u"remote_group_id"_s, groupId); // members talk to each other freely
        requests.append({tr("rule for the cluster's members"),
                         ApiRequest{u"network"_s,
                                    "POST",
                                    u"/security-group-rules"_s,
                                    {},
                                    QJsonObject{{u"security_group_rule"_s, rule}},
                                    true}});
    }
    if (!ssh) {
        QJsonObject rule = base;
        rule.insert(u"ethertype"_s, sshEthertype);
        rule.insert(u"protocol"_s, u"tcp"_s);
        rule.insert(u"port_range_min"_s, 22);
        rule.insert(u"port_range_max"_s, 22);
        rule.insert(u"remote_ip_prefix"_s, spec.sshFrom);
        requests.append({tr("SSH rule"), ApiRequest{u"network"_s,
                                                    "POST",
                                                    u"/security-group-rules"_s,
                                                    {},
                                                    QJsonObject{{u"security_group_rule"_s, rule}},
                                                    true}});
    }
    return all(requests, [](const CloudError &e) { return e.httpStatus == 409; }) // exists
        .then(this, [groupId](const CloudResult<Done> &done) -> CloudResult<QString> {
            if (!done)
                return done.error();
            return groupId;
        });
}

QFuture<CloudResult<QList<NetworkInfo>>> OpenStackProvider::listNetworks()
{
    ApiRequest request{u"network"_s, "GET", u"/networks"_s, {}, {}, true};
    return m_api->listAll(request, u"networks"_s, m_settings.pageSize)
        .then(this, [](const OpenStackApi::List &list) -> CloudResult<QList<NetworkInfo>> {
            if (!list)
                return list.error();
            return parseNetworks(list.value());
        });
}

QFuture<CloudResult<QString>> OpenStackProvider::floatingNetwork(const QString &wanted)
{
    if (wanted != u"*")
        return readyResult<QString>(wanted);
    if (!m_externalNetwork.isEmpty())
        return readyResult<QString>(m_externalNetwork);
    ApiRequest request{
        u"network"_s, "GET", u"/networks"_s, repeated(u"router:external"_s, {u"true"_s}), {}, true};
    return m_api->call(request).then(
        this, [this](const OpenStackApi::Reply &reply) -> CloudResult<QString> {
            if (!reply)
                return reply.error();
            const QJsonArray networks = reply.value().json.value(u"networks").toArray();
            if (networks.isEmpty())
                return CloudError::of(CloudError::Kind::NotFound,
                                      tr("No external network to take floating IPs from; set "
                                         "floating_network_id."));
            m_externalNetwork = networks.first().toObject().value(u"id").toString();
            return m_externalNetwork;
        });
}

QFuture<CloudResult<QList<InstanceInfo>>>
OpenStackProvider::attachFloatingIps(QList<InstanceInfo> servers)
{
    const QLatin1StringView key(FloatingNetworkKey);
    QStringList wanting;
    for (const InstanceInfo &info : std::as_const(servers)) {
        if (info.state == InstanceInfo::State::Running && info.tags.contains(key)
            && info.publicIp.isEmpty())
            wanting << info.id;
    }
    if (wanting.isEmpty())
        return readyResult<QList<InstanceInfo>>(servers);
    using Result = CloudResult<QList<InstanceInfo>>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    auto future = promise->future();
    ApiRequest ports{u"network"_s, "GET", u"/ports"_s, repeated(u"device_id"_s, wanting), {}, true};
    m_api->call(ports).then(this, [=, this](const OpenStackApi::Reply &portReply) mutable {
        if (!portReply) {
            promise->addResult(Result(portReply.error()));
            promise->finish();
            return;
        }
        QHash<QString, QString> portOf; // server → its first port
        for (const QJsonValue &value : portReply.value().json.value(u"ports").toArray()) {
            const QJsonObject port = value.toObject();
            if (!portOf.contains(port.value(u"device_id").toString()))
                portOf.insert(port.value(u"device_id").toString(), port.value(u"id").toString());
        }
        ApiRequest fips{
            u"network"_s, "GET", u"/floatingips"_s, repeated(u"port_id"_s, portOf.values()),
            {},           true};
        // No port yet: nothing to look up (an unfiltered list would be every floating IP).
        auto fipCall = portOf.isEmpty() ? QtFuture::makeReadyFuture(OpenStackApi::Reply(ApiReply()))
                                        : m_api->call(fips);
        fipCall.then(this, [=, this](const OpenStackApi::Reply &fipReply) mutable {
            if (!fipReply) {
                promise->addResult(Result(fipReply.error()));
                promise->finish();
                return;
            }
            QHash<QString, QJsonObject> fipOf; // port → floating IP
            for (const QJsonValue &value : fipReply.value().json.value(u"floatingips").toArray())
                fipOf.insert(value.toObject().value(u"port_id").toString(), value.toObject());
            auto pending = std::make_shared<int>(1);
            auto result = std::make_shared<QList<InstanceInfo>>(servers);
            const auto finishOne = [promise, pending, result]() {
                if (--*pending == 0) {
                    promise->addResult(Result(*result));
                    promise->finish();
                }
            };
            for (InstanceInfo &info : *result) {
                if (!wanting.contains(info.id))
                    continue;
                const QString port = portOf.value(info.id);
                const QJsonObject fip = fipOf.value(port);
                info.state = InstanceInfo::State::Pending;
                if (port.isEmpty()) {
                    info.stateReason = tr("Waiting for the server's network port.");
                } else if (!fip.isEmpty()) {
                    const QString address = fip.value(u"floating_ip_address").toString();
                    if (fip.value(u"status").toString() == u"ACTIVE") {
                        info.state = InstanceInfo::State::Running;
                        info.publicIp = address;
                    } else {
                        info.stateReason = tr("Waiting for floating IP %1.").arg(address);
                    }
                } else if (!m_floatingInFlight.contains(info.id)) {
                    info.stateReason = tr("Allocating a floating IP.");
                    m_floatingInFlight.insert(info.id);
                    ++*pending;
                    const QString id = info.id;
                    const QString description = u"clusterdeck %1/%2"_s.arg(info.cluster, info.node);
                    const std::function<void(const OpenStackApi::Reply &)> allocated =
                        [=, this](const OpenStackApi::Reply &created) {
                            m_floatingInFlight.remove(id);
                            for (InstanceInfo &target : *result) {
                                if (target.id != id)
                                    continue;
                                if (!created) {
                                    // Retrying every poll would not help (quota, no network).
                                    target.state = InstanceInfo::State::Error;
                                    target.stateReason
                                        = tr("No floating IP: %1").arg(created.error().describe());
                                    break;
                                }
                                const QJsonObject fip
                                    = created.value().json.value(u"floatingip").toObject();
                                const QString address
                                    = fip.value(u"floating_ip_address").toString();
                                qCInfo(lcOpenStack).noquote()
                                    << u"floating IP %1 for %2"_s.arg(address, id);
                                if (fip.value(u"status").toString() == u"ACTIVE") {
                                    target.state = InstanceInfo::State::Running;
                                    target.publicIp = address;
                                } else {
                                    target.stateReason
                                        = tr("Waiting for floating IP %1.").arg(address);
                                }
                            }
                            finishOne();
                        };
                    floatingNetwork(info.tags.value(QLatin1StringView(FloatingNetworkKey)))
                        .then(this, [=, this](const CloudResult<QString> &network) {
                            if (!network)
                                return allocated(OpenStackApi::Reply(network.error()));
                            // Allocated on the server's port: associated in the same call.
                            const QJsonObject fip{{u"floating_network_id"_s, network.value()},
                                                  {u"port_id"_s, port},
                                                  {u"description"_s, description}};
                            ApiRequest create{u"network"_s,
                                              "POST",
                                              u"/floatingips"_s,
                                              {},
                                              QJsonObject{{u"floatingip"_s, fip}},
                                              false};
                            m_api->call(create).then(this, allocated);
                        });
                } else {
                    info.stateReason = tr("Allocating a floating IP.");
                }
            }
            finishOne();
        });
    });
    return future;
}

QFuture<CloudResult<Done>> OpenStackProvider::releaseFloatingIps(const QStringList &serverIds)
{
    ApiRequest ports{u"network"_s, "GET", u"/ports"_s, repeated(u"device_id"_s, serverIds),
                     {},           true};
    return m_api->call(ports)
        .then(
            this,
            [this](const OpenStackApi::Reply &portReply) -> QFuture<CloudResult<Done>> {
                if (!portReply)
                    return readyResult<Done>(portReply.error());
                QStringList portIds;
                for (const QJsonValue &value : portReply.value().json.value(u"ports").toArray())
                    portIds << value.toObject().value(u"id").toString();
                if (portIds.isEmpty())
                    return readyResult<Done>(Done());
                ApiRequest fips{
                    u"network"_s, "GET", u"/floatingips"_s, repeated(u"port_id"_s, portIds),
                    {},           true};
                return m_api->call(fips)
                    .then(
                        this,
                        [this](const OpenStackApi::Reply &fipReply) -> QFuture<CloudResult<Done>> {
                            if (!fipReply)
                                return readyResult<Done>(fipReply.error());
                            Labelled deletes;
                            for (const QJsonValue &value :
                                 fipReply.value().json.value(u"floatingips").toArray()) {
                                const QJsonObject fip = value.toObject();
                                deletes.append(
                                    {tr("floating IP %1")
                                         .arg(fip.value(u"floating_ip_address").toString()),
                                     ApiRequest{u"network"_s,
                                                "DELETE",
                                                u"/floatingips/"_s + fip.value(u"id").toString(),
                                                {},
                                                {},
                                                true}});
                            }
                            return all(deletes, [](const CloudError &e) {
                                return e.kind == CloudError::Kind::NotFound;
                            });
                        })
                    .unwrap();
            })
        .unwrap();
}

} // namespace cd
