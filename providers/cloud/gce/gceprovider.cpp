#include "providers/cloud/gce/gceprovider.h"

#include "providers/cloud/gce/gcelogging.h"
#include "providers/cloud/gce/gcenames.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPromise>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// requestId must be a UUID; the same create (client token) and node always give the same one.
QString requestId(const QString &clientToken, const QString &node)
{
    if (clientToken.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    static const QUuid ns(u"6f1c7b52-3d5e-4f0a-9a57-4b8f0e1d2c3a"_s);
    return QUuid::createUuidV5(ns, clientToken + u'/' + node).toString(QUuid::WithoutBraces);
}

} // namespace

struct GceProvider::CreateState
{
    QPromise<CloudResult<QList<InstanceInfo>>> promise;
    InstanceSpec spec;
    int pending = 0;
    QHash<QString, InstanceInfo> created;
    QList<CloudError> errors;
};

GceProvider::GceProvider(GceApi *api, Settings settings, QObject *parent)
    : CloudProvider(parent)
    , m_api(api)
    , m_settings(std::move(settings))
{
    m_api->setParent(this);
}

GceProvider::~GceProvider()
{
    // While `this` still exists for the continuations waiting on these calls.
    m_api->cancelAll();
}

bool GceProvider::supports(Operation operation) const
{
    Q_UNUSED(operation)
    return true;
}

QFuture<CloudResult<QList<InstanceInfo>>> GceProvider::createInstances(const InstanceSpec &spec)
{
    if (spec.nodeNames.isEmpty() || spec.image.isEmpty() || spec.cluster.isEmpty())
        return readyResult<QList<InstanceInfo>>(
            CloudError::of(CloudError::Kind::InvalidRequest,
                           tr("A create needs a cluster, an image and at least one node name.")));
    if (spec.flavor.isEmpty())
        return readyResult<QList<InstanceInfo>>(CloudError::of(
            CloudError::Kind::InvalidRequest, tr("A create needs a machine type (flavor).")));
    auto state = std::make_shared<CreateState>();
    state->spec = spec;
    state->pending = int(spec.nodeNames.size());
    state->promise.start();
    auto future = state->promise.future();
    for (const QString &node : spec.nodeNames) {
        GceApi::Call insert;
        insert.method = "POST";
        insert.path = m_api->zonePath() + u"/instances"_s;
        insert.query.addQueryItem(u"requestId"_s, requestId(spec.clientToken, node));
        insert.body = instanceBody(spec, node);
        insert.what = u"instances.insert"_s;
        // Metadata values: the startup script (user data) may carry secrets.
        insert.secretFields = {u"value"_s};
        InstanceInfo info;
        info.id = insert.body->value(u"name"_s).toString();
        info.node = node;
        info.cluster = spec.cluster;
        info.state = InstanceInfo::State::Pending;
        info.flavor = spec.flavor;
        info.launchIndex = int(spec.nodeNames.indexOf(node));
        info.tags = {{QLatin1StringView(CloudTags::Cluster), spec.cluster},
                     {QLatin1StringView(CloudTags::Node), node},
                     {QLatin1StringView(CloudTags::Kind), spec.kind}};
        const auto failed = [this, state, node](CloudError error) {
            error.message = tr("node %1: %2").arg(node, error.message);
            state->errors.append(error);
            if (--state->pending == 0)
                inserted(state);
        };
        const auto succeeded = [this, state, info] {
            state->created.insert(info.node, info);
            if (--state->pending == 0)
                inserted(state);
        };
        m_api->call(insert, [this, failed, succeeded, info](const GceApi::Reply &reply) {
            if (!reply) {
                if (reply.error().httpStatus == 409 || reply.error().code == u"alreadyExists")
                    return adopt(info, failed, succeeded);
                return failed(reply.error());
            }
            m_api->waitOperation(reply.value(), [failed, succeeded](const GceApi::Reply &done) {
                if (!done && done.error().code != u"RESOURCE_ALREADY_EXISTS")
                    return failed(done.error());
                succeeded();
            });
        });
    }
    return future;
}

// The name is taken: ours when an earlier create of this node made it (a re-run after a
// crash), someone else's otherwise.
void GceProvider::adopt(const InstanceInfo &wanted,
                        const std::function<void(CloudError)> &failed,
                        const std::function<void()> &succeeded)
{
    GceApi::Call get;
    get.path = m_api->zonePath() + u"/instances/"_s + wanted.id;
    get.what = u"instances.get"_s;
    m_api->call(get, [wanted, failed, succeeded](const GceApi::Reply &reply) {
        if (!reply)
            return failed(reply.error());
        const InstanceInfo found = gce::instanceFromJson(reply.value());
        if (found.cluster == wanted.cluster && found.node == wanted.node)
            return succeeded();
        CloudError error;
        error.kind = CloudError::Kind::InvalidRequest;
        error.code = u"alreadyExists"_s;
        error.httpStatus = 409;
        error.message
            = tr("an instance named “%1” already exists and is not this node").arg(wanted.id);
        failed(error);
    });
}

