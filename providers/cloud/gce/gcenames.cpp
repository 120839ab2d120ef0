#include "providers/cloud/gce/gcenames.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::gce {

namespace {

constexpr qsizetype kMaxLength = 63;

bool plain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

QString shortHash(const QString &value)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

struct PublicImages
{
    const char16_t *prefix;
    const char16_t *project;
};

constexpr PublicImages kPublicImages[] = {
    {u"debian-", u"debian-cloud"},       {u"ubuntu-", u"ubuntu-os-cloud"},
    {u"centos-", u"centos-cloud"},       {u"rocky-linux-", u"rocky-linux-cloud"},
    {u"rhel-", u"rhel-cloud"},           {u"cos-", u"cos-cloud"},
    {u"sles-", u"suse-cloud"},           {u"opensuse-", u"opensuse-cloud"},
    {u"almalinux-", u"almalinux-cloud"}, {u"fedora-", u"fedora-cloud"},
};

} // namespace

QString managedFilter()
{
    return u"labels.%1 = \"true\""_s.arg(QLatin1StringView(ManagedKey));
}

QString labelValue(const QString &value)
{
    QString out;
    for (const char c : value.toUtf8()) {
        if (plain(c))
            out += QLatin1Char(c);
        else
            out += u'_' + QString::number(uchar(c), 16).rightJustified(2, u'0');
    }
    if (out.size() > kMaxLength)
        out = out.left(kMaxLength - 9) + u'-' + shortHash(value);
    return out;
}

QString labelDecode(const QString &label)
{
    QByteArray out;
    const QByteArray in = label.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '_') {
            out += in.at(i);
            continue;
        }
        bool ok = false;
        const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
        if (!ok || i + 2 >= in.size())
            return {};
        out += char(byte);
        i += 2;
    }
    return QString::fromUtf8(out);
}

QString instanceName(const QString &cluster, const QString &node)
{
    return resourceName(cluster + u'-' + node);
}

QString resourceName(const QString &wanted)
{
    QString name;
    for (const QChar c : wanted.toLower()) {
        const char l = c.toLatin1();
        name += (c.unicode() < 128 && plain(l)) ? QChar(c) : u'-';
    }
    const bool lossless = name == wanted && name.size() <= kMaxLength && name.front().isLetter()
                          && !name.endsWith(u'-');
    if (lossless)
        return name;
    if (!name.front().isLetter())
        name.prepend(u'n');
    return name.left(kMaxLength - 9) + u'-' + shortHash(wanted);
}

QString sourceImage(const QString &image, const QString &project)
{
    const QString i = image.trimmed();
    if (i.startsWith(u"https://") || i.startsWith(u"projects/") || i.startsWith(u"global/"))
        return i;
    if (i.startsWith(u"family/"))
        return u"projects/%1/global/images/%2"_s.arg(project, i);
    if (const qsizetype at = i.indexOf(u"/family/"); at > 0)
        return u"projects/%1/global/images/family/%2"_s.arg(i.left(at), i.mid(at + 8));
    if (const qsizetype slash = i.indexOf(u'/'); slash > 0) // "project/image"
        return u"projects/%1/global/images/%2"_s.arg(i.left(slash), i.mid(slash + 1));
    static const QRegularExpression versioned(u"-v\\d{8}\\d*$"_s);
    for (const PublicImages &p : kPublicImages) {
        if (i.startsWith(QStringView(p.prefix)))
            return u"projects/%1/global/images/%2%3"_s.arg(
                QStringView(p.project), versioned.match(i).hasMatch() ? QString() : u"family/"_s,
                i);
    }
    return u"projects/%1/global/images/%2"_s.arg(project, i);
}

InstanceInfo::State stateFor(const QString &status)
{
    using State = InstanceInfo::State;
    if (status == u"PROVISIONING" || status == u"STAGING" || status == u"REPAIRING")
        return State::Pending;
    if (status == u"RUNNING")
        return State::Running;
    if (status == u"STOPPING" || status == u"SUSPENDING")
        return State::Stopping;
    // A stopped instance is TERMINATED in GCE: it keeps its disks and can be started again.
    if (status == u"TERMINATED" || status == u"SUSPENDED" || status == u"STOPPED")
        return State::Stopped;
    return State::Unknown;
}

