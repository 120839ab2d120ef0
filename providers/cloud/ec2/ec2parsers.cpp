#include "providers/cloud/ec2/ec2parsers.h"

using namespace Qt::StringLiterals;

namespace cd::ec2 {

namespace {

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

int parseInt(const QString &text, int fallback = -1)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? value : fallback;
}

QMap<QString, QString> parseTags(const XmlElement &element)
{
    QMap<QString, QString> tags;
    for (const XmlElement *item : element.items(u"tagSet"))
        tags.insert(item->childText(u"key"), item->childText(u"value"));
    return tags;
}

} // namespace

std::optional<ErrorBody> parseError(const XmlElement &root)
{
    const XmlElement *error = nullptr;
    if (root.name == u"Response") {
        if (const XmlElement *errors = root.child(u"Errors"))
            error = errors->child(u"Error");
    } else if (root.name == u"ErrorResponse") {
        error = root.child(u"Error");
    }
    if (!error)
        return std::nullopt;
    ErrorBody body;
    body.code = error->childText(u"Code");
    body.message = error->childText(u"Message");
    body.requestId = root.childText(u"RequestID");
    if (body.requestId.isEmpty())
        body.requestId = root.childText(u"RequestId");
    return body;
}

InstanceInfo::State parseState(const QString &name)
{
    using State = InstanceInfo::State;
    if (name == u"pending")
        return State::Pending;
    if (name == u"running")
        return State::Running;
    if (name == u"stopping")
        return State::Stopping;
    if (name == u"stopped")
        return State::Stopped;
    if (name == u"shutting-down")
        return State::Terminating;
    if (name == u"terminated")
        return State::Terminated;
    return State::Unknown;
}

InstanceInfo parseInstance(const XmlElement &item)
{
    InstanceInfo info;
    info.id = item.childText(u"instanceId");
    info.state = parseState(item.textAt({u"instanceState", u"name"}));
    info.stateReason = item.textAt({u"stateReason", u"message"});
    if (info.stateReason.isEmpty())
        info.stateReason = item.childText(u"reason");
    info.publicIp = item.childText(u"ipAddress");
    info.privateIp = item.childText(u"privateIpAddress");
    info.flavor = item.childText(u"instanceType");
    info.image = item.childText(u"imageId");
    info.launchIndex = parseInt(item.childText(u"amiLaunchIndex"));
    info.launched = parseTime(item.childText(u"launchTime"));
    info.tags = parseTags(item);
    info.cluster = info.tags.value(QLatin1StringView(CloudTags::Cluster));
    info.node = info.tags.value(QLatin1StringView(CloudTags::Node));
    return info;
}

InstancePage parseInstances(const XmlElement &root)
{
    InstancePage page;
    page.nextToken = nextToken(root);
    page.reservationId = root.childText(u"reservationId");
    if (root.child(u"reservationSet")) {
        for (const XmlElement *reservation : root.items(u"reservationSet")) {
            for (const XmlElement *item : reservation->items(u"instancesSet"))
                page.instances.append(parseInstance(*item));
        }
    } else {
        for (const XmlElement *item : root.items(u"instancesSet"))
            page.instances.append(parseInstance(*item));
    }
    return page;
}

QList<std::pair<QString, InstanceInfo::State>> parseStateChanges(const XmlElement &root)
{
    QList<std::pair<QString, InstanceInfo::State>> changes;
    for (const XmlElement *item : root.items(u"instancesSet")) {
        QString state = item->textAt({u"currentState", u"name"});
        if (state.isEmpty())
            state = item->textAt({u"shutdownState", u"name"}); // older TerminateInstances
        changes.append({item->childText(u"instanceId"), parseState(state)});
    }
    return changes;
}

