// GceProvider: the cluster's "security group" as two firewall rules on its network, created
// once (each looked up first, inserted when missing, its global operation followed to DONE).
#include "providers/cloud/gce/gceprovider.h"

#include "providers/cloud/gce/gcenames.h"

#include <QJsonArray>
#include <QPromise>

using namespace Qt::StringLiterals;

namespace cd {

struct GceProvider::FirewallState
{
    QPromise<CloudResult<QString>> promise;
    QString tag;
    QList<QJsonObject> rules; // still to check, in order
};

namespace {

QJsonObject rule(const QString &name,
                 const QString &network,
                 const QString &tag,
                 const QString &description,
                 const QJsonArray &allowed)
{
    return {{u"name"_s, name},
            {u"description"_s, description},
            {u"network"_s, network.contains(u'/') ? network : u"global/networks/"_s + network},
            {u"direction"_s, u"INGRESS"_s},
            {u"targetTags"_s, QJsonArray{tag}},
            {u"allowed"_s, allowed}};
}

} // namespace

QFuture<CloudResult<QString>> GceProvider::ensureSecurityGroup(const SecurityGroupSpec &spec)
{
    auto state = std::make_shared<FirewallState>();
    state->promise.start();
    auto future = state->promise.future();
    state->tag = gce::resourceName(spec.name.left(50));
    const QString network = spec.network.isEmpty() ? m_settings.network : spec.network;
    QJsonObject ssh = rule(
        state->tag, network, state->tag, spec.description,
        QJsonArray{QJsonObject{{u"IPProtocol"_s, u"tcp"_s}, {u"ports"_s, QJsonArray{u"22"_s}}}});
    ssh.insert(u"sourceRanges"_s, QJsonArray{spec.sshFrom});
    QJsonObject internal = rule(state->tag + u"-internal"_s, network, state->tag, spec.description,
                                QJsonArray{QJsonObject{{u"IPProtocol"_s, u"tcp"_s}},
                                           QJsonObject{{u"IPProtocol"_s, u"udp"_s}},
                                           QJsonObject{{u"IPProtocol"_s, u"icmp"_s}}});
    internal.insert(u"sourceTags"_s, QJsonArray{state->tag});
    state->rules = {ssh, internal};
    ensureFirewall(state);
    return future;
}

void GceProvider::ensureFirewall(const std::shared_ptr<FirewallState> &state)
{
    if (state->rules.isEmpty()) {
        state->promise.addResult(state->tag);
        state->promise.finish();
        return;
    }
    const QJsonObject body = state->rules.takeFirst();
    const auto fail = [state](const CloudError &error) {
        state->promise.addResult(error);
        state->promise.finish();
    };
    GceApi::Call get;
    get.path = u"global/firewalls/"_s + body.value(u"name"_s).toString();
    get.what = u"firewalls.get"_s;
    m_api->call(get, [this, state, body, fail](const GceApi::Reply &found) {
        if (found)
            return ensureFirewall(state); // made by an earlier start: kept as it is
        if (found.error().kind != CloudError::Kind::NotFound)
            return fail(found.error());
        GceApi::Call insert;
        insert.method = "POST";
        insert.path = u"global/firewalls"_s;
        insert.body = body;
        insert.what = u"firewalls.insert"_s;
        m_api->call(insert, [this, state, fail](const GceApi::Reply &reply) {
            if (!reply && reply.error().httpStatus == 409)
                return ensureFirewall(state); // a concurrent start made it first
            if (!reply)
                return fail(reply.error());
            m_api->waitOperation(reply.value(), [this, state, fail](const GceApi::Reply &done) {
                if (!done && done.error().code != u"RESOURCE_ALREADY_EXISTS")
                    return fail(done.error());
                ensureFirewall(state);
            });
        });
    });
}

} // namespace cd
