#include "providers/cloud/openstack/openstackparsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace cd::openstack {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(OpenStackProvider)
};

QDateTime timestamp(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // Nova writes UTC without a zone in some fields
    return time;
}

} // namespace

InstanceInfo::State serverState(const QString &status, const QString &taskState)
{
    using State = InstanceInfo::State;
    if (taskState == u"deleting")
        return State::Terminating;
    if (taskState == u"powering-off" || taskState == u"shelving")
        return State::Stopping;
    const QString s = status.toUpper();
    if (s == u"ACTIVE")
        return taskState == u"powering-on" ? State::Pending : State::Running;
    if (s == u"BUILD" || s == u"REBUILD" || s == u"REBOOT" || s == u"HARD_REBOOT" || s == u"RESIZE"
        || s == u"VERIFY_RESIZE" || s == u"REVERT_RESIZE" || s == u"MIGRATING" || s == u"PASSWORD"
        || s == u"RESCUE")
        return State::Pending;
    if (s == u"SHUTOFF" || s == u"STOPPED" || s == u"SUSPENDED" || s == u"PAUSED" || s == u"SHELVED"
        || s == u"SHELVED_OFFLOADED")
        return State::Stopped;
    if (s == u"ERROR")
        return State::Error;
    if (s == u"DELETED" || s == u"SOFT_DELETED")
        return State::Terminated;
    return State::Unknown;
}

InstanceInfo parseServer(const QJsonObject &server)
{
    InstanceInfo info;
    info.id = server.value(u"id").toString();
    const QString status = server.value(u"status").toString();
    info.state = serverState(status, server.value(u"OS-EXT-STS:task_state").toString());
    const QJsonObject metadata = server.value(u"metadata").toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        info.tags.insert(it.key(), it.value().toString());
    info.cluster = info.tags.value(QLatin1StringView(CloudTags::Cluster));
    info.node = info.tags.value(QLatin1StringView(CloudTags::Node));
    if (info.state == InstanceInfo::State::Error) {
        const QJsonObject fault = server.value(u"fault").toObject();
        info.stateReason = fault.value(u"message").toString();
        if (info.stateReason.isEmpty())
            info.stateReason = Tr::tr("The server is in ERROR and Nova gives no reason.");
    } else if (info.state == InstanceInfo::State::Unknown) {
        info.stateReason = status;
    }
    const QJsonObject addresses = server.value(u"addresses").toObject();
    for (auto net = addresses.begin(); net != addresses.end(); ++net) {
        for (const QJsonValue &value : net.value().toArray()) {
            const QJsonObject address = value.toObject();
            if (address.value(u"version").toInt(4) != 4)
                continue;
            const QString addr = address.value(u"addr").toString();
            const bool floating = address.value(u"OS-EXT-IPS:type").toString() == u"floating";
            QString &slot = floating ? info.publicIp : info.privateIp;
            if (slot.isEmpty())
                slot = addr;
        }
    }
    const QJsonObject flavor = server.value(u"flavor").toObject();
    info.flavor = flavor.value(u"original_name").toString(flavor.value(u"id").toString());
    const QJsonValue image = server.value(u"image");
    info.image = image.isObject() ? image.toObject().value(u"id").toString() : QString();
    info.launched = timestamp(server.value(u"OS-SRV-USG:launched_at"));
    if (!info.launched.isValid())
        info.launched = timestamp(server.value(u"created"));
    return info;
}

QList<FlavorInfo> parseFlavors(const QJsonArray &flavors)
{
    QList<FlavorInfo> result;
    for (const QJsonValue &value : flavors) {
        const QJsonObject f = value.toObject();
        FlavorInfo flavor;
        flavor.name = f.value(u"name").toString();
        flavor.vcpus = f.value(u"vcpus").toInt();
        flavor.memoryMiB = f.value(u"ram").toInteger();
        flavor.diskGb = f.value(u"disk").toInt();
        result.append(flavor);
    }
    return result;
}

QuotaInfo parseLimits(const QJsonObject &limits)
{
    const QJsonObject absolute = limits.value(u"limits").toObject().value(u"absolute").toObject();
    const auto number = [&absolute](const char16_t *key) {
        const QJsonValue value = absolute.value(QStringView(key));
        return value.isDouble() ? value.toInt() : -1;
    };
    QuotaInfo quota;
    quota.maxInstances = number(u"maxTotalInstances");
    quota.usedInstances = number(u"totalInstancesUsed");
    quota.maxVcpus = number(u"maxTotalCores");
    quota.usedVcpus = number(u"totalCoresUsed");
    return quota;
}

QList<ImageInfo> parseImages(const QJsonArray &images)
{
    QList<ImageInfo> result;
    for (const QJsonValue &value : images) {
        const QJsonObject i = value.toObject();
        ImageInfo image;
        image.id = i.value(u"id").toString();
        image.name = i.value(u"name").toString();
        image.description = i.value(u"description").toString();
        image.owner = i.value(u"owner").toString();
        image.created = timestamp(i.value(u"created_at"));
        result.append(image);
    }
    return result;
}

QList<NetworkInfo> parseNetworks(const QJsonArray &networks)
{
    QList<NetworkInfo> result;
    for (const QJsonValue &value : networks) {
        const QJsonObject n = value.toObject();
        NetworkInfo network;
        network.id = n.value(u"id").toString();
        network.name = n.value(u"name").toString();
        const QJsonArray zones = n.value(u"availability_zones").toArray();
        network.zone = zones.isEmpty() ? QString() : zones.first().toString();
        result.append(network);
    }
    return result;
}

QString novaFingerprint(const QByteArray &blob)
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Md5);
    return QString::fromLatin1(digest.toHex(':'));
}

} // namespace cd::openstack
