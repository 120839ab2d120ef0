// FakeOpenStack: Nova (servers, actions, flavors, limits, key pairs).
#include "tests/integration/openstack/fakeopenstack.h"

#include "tests/support/testenv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// N of the "compute 2.N" the client asked for (1 without the header).
int microversion(const FakeOpenStack::Recorded &request)
{
    const QByteArray asked = request.header("OpenStack-API-Version");
    return asked.startsWith("compute 2.") ? asked.mid(10).toInt() : 1;
}

} // namespace

QJsonObject FakeOpenStack::newServer(const QJsonObject &asked)
{
    // The v2.100 detail sample's server, with what was asked put in.
    QJsonObject server = sample(u"nova/servers/v2.100/servers-details-resp.json"_s)
                             .value(u"servers"_s)
                             .toArray()
                             .first()
                             .toObject();
    const QString id = uuid();
    server.insert(u"id"_s, id);
    server.insert(u"name"_s, asked.value(u"name"));
    server.insert(u"OS-EXT-SRV-ATTR:hostname"_s, asked.value(u"name"));
    server.insert(u"status"_s, u"BUILD"_s);
    server.insert(u"OS-EXT-STS:vm_state"_s, u"building"_s);
    server.insert(u"OS-EXT-STS:task_state"_s, u"spawning"_s);
    server.insert(u"OS-EXT-STS:power_state"_s, 0);
    server.insert(u"addresses"_s, QJsonObject());
    server.insert(u"accessIPv4"_s, u""_s);
    server.insert(u"accessIPv6"_s, u""_s);
    server.insert(u"metadata"_s, asked.value(u"metadata").toObject());
    server.insert(u"key_name"_s,
                  asked.contains(u"key_name") ? asked.value(u"key_name") : QJsonValue::Null);
    server.insert(u"tags"_s, asked.value(u"tags").toArray());
    server.insert(u"created"_s, now());
    server.insert(u"updated"_s, now());
    server.insert(u"OS-SRV-USG:launched_at"_s, QJsonValue::Null);
    QJsonArray groups;
    for (const QJsonValue &g : asked.value(u"security_groups").toArray())
        groups.append(QJsonObject{{u"name"_s, g.toObject().value(u"name")}});
    server.insert(u"security_groups"_s, groups);
    QJsonObject image = server.value(u"image").toObject();
    if (asked.contains(u"imageRef")) {
        image.insert(u"id"_s, asked.value(u"imageRef"));
        server.insert(u"image"_s, image);
    } else {
        server.insert(u"image"_s, u""_s); // booted from a volume
    }
    const QString flavorRef = asked.value(u"flavorRef").toString();
    for (const QJsonValue &f :
         sample(u"nova/flavors/flavors-detail-resp.json"_s).value(u"flavors").toArray()) {
        const QJsonObject flavor = f.toObject();
        if (flavor.value(u"id").toString() != flavorRef)
            continue;
        // From 2.47 a server embeds its flavor (original_name …), as the sample does.
        server.insert(u"flavor"_s, QJsonObject{{u"original_name"_s, flavor.value(u"name")},
                                               {u"vcpus"_s, flavor.value(u"vcpus")},
                                               {u"ram"_s, flavor.value(u"ram")},
                                               {u"disk"_s, flavor.value(u"disk")},
                                               {u"ephemeral"_s, 0},
                                               {u"swap"_s, 0},
                                               {u"extra_specs"_s, QJsonObject()}});
    }
    return server;
}

void FakeOpenStack::advance(QJsonObject &server)
{
    const QString id = server.value(u"id").toString();
    const int polls = ++m_serverPolls[id];
    if (server.value(u"status").toString() != u"BUILD" || polls < m_buildPolls)
        return;
    server.insert(u"OS-EXT-STS:task_state"_s, QJsonValue::Null);
    server.insert(u"updated"_s, now());
    if (m_failing.contains(server.value(u"name").toString())) {
        // The fault of nova/errors/server-error-state-fault-excerpt.txt (its "details" is
        // elided there as [snip], so it is left out here).
        QFile file(sharedDir()
                   + u"/compat/openstack/nova/errors/server-error-state-fault-excerpt.txt"_s);
        file.open(QIODevice::ReadOnly);
        QByteArray text = file.readAll();
        text.replace(",\n            \"details\": [snip]", "");
        const QJsonObject excerpt = QJsonDocument::fromJson(text).object();
        server.insert(u"status"_s, u"ERROR"_s);
        server.insert(u"OS-EXT-STS:vm_state"_s, u"error"_s);
        server.insert(u"fault"_s, excerpt.value(u"server").toObject().value(u"fault"));
        return;
    }
    server.insert(u"status"_s, u"ACTIVE"_s);
    server.insert(u"OS-EXT-STS:vm_state"_s, u"active"_s);
    server.insert(u"OS-EXT-STS:power_state"_s, 1);
    server.insert(u"OS-SRV-USG:launched_at"_s, now());
    server.insert(
        u"addresses"_s,
        QJsonObject{{u"private"_s,
                     QJsonArray{QJsonObject{{u"addr"_s, u"10.0.0.%1"_s.arg(m_nextAddress++)},
                                            {u"OS-EXT-IPS-MAC:mac_addr"_s, u"fa:16:3e:00:00:01"_s},
                                            {u"OS-EXT-IPS:type"_s, u"fixed"_s},
                                            {u"version"_s, 4}}}}});
}

