// Ec2Provider: terminate, stop and start in batches, and the orphan scan by tag.
#include "providers/cloud/ec2/ec2provider.h"

#include "providers/cloud/ec2/ec2idbatches.h"
#include "providers/cloud/ec2/ec2logging.h"
#include "providers/cloud/ec2/ec2parsers.h"

#include <QPromise>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

struct Ec2Provider::BatchState
{
    QPromise<CloudResult<Done>> promise;
    QString action;
    bool goneIsDone = false;
    std::optional<CloudError> error;
    int remaining = 0;
};

QFuture<CloudResult<Done>> Ec2Provider::terminateInstances(const QStringList &ids)
{
    return batch(u"TerminateInstances"_s, ids, true);
}

QFuture<CloudResult<Done>> Ec2Provider::stopInstances(const QStringList &ids)
{
    return batch(u"StopInstances"_s, ids, false);
}

QFuture<CloudResult<Done>> Ec2Provider::startInstances(const QStringList &ids)
{
    return batch(u"StartInstances"_s, ids, false);
}

QFuture<CloudResult<Done>>
Ec2Provider::batch(const QString &action, const QStringList &ids, bool goneIsDone)
{
    auto state = std::make_shared<BatchState>();
    state->action = action;
    state->goneIsDone = goneIsDone;
    state->promise.start();
    auto future = state->promise.future();
    const QList<QStringList> parts = ec2::idBatches(ec2::uniqueIds(ids), kMaxIdsPerCall);
    state->remaining = int(parts.size());
    if (parts.isEmpty()) {
        state->promise.addResult(Done());
        state->promise.finish();
    }
    for (const QStringList &chunk : parts)
        batchChunk(state, chunk, 0);
    return future;
}

void Ec2Provider::batchChunk(const std::shared_ptr<BatchState> &state, QStringList chunk, int round)
{
    Ec2Query query;
    query.addList(u"InstanceId"_s, chunk);
    m_api->call(state->action, query)
        .then(this, [this, state, chunk, round](const Ec2Api::Reply &reply) {
            if (!reply && state->goneIsDone && reply.error().kind == CloudError::Kind::NotFound
                && round < chunk.size()) {
                // "The instance ID(s) 'i-1, i-2' do not exist": those are gone already; the call
                // did nothing, so do it again for the others.
                static const QRegularExpression idPattern(u"\\bi-[0-9a-zA-Z]+\\b"_s);
                QStringList rest = chunk;
                for (auto match = idPattern.globalMatch(reply.error().message); match.hasNext();)
                    rest.removeAll(match.next().captured());
                if (rest.size() < chunk.size()) {
                    qCInfo(lcEc2).noquote()
                        << u"%1: %2 instance(s) already gone"_s.arg(state->action)
                               .arg(chunk.size() - rest.size());
                    if (!rest.isEmpty()) {
                        batchChunk(state, rest, round + 1);
                        return;
                    }
                    if (--state->remaining == 0) {
                        state->promise.addResult(state->error ? CloudResult<Done>(*state->error)
                                                              : CloudResult<Done>(Done()));
                        state->promise.finish();
                    }
                    return;
                }
            }
            if (!reply && !state->error)
                state->error = reply.error();
            if (--state->remaining == 0) {
                state->promise.addResult(state->error ? CloudResult<Done>(*state->error)
                                                      : CloudResult<Done>(Done()));
                state->promise.finish();
            }
        });
}

QFuture<CloudResult<QList<InstanceInfo>>> Ec2Provider::findInstancesByTag(const QString &cluster)
{
    Ec2Query query;
    if (cluster.isEmpty())
        query.addFilter(u"tag-key"_s, {QLatin1StringView(CloudTags::Cluster)});
    else
        query.addFilter(u"tag:"_s + QLatin1StringView(CloudTags::Cluster), {cluster});
    query.addFilter(u"instance-state-name"_s,
                    {u"pending"_s, u"running"_s, u"shutting-down"_s, u"stopping"_s, u"stopped"_s});
    query.add(u"MaxResults"_s, m_settings.pageSize);
    return m_api->callAllPages(u"DescribeInstances"_s, query)
        .then(this, [](const Ec2Api::Pages &pages) -> CloudResult<QList<InstanceInfo>> {
            if (!pages)
                return pages.error();
            QList<InstanceInfo> result;
            for (const XmlElement &page : pages.value()) {
                for (const InstanceInfo &info : ec2::parseInstances(page).instances) {
                    if (info.state != InstanceInfo::State::Terminated)
                        result.append(info);
                }
            }
            return result;
        });
}

} // namespace cd