QList<KeyPair> parseKeyPairs(const XmlElement &root)
{
    QList<KeyPair> pairs;
    if (!root.child(u"keySet")) {
        if (!root.childText(u"keyName").isEmpty())
            pairs.append({root.childText(u"keyName"), root.childText(u"keyFingerprint"),
                          root.childText(u"keyPairId")});
        return pairs;
    }
    for (const XmlElement *item : root.items(u"keySet"))
        pairs.append({item->childText(u"keyName"), item->childText(u"keyFingerprint"),
                      item->childText(u"keyPairId")});
    return pairs;
}

QList<SecurityGroup> parseSecurityGroups(const XmlElement &root)
{
    QList<SecurityGroup> groups;
    for (const XmlElement *item : root.items(u"securityGroupInfo")) {
        SecurityGroup group;
        group.id = item->childText(u"groupId");
        group.name = item->childText(u"groupName");
        group.vpcId = item->childText(u"vpcId");
        group.description = item->childText(u"groupDescription");
        for (const XmlElement *permission : item->items(u"ipPermissions")) {
            SecurityGroup::Rule rule;
            rule.protocol = permission->childText(u"ipProtocol");
            rule.fromPort = parseInt(permission->childText(u"fromPort"));
            rule.toPort = parseInt(permission->childText(u"toPort"));
            for (const XmlElement *range : permission->items(u"ipRanges"))
                rule.cidrs.append(range->childText(u"cidrIp"));
            for (const XmlElement *pair : permission->items(u"groups"))
                rule.groupIds.append(pair->childText(u"groupId"));
            group.ingress.append(rule);
        }
        groups.append(group);
    }
    return groups;
}

QList<ImageInfo> parseImages(const XmlElement &root)
{
    QList<ImageInfo> images;
    for (const XmlElement *item : root.items(u"imagesSet")) {
        ImageInfo image;
        image.id = item->childText(u"imageId");
        image.name = item->childText(u"name");
        image.description = item->childText(u"description");
        image.owner = item->childText(u"imageOwnerAlias");
        if (image.owner.isEmpty())
            image.owner = item->childText(u"imageOwnerId");
        image.created = parseTime(item->childText(u"creationDate"));
        images.append(image);
    }
    return images;
}

QList<FlavorInfo> parseInstanceTypes(const XmlElement &root)
{
    QList<FlavorInfo> flavors;
    for (const XmlElement *item : root.items(u"instanceTypeSet")) {
        FlavorInfo flavor;
        flavor.name = item->childText(u"instanceType");
        flavor.vcpus = parseInt(item->textAt({u"vCpuInfo", u"defaultVCpus"}), 0);
        flavor.memoryMiB = item->textAt({u"memoryInfo", u"sizeInMiB"}).toLongLong();
        flavor.diskGb = parseInt(item->textAt({u"instanceStorageInfo", u"totalSizeInGB"}), 0);
        flavors.append(flavor);
    }
    return flavors;
}

QList<NetworkInfo> parseSubnets(const XmlElement &root)
{
    QList<NetworkInfo> networks;
    for (const XmlElement *item : root.items(u"subnetSet")) {
        NetworkInfo network;
        network.id = item->childText(u"subnetId");
        network.name = parseTags(*item).value(u"Name"_s);
        network.cidr = item->childText(u"cidrBlock");
        network.parentId = item->childText(u"vpcId");
        network.zone = item->childText(u"availabilityZone");
        networks.append(network);
    }
    return networks;
}

QuotaInfo parseAccountAttributes(const XmlElement &root)
{
    QuotaInfo quota;
    for (const XmlElement *item : root.items(u"accountAttributeSet")) {
        if (item->childText(u"attributeName") != u"max-instances")
            continue;
        const auto values = item->items(u"attributeValueSet");
        if (!values.empty())
            quota.maxInstances = parseInt(values.front()->childText(u"attributeValue"));
    }
    return quota;
}

QString nextToken(const XmlElement &root)
{
    return root.childText(u"nextToken");
}

bool parseReturn(const XmlElement &root)
{
    return root.childText(u"return") == u"true";
}

} // namespace cd::ec2
