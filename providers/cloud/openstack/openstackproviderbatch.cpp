// OpenStackProvider: describe and the orphan scan (one paged listing), terminate, stop and
// start (one call per server, all at once).
#include "providers/cloud/openstack/openstackprovider.h"

#include "providers/cloud/openstack/openstacklogging.h"
#include "providers/cloud/openstack/openstackparsers.h"

#include <QPromise>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace cd::openstack;

namespace cd {

struct OpenStackProvider::EachState
{
    QPromise<CloudResult<Done>> promise;
    std::optional<CloudError> error;
    int remaining = 0;
};

QFuture<CloudResult<QList<InstanceInfo>>> OpenStackProvider::listServers(const QUrlQuery &query)
{
    ApiRequest request{u"compute"_s, "GET", u"/servers/detail"_s, query, {}, true};
    return m_api->listAll(request, u"servers"_s, m_settings.pageSize)
        .then(this, [](const OpenStackApi::List &list) -> CloudResult<QList<InstanceInfo>> {
            if (!list)
                return list.error();
            QList<InstanceInfo> servers;
            for (const QJsonValue &value : list.value())
                servers.append(parseServer(value.toObject()));
            return servers;
        });
}

QFuture<CloudResult<QList<InstanceInfo>>>
OpenStackProvider::describeInstances(const QStringList &ids)
{
    if (ids.isEmpty())
        return readyResult<QList<InstanceInfo>>(QList<InstanceInfo>());
    // Nova filters a list by many things but not by a set of ids: one paged listing of the
    // project answers for all of them (never one GET per server).
    return listServers({})
        .then(this,
              [this, ids](const CloudResult<QList<InstanceInfo>> &servers)
                  -> QFuture<CloudResult<QList<InstanceInfo>>> {
                  if (!servers)
                      return readyResult<QList<InstanceInfo>>(servers.error());
                  QHash<QString, InstanceInfo> found;
                  for (const InstanceInfo &info : servers.value())
                      found.insert(info.id, info);
                  QList<InstanceInfo> result;
                  QSet<QString> seen;
                  for (const QString &id : ids) {
                      if (seen.contains(id))
                          continue;
                      seen.insert(id);
                      InstanceInfo info = found.value(id);
                      if (info.id.isEmpty()) {
                          info.id = id;
                          info.state = InstanceInfo::State::Terminated;
                          info.stateReason = tr("The cloud does not know this server (any more).");
                      }
                      result.append(info);
                  }
                  return attachFloatingIps(result);
              })
        .unwrap();
}

QFuture<CloudResult<QList<InstanceInfo>>>
OpenStackProvider::findInstancesByTag(const QString &cluster)
{
    QUrlQuery query;
    if (serverTagsOnCreate())
        query.addQueryItem(u"tags"_s, cluster.isEmpty()
                                          ? u"clusterdeck"_s
                                          : u"clusterdeck:cluster="_s + cluster.left(40));
    return listServers(query).then(
        this,
        [cluster](
            const CloudResult<QList<InstanceInfo>> &servers) -> CloudResult<QList<InstanceInfo>> {
            if (!servers)
                return servers.error();
            QList<InstanceInfo> result;
            for (const InstanceInfo &info : servers.value()) {
                if (info.state == InstanceInfo::State::Terminated
                    || !info.tags.contains(QLatin1StringView(CloudTags::Cluster))
                    || (!cluster.isEmpty() && info.cluster != cluster))
                    continue;
                result.append(info);
            }
            return result;
        });
}

QFuture<CloudResult<Done>>
OpenStackProvider::all(const Labelled &requests,
                       const std::function<bool(const CloudError &)> &isDone)
{
    auto state = std::make_shared<EachState>();
    state->promise.start();
    auto future = state->promise.future();
    state->remaining = int(requests.size());
    if (requests.isEmpty()) {
        state->promise.addResult(Done());
        state->promise.finish();
    }
    for (const auto &[label, request] : requests) {
        m_api->call(request).then(this, [state, isDone, label](const OpenStackApi::Reply &reply) {
            if (!reply && !isDone(reply.error()) && !state->error) {
                CloudError error = reply.error();
                error.message = label + u": "_s + error.message;
                state->error = error;
            }
            if (--state->remaining == 0) {
                state->promise.addResult(state->error ? CloudResult<Done>(*state->error)
                                                      : CloudResult<Done>(Done()));
                state->promise.finish();
            }
        });
    }
    return future;
}

QFuture<CloudResult<Done>> OpenStackProvider::terminateInstances(const QStringList &ids)
{
    if (ids.isEmpty())
        return readyResult<Done>(Done());
    const QStringList unique = QSet<QString>(ids.cbegin(), ids.cend()).values();
    // Floating IPs first: once the server is gone, nothing ties its address to it any more.
    return releaseFloatingIps(unique)
        .then(this,
              [this, unique](const CloudResult<Done> &released) {
                  if (!released && released.error().kind != CloudError::Kind::Cancelled)
                      qCWarning(lcOpenStack).noquote()
                          << u"floating IPs not released:"_s << released.error().describe();
                  Labelled requests;
                  for (const QString &id : unique)
                      requests.append(
                          {tr("server %1").arg(id),
                           ApiRequest{u"compute"_s, "DELETE", u"/servers/"_s + id, {}, {}, true}});
                  return all(requests, [](const CloudError &e) {
                      return e.kind == CloudError::Kind::NotFound; // gone already
                  });
              })
        .unwrap();
}

QFuture<CloudResult<Done>> OpenStackProvider::serverAction(const QStringList &ids,
                                                           const QString &action)
{
    Labelled requests;
    for (const QString &id : QSet<QString>(ids.cbegin(), ids.cend()))
        requests.append(
            {tr("server %1").arg(id), ApiRequest{u"compute"_s,
                                                 "POST",
                                                 u"/servers/%1/action"_s.arg(id),
                                                 {},
                                                 QJsonObject{{action, QJsonValue::Null}},
                                                 true}});
    // 409: "Cannot 'stop' instance … while it is in vm_state stopped" — already there.
    return all(requests, [](const CloudError &e) { return e.httpStatus == 409; });
}

QFuture<CloudResult<Done>> OpenStackProvider::stopInstances(const QStringList &ids)
{
    return serverAction(ids, u"os-stop"_s);
}

QFuture<CloudResult<Done>> OpenStackProvider::startInstances(const QStringList &ids)
{
    return serverAction(ids, u"os-start"_s);
}

} // namespace cd
