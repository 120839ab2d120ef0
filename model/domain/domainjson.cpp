#include "model/domain/domainjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cd::json {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonValue date(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime dateFrom(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList listFrom(const QJsonObject &o, const char *key)
{
    QStringList list;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        list << v.toString();
    return list;
}

StringMap mapFrom(const QJsonObject &o, const char *key)
{
    return stringMapFromJson(o.value(QLatin1String(key)).toObject());
}

template<typename T, typename F>
QList<T> listOf(const QJsonObject &o, const char *key, F convert)
{
    QList<T> list;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        list << convert(v.toObject());
    return list;
}

} // namespace

QJsonObject toJson(const StringMap &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

StringMap stringMapFromJson(const QJsonObject &object)
{
    StringMap map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QJsonObject toJson(const CloudAccount &a)
{
    return {{u"name"_s, a.name},
            {u"type"_s, CloudAccount::typeName(a.type)},
            {u"provider"_s, a.provider},
            {u"endpoint"_s, a.endpoint},
            {u"region"_s, a.region},
            {u"zone"_s, a.zone},
            {u"project"_s, a.project},
            {u"settings"_s, toJson(a.settings)},
            {u"secret_refs"_s, toJson(a.secretRefs)},
            {u"not_startable_reason"_s, a.notStartableReason},
            {u"source_file"_s, a.sourceFile},
            {u"updated"_s, date(a.updated)}};
}

CloudAccount accountFromJson(const QJsonObject &o)
{
    CloudAccount a;
    a.name = str(o, "name");
    a.provider = str(o, "provider");
    const QString type = str(o, "type");
    for (CloudType t : {CloudType::Ec2, CloudType::OpenStack, CloudType::Gce, CloudType::Static})
        if (CloudAccount::typeName(t) == type)
            a.type = t;
    a.endpoint = str(o, "endpoint");
    a.region = str(o, "region");
    a.zone = str(o, "zone");
    a.project = str(o, "project");
    a.settings = mapFrom(o, "settings");
    a.secretRefs = mapFrom(o, "secret_refs");
    a.notStartableReason = str(o, "not_startable_reason");
    a.sourceFile = str(o, "source_file");
    a.updated = dateFrom(o, "updated");
    return a;
}

QJsonObject toJson(const LoginProfile &l)
{
    return {{u"name"_s, l.name},
            {u"image_user"_s, l.imageUser},
            {u"image_sudo"_s, l.imageSudo},
            {u"image_user_sudo"_s, l.imageUserSudo},
            {u"image_userdata"_s, l.imageUserData},
            {u"user_key_name"_s, l.userKeyName},
            {u"user_key_private"_s, l.userKeyPrivate},
            {u"user_key_public"_s, l.userKeyPublic},
            {u"passphrase_ref"_s, l.passphraseRef},
            {u"source_file"_s, l.sourceFile},
            {u"updated"_s, date(l.updated)}};
}

LoginProfile loginFromJson(const QJsonObject &o)
{
    LoginProfile l;
    l.name = str(o, "name");
    l.imageUser = str(o, "image_user");
    l.imageSudo = o.value(u"image_sudo"_s).toBool(true);
    l.imageUserSudo = o.value(u"image_user_sudo"_s).toString(u"root"_s);
    l.imageUserData = str(o, "image_userdata");
    l.userKeyName = str(o, "user_key_name");
    l.userKeyPrivate = str(o, "user_key_private");
    l.userKeyPublic = str(o, "user_key_public");
    l.passphraseRef = str(o, "passphrase_ref");
    l.sourceFile = str(o, "source_file");
    l.updated = dateFrom(o, "updated");
    return l;
}

QJsonObject toJson(const SetupProfile &s)
{
    QJsonObject groups;
    for (auto it = s.kindGroups.cbegin(); it != s.kindGroups.cend(); ++it)
        groups.insert(it.key(), toArray(it.value()));
    QJsonObject kindVars;
    for (auto it = s.kindVars.cbegin(); it != s.kindVars.cend(); ++it)
        kindVars.insert(it.key(), toJson(it.value()));
    return {{u"name"_s, s.name},
            {u"provider"_s, s.provider},
            {u"kind_groups"_s, groups},
            {u"global_vars"_s, toJson(s.globalVars)},
            {u"kind_vars"_s, kindVars},
            {u"ansible_settings"_s, toJson(s.ansibleSettings)},
            {u"playbook_path"_s, s.playbookPath},
            {u"ansible_command"_s, s.ansibleCommand},
            {u"ansible_extra_args"_s, s.ansibleExtraArgs},
            {u"settings"_s, toJson(s.settings)},
            {u"source_file"_s, s.sourceFile},
            {u"updated"_s, date(s.updated)}};
}

SetupProfile setupFromJson(const QJsonObject &o)
{
    SetupProfile s;
    s.name = str(o, "name");
    s.provider = o.value(u"provider"_s).toString(u"ansible"_s);
    const QJsonObject groups = o.value(u"kind_groups"_s).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QStringList list;
        for (const QJsonValue &v : it.value().toArray())
            list << v.toString();
        s.kindGroups.insert(it.key(), list);
    }
    s.globalVars = mapFrom(o, "global_vars");
    const QJsonObject kindVars = o.value(u"kind_vars"_s).toObject();
    for (auto it = kindVars.begin(); it != kindVars.end(); ++it)
        s.kindVars.insert(it.key(), stringMapFromJson(it.value().toObject()));
    s.ansibleSettings = mapFrom(o, "ansible_settings");
    s.playbookPath = str(o, "playbook_path");
    s.ansibleCommand = str(o, "ansible_command");
    s.ansibleExtraArgs = str(o, "ansible_extra_args");
    s.settings = mapFrom(o, "settings");
    s.sourceFile = str(o, "source_file");
    s.updated = dateFrom(o, "updated");
    return s;
}

QJsonObject toJson(const NodeKindSpec &k)
{
    return {{u"name"_s, k.name},
            {u"count"_s, k.count},
            {u"min_count"_s, k.minCount},
            {u"image"_s, k.image},
            {u"flavor"_s, k.flavor},
            {u"security_group"_s, k.securityGroup},
            {u"networks"_s, toArray(k.networks)},
            {u"user_data"_s, k.userData},
            {u"image_user"_s, k.imageUser},
            {u"boot_disk_size_gb"_s, k.bootDiskSizeGb},
            {u"boot_disk_type"_s, k.bootDiskType},
            {u"spot_price"_s, k.spotPrice},
            {u"preemptible"_s, k.preemptible},
            {u"tags"_s, toJson(k.tags)},
            {u"settings"_s, toJson(k.settings)}};
}

NodeKindSpec kindFromJson(const QJsonObject &o)
{
    NodeKindSpec k;
    k.name = str(o, "name");
    k.count = o.value(u"count"_s).toInt();
    k.minCount = o.value(u"min_count"_s).toInt();
    k.image = str(o, "image");
    k.flavor = str(o, "flavor");
    k.securityGroup = str(o, "security_group");
    k.networks = listFrom(o, "networks");
    k.userData = str(o, "user_data");
    k.imageUser = str(o, "image_user");
    k.bootDiskSizeGb = o.value(u"boot_disk_size_gb"_s).toInt();
    k.bootDiskType = str(o, "boot_disk_type");
    k.spotPrice = str(o, "spot_price");
    k.preemptible = o.value(u"preemptible"_s).toBool();
    k.tags = mapFrom(o, "tags");
    k.settings = mapFrom(o, "settings");
    return k;
}

QJsonObject toJson(const ClusterTemplate &t)
{
    QJsonArray kinds;
    for (const NodeKindSpec &k : t.kinds)
        kinds.append(toJson(k));
    return {{u"name"_s, t.name},
            {u"cloud"_s, t.cloud},
            {u"login"_s, t.login},
            {u"setup"_s, t.setup},
            {u"kinds"_s, kinds},
            {u"ssh_to"_s, t.sshTo},
            {u"start_timeout"_s, t.startTimeoutSec},
            {u"ssh_probe_timeout"_s, t.sshProbeTimeoutSec},
            {u"ssh_proxy_command"_s, t.sshProxyCommand},
            {u"settings"_s, toJson(t.settings)},
            {u"not_startable_reason"_s, t.notStartableReason},
            {u"unresolved"_s, toJson(t.unresolved)},
            {u"source_file"_s, t.sourceFile},
            {u"updated"_s, date(t.updated)}};
}

ClusterTemplate templateFromJson(const QJsonObject &o)
{
    ClusterTemplate t;
    t.name = str(o, "name");
    t.cloud = str(o, "cloud");
    t.login = str(o, "login");
    t.setup = str(o, "setup");
    t.kinds = listOf<NodeKindSpec>(o, "kinds", kindFromJson);
    t.sshTo = str(o, "ssh_to");
    t.startTimeoutSec = o.value(u"start_timeout"_s).toInt(600);
    t.sshProbeTimeoutSec = o.value(u"ssh_probe_timeout"_s).toInt(5);
    t.sshProxyCommand = str(o, "ssh_proxy_command");
    t.settings = mapFrom(o, "settings");
    t.notStartableReason = str(o, "not_startable_reason");
    t.unresolved = mapFrom(o, "unresolved");
    t.sourceFile = str(o, "source_file");
    t.updated = dateFrom(o, "updated");
    return t;
}

QJsonObject toJson(const Node &n)
{
    return {{u"name"_s, n.name},
            {u"kind"_s, n.kind},
            {u"index"_s, n.index},
            {u"instance_id"_s, n.instanceId},
            {u"public_ip"_s, n.publicIp},
            {u"private_ip"_s, n.privateIp},
            {u"preferred_ip"_s, n.preferredIp},
            {u"flavor"_s, n.flavor},
            {u"image"_s, n.image},
            {u"state"_s, States::toString(n.state)},
            {u"last_error"_s, n.lastError},
            {u"created"_s, date(n.created)},
            {u"state_changed"_s, date(n.stateChanged)}};
}

Node nodeFromJson(const QJsonObject &o)
{
    Node n;
    n.name = str(o, "name");
    n.kind = str(o, "kind");
    n.index = o.value(u"index"_s).toInt();
    n.instanceId = str(o, "instance_id");
    n.publicIp = str(o, "public_ip");
    n.privateIp = str(o, "private_ip");
    n.preferredIp = str(o, "preferred_ip");
    n.flavor = str(o, "flavor");
    n.image = str(o, "image");
    n.state = States::nodeStateFromString(str(o, "state")).value_or(NodeState::Planned);
    n.lastError = str(o, "last_error");
    n.created = dateFrom(o, "created");
    n.stateChanged = dateFrom(o, "state_changed");
    return n;
}

QJsonObject toJson(const Cluster &c)
{
    QJsonArray nodes;
    for (const Node &n : c.nodes)
        nodes.append(toJson(n));
    return {{u"name"_s, c.name},
            {u"template"_s, c.templateName},
            {u"spec"_s, toJson(c.spec)},
            {u"cloud"_s, c.cloud},
            {u"login"_s, c.login},
            {u"setup"_s, c.setup},
            {u"state"_s, States::toString(c.state)},
            {u"created"_s, date(c.created)},
            {u"updated"_s, date(c.updated)},
            {u"nodes"_s, nodes}};
}

Cluster clusterFromJson(const QJsonObject &o)
{
    Cluster c;
    c.name = str(o, "name");
    c.templateName = str(o, "template");
    c.spec = templateFromJson(o.value(u"spec"_s).toObject());
    c.cloud = str(o, "cloud");
    c.login = str(o, "login");
    c.setup = str(o, "setup");
    c.state = States::clusterStateFromString(str(o, "state")).value_or(ClusterState::Defined);
    c.created = dateFrom(o, "created");
    c.updated = dateFrom(o, "updated");
    c.nodes = listOf<Node>(o, "nodes", nodeFromJson);
    return c;
}

QJsonObject toJson(const ClusterEvent &e)
{
    return {{u"id"_s, double(e.id)},
            {u"time"_s, date(e.time)},
            {u"cluster"_s, e.cluster},
            {u"node"_s, e.node},
            {u"level"_s, ClusterEvent::levelName(e.level)},
            {u"text"_s, e.text}};
}

ClusterEvent eventFromJson(const QJsonObject &o)
{
    ClusterEvent e;
    e.id = qint64(o.value(u"id"_s).toDouble());
    e.time = dateFrom(o, "time");
    e.cluster = str(o, "cluster");
    e.node = str(o, "node");
    e.level = ClusterEvent::levelFromName(str(o, "level")).value_or(ClusterEvent::Level::Info);
    e.text = str(o, "text");
    return e;
}

} // namespace cd::json