InstanceInfo instanceFromJson(const QJsonObject &instance)
{
    InstanceInfo info;
    info.id = instance.value(u"name"_s).toString();
    const QString status = instance.value(u"status"_s).toString();
    info.state = stateFor(status);
    info.stateReason = instance.value(u"statusMessage"_s).toString();
    if (info.state == InstanceInfo::State::Unknown)
        info.stateReason = status;
    info.flavor = instance.value(u"machineType"_s).toString().section(u'/', -1);
    info.launched = QDateTime::fromString(instance.value(u"creationTimestamp"_s).toString(),
                                          Qt::ISODateWithMs);
    const QJsonArray interfaces = instance.value(u"networkInterfaces"_s).toArray();
    if (!interfaces.isEmpty()) {
        const QJsonObject nic = interfaces.first().toObject();
        info.privateIp = nic.value(u"networkIP"_s).toString();
        for (const QJsonValue &config : nic.value(u"accessConfigs"_s).toArray()) {
            info.publicIp = config.toObject().value(u"natIP"_s).toString();
            if (!info.publicIp.isEmpty())
                break;
        }
    }
    for (const QJsonValue &disk : instance.value(u"disks"_s).toArray()) {
        if (disk.toObject().value(u"boot"_s).toBool())
            info.image = disk.toObject().value(u"source"_s).toString().section(u'/', -1);
    }
    const QJsonObject labels = instance.value(u"labels"_s).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        info.tags.insert(it.key(), it.value().toString());
    QMap<QString, QString> metadata;
    for (const QJsonValue &item :
         instance.value(u"metadata"_s).toObject().value(u"items"_s).toArray())
        metadata.insert(item.toObject().value(u"key"_s).toString(),
                        item.toObject().value(u"value"_s).toString());
    const auto real = [&](const char *key) {
        const QString k = QLatin1StringView(key);
        return metadata.contains(k) ? metadata.value(k) : labelDecode(labels.value(k).toString());
    };
    info.cluster = real(ClusterKey);
    info.node = real(NodeKey);
    if (!info.cluster.isEmpty())
        info.tags.insert(QLatin1StringView(CloudTags::Cluster), info.cluster);
    if (!info.node.isEmpty())
        info.tags.insert(QLatin1StringView(CloudTags::Node), info.node);
    if (const QString kind = real(KindKey); !kind.isEmpty())
        info.tags.insert(QLatin1StringView(CloudTags::Kind), kind);
    return info;
}

FlavorInfo flavorFromJson(const QJsonObject &machineType)
{
    FlavorInfo flavor;
    flavor.name = machineType.value(u"name"_s).toString();
    flavor.vcpus = machineType.value(u"guestCpus"_s).toInt();
    flavor.memoryMiB = machineType.value(u"memoryMb"_s).toInteger();
    flavor.diskGb = machineType.value(u"imageSpaceGb"_s).toInt();
    return flavor;
}

ImageInfo imageFromJson(const QJsonObject &image)
{
    ImageInfo info;
    const QString self = image.value(u"selfLink"_s).toString();
    const qsizetype at = self.indexOf(u"projects/");
    info.id = at >= 0 ? self.mid(at) : image.value(u"name"_s).toString();
    info.name = image.value(u"name"_s).toString();
    info.description = image.value(u"description"_s).toString();
    if (const QString family = image.value(u"family"_s).toString(); !family.isEmpty())
        info.description += u" (family %1)"_s.arg(family);
    info.owner = info.id.startsWith(u"projects/") ? info.id.section(u'/', 1, 1) : QString();
    info.created
        = QDateTime::fromString(image.value(u"creationTimestamp"_s).toString(), Qt::ISODateWithMs);
    return info;
}

NetworkInfo networkFromJson(const QJsonObject &network)
{
    NetworkInfo info;
    info.id = network.value(u"name"_s).toString();
    info.name = info.id;
    info.cidr = network.value(u"IPv4Range"_s).toString();
    return info;
}

QuotaInfo quotaFromRegion(const QJsonObject &region)
{
    QuotaInfo quota;
    for (const QJsonValue &v : region.value(u"quotas"_s).toArray()) {
        const QJsonObject q = v.toObject();
        const QString metric = q.value(u"metric"_s).toString();
        if (metric == u"INSTANCES") {
            quota.maxInstances = int(q.value(u"limit"_s).toDouble(-1));
            quota.usedInstances = int(q.value(u"usage"_s).toDouble(-1));
        } else if (metric == u"CPUS") {
            quota.maxVcpus = int(q.value(u"limit"_s).toDouble(-1));
            quota.usedVcpus = int(q.value(u"usage"_s).toDouble(-1));
        }
    }
    return quota;
}

} // namespace cd::gce