QJsonArray FakeOpenStack::listServers(const QUrlQuery &query)
{
    const QString tags = query.queryItemValue(u"tags"_s, QUrl::FullyDecoded);
    QJsonArray result;
    for (QJsonObject &server : m_servers) {
        advance(server);
        if (!tags.isEmpty()) {
            const QJsonArray has = server.value(u"tags").toArray();
            bool all = true;
            for (const QString &tag : tags.split(u','))
                all = all && has.contains(tag);
            if (!all)
                continue;
        }
        QJsonObject shown = server;
        // Associated floating IPs show up in the server's addresses, as Nova reports them.
        const QString port = u"port-"_s + server.value(u"id").toString();
        for (const QJsonObject &fip : std::as_const(m_floatingIps)) {
            if (fip.value(u"port_id").toString() != port
                || fip.value(u"status").toString() != u"ACTIVE")
                continue;
            QJsonObject addresses = shown.value(u"addresses").toObject();
            QJsonArray list = addresses.value(u"private").toArray();
            list.append(QJsonObject{{u"addr"_s, fip.value(u"floating_ip_address")},
                                    {u"OS-EXT-IPS:type"_s, u"floating"_s},
                                    {u"version"_s, 4}});
            addresses.insert(u"private"_s, list);
            shown.insert(u"addresses"_s, addresses);
        }
        result.append(shown);
    }
    return result;
}

FakeOpenStack::Reply FakeOpenStack::nova(const Recorded &request, const QString &path)
{
    if (path.startsWith(u"/servers"))
        return novaServers(request, path);
    if (request.method == "GET" && (path == u"/flavors" || path == u"/flavors/detail")) {
        const QJsonArray flavors
            = sample(u"nova/flavors/flavors-detail-resp.json"_s).value(u"flavors").toArray();
        return json(
            page(flavors, request.query, u"flavors"_s, u"/compute/v2.1/"_s + projectId() + path));
    }
    if (request.method == "GET" && path == u"/limits") {
        QJsonObject body = sample(u"nova/limits/limit-get-resp.json"_s);
        QJsonObject limits = body.value(u"limits").toObject();
        QJsonObject absolute = limits.value(u"absolute").toObject();
        absolute.insert(u"totalInstancesUsed"_s, int(m_servers.size()));
        absolute.insert(u"totalCoresUsed"_s, int(m_servers.size()));
        limits.insert(u"absolute"_s, absolute);
        body.insert(u"limits"_s, limits);
        return json(body);
    }
    if (path == u"/os-server-groups") {
        if (request.method == "GET") {
            QJsonArray groups;
            for (const QJsonObject &group : std::as_const(m_serverGroups))
                groups.append(group);
            return json({{u"server_groups"_s, groups}});
        }
        const QJsonObject asked = request.json().value(u"server_group").toObject();
        QJsonObject group = sample(u"nova/os-server-groups/server-groups-post-resp.json"_s)
                                .value(u"server_group")
                                .toObject();
        group.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        group.insert(u"name"_s, asked.value(u"name"));
        group.insert(u"policies"_s, asked.value(u"policies"));
        m_serverGroups.append(group);
        return json({{u"server_group"_s, group}});
    }
    if (path.startsWith(u"/os-keypairs")) {
        if (request.method == "GET" && path.size() > 13) {
            const QString name = QUrl::fromPercentEncoding(path.mid(13).toUtf8());
            if (!m_keypairs.contains(name))
                return novaError(404, u"itemNotFound"_s,
                                 u"Keypair %1 not found for user fake"_s.arg(name));
            return json({{u"keypair"_s, m_keypairs.value(name)}});
        }
        if (request.method == "POST" && path == u"/os-keypairs") {
            const QJsonObject asked = request.json().value(u"keypair").toObject();
            const QString name = asked.value(u"name").toString();
            if (m_keypairs.contains(name))
                return novaError(409, u"conflictingRequest"_s,
                                 u"Key pair '%1' already exists."_s.arg(name));
            const QString publicKey = asked.value(u"public_key").toString();
            const QByteArray blob
                = QByteArray::fromBase64(publicKey.section(u' ', 1, 1).toLatin1());
            QJsonObject pair = sample(u"nova/os-keypairs/keypairs-get-resp.json"_s)
                                   .value(u"keypair"_s)
                                   .toObject();
            pair.insert(u"name"_s, name);
            pair.insert(u"public_key"_s, publicKey);
            pair.insert(u"fingerprint"_s,
                        QString::fromLatin1(
                            QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':')));
            m_keypairs.insert(name, pair);
            QJsonObject answer = sample(u"nova/os-keypairs/keypairs-import-post-resp.json"_s)
                                     .value(u"keypair"_s)
                                     .toObject();
            for (const QString &key : {u"name"_s, u"public_key"_s, u"fingerprint"_s})
                answer.insert(key, pair.value(key));
            return json({{u"keypair"_s, answer}}, 201);
        }
    }
    return novaError(404, u"itemNotFound"_s, u"No such compute path: "_s + path);
}

