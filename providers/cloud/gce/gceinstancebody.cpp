// GceProvider: the instances.insert body of one node, from the kind's InstanceSpec and the
// ElastiCluster node keys it carries in settings (accelerator_*, local_ssd_*,
// min_cpu_platform, allow_project_ssh_keys, scheduling=spot).
#include "providers/cloud/gce/gceprovider.h"

#include "providers/cloud/gce/gcenames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QJsonObject item(const QString &key, const QString &value)
{
    return QJsonObject{{u"key"_s, key}, {u"value"_s, value}};
}

// A label key: starts with a letter, [a-z0-9_-], ≤ 63.
QString labelKey(const QString &key)
{
    QString k = gce::labelValue(key.toLower());
    if (k.isEmpty() || !k.front().isLetter())
        k.prepend(u'k');
    return k.left(63);
}

bool isFalse(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"false" || v == u"no" || v == u"0" || v == u"off";
}

QJsonArray disks(const InstanceSpec &spec, const QString &zone, const QString &project)
{
    QJsonObject initialize{{u"sourceImage"_s, gce::sourceImage(spec.image, project)}};
    if (spec.bootDiskSizeGb > 0)
        initialize.insert(u"diskSizeGb"_s, QString::number(spec.bootDiskSizeGb));
    if (!spec.bootDiskType.isEmpty())
        initialize.insert(u"diskType"_s, u"zones/%1/diskTypes/%2"_s.arg(zone, spec.bootDiskType));
    QJsonArray disks{QJsonObject{
        {u"boot"_s, true}, {u"autoDelete"_s, true}, {u"initializeParams"_s, initialize}}};
    const int localSsds = spec.settings.value(u"local_ssd_count"_s).toInt();
    const QString interface = spec.settings.value(u"local_ssd_interface"_s, u"SCSI"_s).toUpper();
    for (int i = 0; i < localSsds; ++i) {
        const QJsonObject params{{u"diskType"_s, u"zones/%1/diskTypes/local-ssd"_s.arg(zone)}};
        disks.append(QJsonObject{{u"type"_s, u"SCRATCH"_s},
                                 {u"autoDelete"_s, true},
                                 {u"interface"_s, interface},
                                 {u"initializeParams"_s, params}});
    }
    return disks;
}

} // namespace

QJsonObject GceProvider::instanceBody(const InstanceSpec &spec, const QString &node) const
{
    const QString zone = m_api->options().zone;
    const QString project = m_api->options().project;

    const QString network = spec.networks.value(0, m_settings.network);
    QJsonObject nic{{u"accessConfigs"_s, QJsonArray{QJsonObject{{u"type"_s, u"ONE_TO_ONE_NAT"_s},
                                                                {u"name"_s, u"External NAT"_s}}}}};
    if (network.contains(u"subnetworks/"))
        nic.insert(u"subnetwork"_s, network);
    else
        nic.insert(u"network"_s,
                   network.contains(u'/') ? network : u"global/networks/"_s + network);

    // The real names, which labels can only hold encoded.
    QJsonArray metadata{item(QLatin1StringView(gce::ClusterKey), spec.cluster),
                        item(QLatin1StringView(gce::NodeKey), node),
                        item(QLatin1StringView(gce::KindKey), spec.kind)};
    const QByteArray key
        = m_keys.value(spec.keyName, spec.settings.value(u"ssh_public_key"_s).toUtf8());
    const QString user = spec.settings.value(u"login_user"_s);
    if (!key.isEmpty() && !user.isEmpty()) {
        const QList<QByteArray> parts = key.simplified().split(' ');
        metadata.append(
            item(u"ssh-keys"_s, u"%1:%2 %3 %1"_s.arg(user, QString::fromLatin1(parts.value(0)),
                                                     QString::fromLatin1(parts.value(1)))));
    }
    if (isFalse(spec.settings.value(u"allow_project_ssh_keys"_s)))
        metadata.append(item(u"block-project-ssh-keys"_s, u"true"_s));
    if (!spec.userData.isEmpty())
        metadata.append(item(u"startup-script"_s, QString::fromUtf8(spec.userData)));

    // ElastiCluster's `tags` are network tags (firewall targets); key=value tags are labels.
    QJsonObject labels{{QLatin1StringView(gce::ClusterKey), gce::labelValue(spec.cluster)},
                       {QLatin1StringView(gce::NodeKey), gce::labelValue(node)},
                       {QLatin1StringView(gce::KindKey), gce::labelValue(spec.kind)},
                       {QLatin1StringView(gce::ManagedKey), u"true"_s}};
    QJsonArray networkTags; // the cluster's firewall tag (ensureSecurityGroup) first
    for (const QString &group : spec.securityGroups)
        networkTags.append(group);
    for (auto it = spec.tags.cbegin(); it != spec.tags.cend(); ++it) {
        if (it.key().startsWith(u"clusterdeck"))
            continue;
        if (it.value().isEmpty())
            networkTags.append(it.key().toLower());
        else
            labels.insert(labelKey(it.key()), gce::labelValue(it.value().toLower()));
    }

    QJsonObject body{{u"name"_s, gce::instanceName(spec.cluster, node)},
                     {u"machineType"_s, u"zones/%1/machineTypes/%2"_s.arg(zone, spec.flavor)},
                     {u"disks"_s, disks(spec, zone, project)},
                     {u"networkInterfaces"_s, QJsonArray{nic}},
                     {u"metadata"_s, QJsonObject{{u"items"_s, metadata}}},
                     {u"labels"_s, labels}};
    if (!networkTags.isEmpty())
        body.insert(u"tags"_s, QJsonObject{{u"items"_s, networkTags}});

    QJsonObject scheduling;
    const QString model = spec.settings.value(u"scheduling"_s).trimmed().toLower();
    if (!spec.spotPrice.isEmpty() || model == u"spot") {
        scheduling = {{u"provisioningModel"_s, u"SPOT"_s},
                      {u"instanceTerminationAction"_s, u"STOP"_s},
                      {u"automaticRestart"_s, false},
                      {u"onHostMaintenance"_s, u"TERMINATE"_s}};
    } else if (spec.preemptible || model == u"preemptible") {
        scheduling = {{u"preemptible"_s, true},
                      {u"automaticRestart"_s, false},
                      {u"onHostMaintenance"_s, u"TERMINATE"_s}};
    }
    const int accelerators = spec.settings.value(u"accelerator_count"_s).toInt();
    const QString acceleratorType = spec.settings.value(u"accelerator_type"_s).trimmed();
    if (accelerators > 0 && !acceleratorType.isEmpty()) {
        body.insert(
            u"guestAccelerators"_s,
            QJsonArray{QJsonObject{{u"acceleratorType"_s,
                                    u"zones/%1/acceleratorTypes/%2"_s.arg(zone, acceleratorType)},
                                   {u"acceleratorCount"_s, accelerators}}});
        scheduling.insert(u"onHostMaintenance"_s, u"TERMINATE"_s); // GPUs cannot live-migrate
    }
    if (!scheduling.isEmpty())
        body.insert(u"scheduling"_s, scheduling);
    if (const QString platform = spec.settings.value(u"min_cpu_platform"_s).trimmed();
        !platform.isEmpty())
        body.insert(u"minCpuPlatform"_s, platform);
    return body;
}

} // namespace cd