void GceProvider::inserted(const std::shared_ptr<CreateState> &state)
{
    const InstanceSpec &spec = state->spec;
    const int wanted = int(spec.nodeNames.size());
    const int minimum = spec.minCount > 0 ? std::min(spec.minCount, wanted) : wanted;
    QList<InstanceInfo> created;
    for (const QString &node : spec.nodeNames) {
        if (state->created.contains(node))
            created.append(state->created.value(node));
    }
    qCInfo(lcGce).noquote() << u"created %1 of %2 %3 instance(s) for %4"_s.arg(created.size())
                                   .arg(wanted)
                                   .arg(spec.kind, spec.cluster);
    if (created.size() >= minimum) {
        for (const CloudError &error : std::as_const(state->errors))
            qCWarning(lcGce).noquote() << error.describe();
        state->promise.addResult(created);
        state->promise.finish();
        return;
    }
    CloudError error = state->errors.value(0);
    if (state->errors.size() > 1)
        error.message
            += u' ' + tr("(and %n more CloudError::of(s))", nullptr, int(state->errors.size() - 1));
    QStringList ids;
    for (const InstanceInfo &info : std::as_const(created))
        ids << info.id;
    // Cancelled (the provider is going away): no new calls; the orphan scan finds them.
    if (ids.isEmpty() || error.kind == CloudError::Kind::Cancelled) {
        state->promise.addResult(error);
        state->promise.finish();
        return;
    }
    // Fewer than the minimum: nothing may be left behind.
    terminateInstances(ids).then([state, error](const CloudResult<Done> &) {
        state->promise.addResult(error);
        state->promise.finish();
    });
}

QFuture<CloudResult<QString>> GceProvider::importKeyPair(const KeyPairSpec &key)
{
    const QList<QByteArray> parts = key.publicKey.simplified().split(' ');
    const QByteArray blob = QByteArray::fromBase64(parts.value(1));
    if (parts.size() < 2 || blob.isEmpty())
        return readyResult<QString>(
            CloudError::of(CloudError::Kind::InvalidRequest,
                           tr("The public key “%1” is not an OpenSSH key line.").arg(key.name)));
    m_keys.insert(key.name, key.publicKey.simplified());
    const QString fingerprint
        = u"SHA256:"_s
          + QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::OmitTrailingEquals));
    return readyResult<QString>(fingerprint);
}

void GceProvider::listInstances(
    const QString &filter, std::function<void(const CloudResult<QList<InstanceInfo>> &)> callback)
{
    GceApi::Call list;
    list.path = m_api->zonePath() + u"/instances"_s;
    list.query.addQueryItem(u"filter"_s, filter);
    list.what = u"instances.list"_s;
    m_api->listAll(list, [callback](const GceApi::Items &items) {
        if (!items)
            return callback(items.error());
        QList<InstanceInfo> result;
        for (const QJsonObject &instance : items.value())
            result.append(gce::instanceFromJson(instance));
        callback(result);
    });
}

QFuture<CloudResult<QList<InstanceInfo>>> GceProvider::describeInstances(const QStringList &ids)
{
    auto promise = std::make_shared<QPromise<CloudResult<QList<InstanceInfo>>>>();
    promise->start();
    auto future = promise->future();
    if (ids.isEmpty()) {
        promise->addResult(QList<InstanceInfo>());
        promise->finish();
        return future;
    }
    // One paged list of every ClusterDeck instance in the zone, rather than one get per id.
    listInstances(
        gce::managedFilter(), [promise, ids](const CloudResult<QList<InstanceInfo>> &listed) {
            if (!listed) {
                promise->addResult(listed.error());
                promise->finish();
                return;
            }
            QHash<QString, InstanceInfo> byId;
            for (const InstanceInfo &info : listed.value())
                byId.insert(info.id, info);
            QList<InstanceInfo> result;
            for (const QString &id : ids) {
                InstanceInfo info = byId.value(id);
                if (info.id.isEmpty()) {
                    info.id = id;
                    info.state = InstanceInfo::State::Terminated;
                    info.stateReason = tr("The cloud does not know this instance (any more).");
                }
                result.append(info);
            }
            promise->addResult(result);
            promise->finish();
        });
    return future;
}

QFuture<CloudResult<QList<InstanceInfo>>> GceProvider::findInstancesByTag(const QString &cluster)
{
    auto promise = std::make_shared<QPromise<CloudResult<QList<InstanceInfo>>>>();
    promise->start();
    auto future = promise->future();
    const QString key = QLatin1StringView(gce::ClusterKey);
    const QString filter = cluster.isEmpty()
                               ? gce::managedFilter()
                               : u"labels.%1 = \"%2\""_s.arg(key, gce::labelValue(cluster));
    listInstances(filter, [promise, cluster](const CloudResult<QList<InstanceInfo>> &listed) {
        if (!listed) {
            promise->addResult(listed.error());
            promise->finish();
            return;
        }
        QList<InstanceInfo> result;
        for (const InstanceInfo &info : listed.value()) {
            // A shortened label may be shared: the metadata has the real name.
            if (cluster.isEmpty() || info.cluster == cluster)
                result.append(info);
        }
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

} // namespace cd
