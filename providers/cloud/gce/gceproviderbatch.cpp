// GceProvider: terminate, stop and start, one call per instance, all in flight at once, each
// followed to the end of its zone operation.
#include "providers/cloud/gce/gceprovider.h"

#include "providers/cloud/gce/gcelogging.h"

#include <QPromise>

using namespace Qt::StringLiterals;

namespace cd {

struct GceProvider::BatchState
{
    QPromise<CloudResult<Done>> promise;
    int pending = 0;
    QList<CloudError> errors;
};

QFuture<CloudResult<Done>> GceProvider::terminateInstances(const QStringList &ids)
{
    return batch("DELETE", {}, ids, true);
}

QFuture<CloudResult<Done>> GceProvider::stopInstances(const QStringList &ids)
{
    return batch("POST", u"stop"_s, ids, false);
}

QFuture<CloudResult<Done>> GceProvider::startInstances(const QStringList &ids)
{
    return batch("POST", u"start"_s, ids, false);
}

QFuture<CloudResult<Done>> GceProvider::batch(const QByteArray &method,
                                              const QString &verb,
                                              const QStringList &ids,
                                              bool goneIsDone)
{
    auto state = std::make_shared<BatchState>();
    state->promise.start();
    auto future = state->promise.future();
    QStringList unique = ids;
    unique.removeDuplicates();
    state->pending = int(unique.size());
    const auto finish = [state] {
        if (state->errors.isEmpty()) {
            state->promise.addResult(Done());
        } else {
            CloudError error = state->errors.first();
            if (state->errors.size() > 1)
                error.message
                    += u' '
                       + tr("(and %n more failure(s))", nullptr, int(state->errors.size() - 1));
            state->promise.addResult(error);
        }
        state->promise.finish();
    };
    if (unique.isEmpty()) {
        finish();
        return future;
    }
    for (const QString &id : unique) {
        GceApi::Call call;
        call.method = method;
        call.path = m_api->zonePath() + u"/instances/"_s + id
                    + (verb.isEmpty() ? QString() : u'/' + verb);
        call.what = verb.isEmpty() ? u"instances.delete"_s : u"instances."_s + verb;
        const auto settle = [state, finish, id, goneIsDone](const CloudResult<QJsonObject> &r) {
            if (!r && !(goneIsDone && r.error().kind == CloudError::Kind::NotFound)) {
                CloudError error = r.error();
                error.message = tr("instance %1: %2").arg(id, error.message);
                state->errors.append(error);
            }
            if (--state->pending == 0)
                finish();
        };
        m_api->call(call, [this, settle](const GceApi::Reply &reply) {
            if (!reply)
                return settle(reply);
            m_api->waitOperation(reply.value(), settle);
        });
    }
    return future;
}

} // namespace cd
