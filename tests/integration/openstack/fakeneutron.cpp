// FakeOpenStack: Neutron (security groups and rules, networks, ports, floating IPs).
#include "tests/integration/openstack/fakeopenstack.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool sameRule(const QJsonObject &a, const QJsonObject &b)
{
    for (const char16_t *key : {u"direction", u"ethertype", u"protocol", u"port_range_min",
                                u"port_range_max", u"remote_group_id", u"remote_ip_prefix"}) {
        const QJsonValue x = a.value(QStringView(key));
        const QJsonValue y = b.value(QStringView(key));
        if ((x.isNull() || x.isUndefined()) != (y.isNull() || y.isUndefined())
            || (!x.isNull() && !x.isUndefined() && x != y))
            return false;
    }
    return true;
}

} // namespace

FakeOpenStack::Reply FakeOpenStack::neutron(const Recorded &request, const QString &path)
{
    if (path.startsWith(u"/floatingips"))
        return neutronFloatingIps(request, path);
    if (request.method == "GET" && path == u"/security-groups") {
        const QString name = request.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
        QJsonArray groups;
        for (const QJsonObject &group : std::as_const(m_groups)) {
            if (name.isEmpty() || group.value(u"name").toString() == name)
                groups.append(group);
        }
        return json({{u"security_groups"_s, groups}});
    }
    if (request.method == "POST" && path == u"/security-groups") {
        const QJsonObject asked = request.json().value(u"security_group").toObject();
        QJsonObject group = sample(u"neutron/security-groups/security-group-create-response.json"_s)
                                .value(u"security_group")
                                .toObject();
        const QString id = uuid();
        group.insert(u"id"_s, id);
        group.insert(u"name"_s, asked.value(u"name"));
        group.insert(u"description"_s, asked.value(u"description"));
        QJsonArray rules;
        for (const QJsonValue &value : group.value(u"security_group_rules").toArray()) {
            QJsonObject rule = value.toObject();
            rule.insert(u"id"_s, uuid());
            rule.insert(u"security_group_id"_s, id);
            rules.append(rule);
        }
        group.insert(u"security_group_rules"_s, rules);
        m_groups.append(group);
        return json({{u"security_group"_s, group}}, 201);
    }
    if (request.method == "POST" && path == u"/security-group-rules") {
        const QJsonObject asked = request.json().value(u"security_group_rule").toObject();
        const QString groupId = asked.value(u"security_group_id").toString();
        for (QJsonObject &group : m_groups) {
            if (group.value(u"id").toString() != groupId)
                continue;
            QJsonArray rules = group.value(u"security_group_rules").toArray();
            for (const QJsonValue &existing : std::as_const(rules)) {
                if (sameRule(existing.toObject(), asked))
                    return neutronError(409, u"SecurityGroupRuleExists"_s,
                                        u"Security group rule already exists. Rule id is %1."_s.arg(
                                            existing.toObject().value(u"id").toString()));
            }
            QJsonObject rule
                = sample(u"neutron/security-groups/security-group-rule-create-response.json"_s)
                      .value(u"security_group_rule")
                      .toObject();
            rule.insert(u"id"_s, uuid());
            rule.insert(u"remote_address_group_id"_s, QJsonValue::Null);
            for (const char16_t *key :
                 {u"security_group_id", u"direction", u"ethertype", u"protocol", u"port_range_min",
                  u"port_range_max", u"remote_group_id", u"remote_ip_prefix"})
                rule.insert(QString::fromUtf16(key), asked.contains(QStringView(key))
                                                         ? asked.value(QStringView(key))
                                                         : QJsonValue::Null);
            rules.append(rule);
            group.insert(u"security_group_rules"_s, rules);
            return json({{u"security_group_rule"_s, rule}}, 201);
        }
        return neutronError(404, u"SecurityGroupNotFound"_s,
                            u"Security group %1 does not exist"_s.arg(groupId));
    }
    if (request.method == "GET" && path == u"/networks") {
        const QString external = request.query.queryItemValue(u"router:external"_s);
        QJsonArray networks;
        for (const QJsonValue &value : sample(u"neutron/networks/networks-list-response.json"_s)
                                           .value(u"networks")
                                           .toArray()) {
            if (external.isEmpty()
                || value.toObject().value(u"router:external").toBool() == (external == u"true"))
                networks.append(value);
        }
        return json(page(networks, request.query, u"networks"_s, u"/network/v2.0/networks"_s));
    }
    if (request.method == "GET" && path == u"/ports") {
        const QStringList devices = request.query.allQueryItemValues(u"device_id"_s);
        const QJsonObject sampled = sample(u"neutron/ports/ports-list-response.json"_s)
                                        .value(u"ports")
                                        .toArray()
                                        .first()
                                        .toObject();
        QJsonArray ports;
        for (const QJsonObject &server : std::as_const(m_servers)) {
            const QString id = server.value(u"id").toString();
            const QJsonArray fixed
                = server.value(u"addresses").toObject().value(u"private").toArray();
            if (!devices.contains(id) || fixed.isEmpty())
                continue; // a port exists once the server is scheduled and wired
            QJsonObject port = sampled;
            port.insert(u"id"_s, QString(u"port-"_s + id));
            port.insert(u"device_id"_s, id);
            port.insert(u"device_owner"_s, u"compute:nova"_s);
            port.insert(u"fixed_ips"_s,
                        QJsonArray{QJsonObject{
                            {u"ip_address"_s, fixed.first().toObject().value(u"addr")}}});
            ports.append(port);
        }
        return json({{u"ports"_s, ports}});
    }
    return neutronError(404, u"HTTPNotFound"_s, u"No such network path: "_s + path);
}