FakeOpenStack::Reply FakeOpenStack::novaServers(const Recorded &request, const QString &path)
{
    if (request.method == "GET" && path == u"/servers/detail")
        return json(page(listServers(request.query), request.query, u"servers"_s,
                         u"/compute/v2.1/"_s + projectId() + path));
    if (request.method == "POST" && path == u"/servers") {
        const QJsonObject asked = request.json().value(u"server").toObject();
        if (asked.value(u"name").toString().isEmpty()
            || asked.value(u"flavorRef").toString().isEmpty()
            || (!asked.contains(u"imageRef") && !asked.contains(u"block_device_mapping_v2"))
            || (!asked.contains(u"networks") && microversion(request) >= 37))
            return novaError(400, u"badRequest"_s, u"Invalid input for field/attribute server."_s);
        const QJsonObject server = newServer(asked);
        m_servers.append(server);
        QJsonObject answer = sample(u"nova/servers/v2.100/server-create-resp.json"_s)
                                 .value(u"server"_s)
                                 .toObject();
        answer.insert(u"id"_s, server.value(u"id"));
        answer.insert(u"security_groups"_s, server.value(u"security_groups"));
        return json({{u"server"_s, answer}}, 202);
    }
    const QString id = path.section(u'/', 2, 2);
    const auto found = std::find_if(m_servers.begin(), m_servers.end(), [&id](const auto &s) {
        return s.value(u"id").toString() == id;
    });
    if (found == m_servers.end())
        return novaError(404, u"itemNotFound"_s, u"Instance %1 could not be found."_s.arg(id));
    if (request.method == "GET" && path == u"/servers/" + id)
        return json({{u"server"_s, *found}});
    if (request.method == "DELETE" && path == u"/servers/" + id) {
        m_servers.erase(found);
        return Reply{204, {}, {}};
    }
    if (request.method == "POST" && path == u"/servers/" + id + u"/action") {
        const QJsonObject action = request.json();
        const QString status = found->value(u"status").toString();
        if (action.contains(u"os-stop")) {
            if (status == u"SHUTOFF")
                return novaError(
                    409, u"conflictingRequest"_s,
                    u"Cannot 'stop' instance %1 while it is in vm_state stopped"_s.arg(id));
            found->insert(u"status"_s, u"SHUTOFF"_s);
            found->insert(u"OS-EXT-STS:vm_state"_s, u"stopped"_s);
            return Reply{202, {}, {}};
        }
        if (action.contains(u"os-start")) {
            if (status == u"ACTIVE")
                return novaError(
                    409, u"conflictingRequest"_s,
                    u"Cannot 'start' instance %1 while it is in vm_state active"_s.arg(id));
            found->insert(u"status"_s, u"ACTIVE"_s);
            found->insert(u"OS-EXT-STS:vm_state"_s, u"active"_s);
            return Reply{202, {}, {}};
        }
    }
    return novaError(400, u"badRequest"_s, u"Unsupported server request"_s);
}

} // namespace cd::test