FakeOpenStack::Reply FakeOpenStack::neutronFloatingIps(const Recorded &request, const QString &path)
{
    if (request.method == "GET" && path == u"/floatingips") {
        const QStringList ports = request.query.allQueryItemValues(u"port_id"_s);
        QJsonArray result;
        for (QJsonObject &fip : m_floatingIps) {
            const QString id = fip.value(u"id").toString();
            if (fip.value(u"status").toString() != u"ACTIVE" && --m_floatingPollsLeft[id] <= 0)
                fip.insert(u"status"_s, u"ACTIVE"_s);
            if (ports.isEmpty() || ports.contains(fip.value(u"port_id").toString()))
                result.append(fip);
        }
        return json({{u"floatingips"_s, result}});
    }
    if (request.method == "POST" && path == u"/floatingips") {
        const QJsonObject asked = request.json().value(u"floatingip").toObject();
        const QString port = asked.value(u"port_id").toString();
        QString fixed;
        for (const QJsonObject &server : std::as_const(m_servers)) {
            if (u"port-"_s + server.value(u"id").toString() == port)
                fixed = server.value(u"addresses")
                            .toObject()
                            .value(u"private")
                            .toArray()
                            .first()
                            .toObject()
                            .value(u"addr")
                            .toString();
        }
        if (asked.value(u"floating_network_id").toString().isEmpty())
            return neutronError(400, u"HTTPBadRequest"_s, u"floating_network_id is missing"_s);
        if (fixed.isEmpty())
            return neutronError(404, u"PortNotFound"_s, u"Port %1 could not be found."_s.arg(port));
        QJsonObject fip = sample(u"neutron/floatingips/floatingip-create-response.json"_s)
                              .value(u"floatingip")
                              .toObject();
        const QString id = uuid();
        fip.insert(u"id"_s, id);
        fip.insert(u"floating_network_id"_s, asked.value(u"floating_network_id"));
        fip.insert(u"port_id"_s, port);
        fip.insert(u"fixed_ip_address"_s, fixed);
        fip.insert(u"floating_ip_address"_s, u"172.24.4.%1"_s.arg(m_nextFloating++));
        fip.insert(u"description"_s, asked.value(u"description"));
        // The sample shows ACTIVE; a real Neutron answers DOWN until the L3 agent wired it.
        fip.insert(u"status"_s, u"DOWN"_s);
        m_floatingPollsLeft.insert(id, m_floatingPolls);
        m_floatingIps.append(fip);
        return json({{u"floatingip"_s, fip}}, 201);
    }
    const QString id = path.section(u'/', 2, 2);
    if (request.method == "DELETE") {
        for (qsizetype i = 0; i < m_floatingIps.size(); ++i) {
            if (m_floatingIps.at(i).value(u"id").toString() == id) {
                m_floatingIps.removeAt(i);
                return Reply{204, {}, {}};
            }
        }
        return neutronError(404, u"FloatingIPNotFound"_s,
                            u"Floating IP %1 could not be found"_s.arg(id));
    }
    return neutronError(404, u"HTTPNotFound"_s, u"No such floating IP path"_s);
}

} // namespace cd::test
