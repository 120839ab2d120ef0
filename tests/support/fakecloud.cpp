#include "tests/support/fakecloud.h"

#include <QPromise>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd::test {

void FakeCloud::release(Operation operation)
{
    const QList<std::function<void()>> answers = m_held.take(operation);
    for (const auto &answer : answers)
        answer();
}

QStringList FakeCloud::liveIds() const
{
    QStringList ids;
    for (const InstanceInfo &info : instances)
        if (info.state != InstanceInfo::State::Terminated
            && info.state != InstanceInfo::State::Terminating)
            ids << info.id;
    return ids;
}

CloudError FakeCloud::error(CloudError::Kind kind, const QString &code, const QString &message)
{
    CloudError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    e.httpStatus = 400;
    return e;
}

void FakeCloud::answer(QObject *context, Operation operation, std::function<void()> answer)
{
    if (m_held.contains(operation))
        m_held[operation] << std::move(answer);
    else
        QTimer::singleShot(0, context, std::move(answer));
}

FakeCloudProvider::FakeCloudProvider(std::shared_ptr<FakeCloud> cloud, QObject *parent)
    : CloudProvider(parent)
    , m_cloud(std::move(cloud))
{}

FakeCloudProvider::~FakeCloudProvider() = default;

bool FakeCloudProvider::supports(Operation operation) const
{
    if (operation == Operation::Stop || operation == Operation::Start)
        return m_cloud->canStopStart;
    return operation != Operation::ImportKeyPair && operation != Operation::SecurityGroup;
}

template<typename T>
QFuture<CloudResult<T>> FakeCloudProvider::later(Operation operation,
                                                 const QStringList &ids,
                                                 std::function<CloudResult<T>()> make)
{
    ++m_cloud->calls[operation];
    if (m_cloud->onCall)
        m_cloud->onCall(operation, ids);
    auto promise = std::make_shared<QPromise<CloudResult<T>>>();
    promise->start();
    QFuture<CloudResult<T>> future = promise->future();
    m_cloud->answer(this, operation, [cloud = m_cloud, operation, promise, make = std::move(make)] {
        const bool fails = cloud->faults.contains(operation) && operation != Operation::Create;
        promise->addResult(fails ? CloudResult<T>(cloud->faults.value(operation)) : make());
        promise->finish();
    });
    return future;
}

QFuture<CloudResult<QList<InstanceInfo>>>
FakeCloudProvider::createInstances(const InstanceSpec &spec)
{
    m_cloud->creates << spec;
    return later<QList<InstanceInfo>>(Operation::Create, {}, [cloud = m_cloud, spec] {
        using R = CloudResult<QList<InstanceInfo>>;
        if (cloud->faults.contains(Operation::Create)
            && (cloud->failCreateOfKind.isEmpty() || cloud->failCreateOfKind == spec.kind))
            return R(cloud->faults.value(Operation::Create));
        if (cloud->maxInstances >= 0
            && cloud->liveIds().size() + spec.nodeNames.size() > cloud->maxInstances)
            return R(FakeCloud::error(CloudError::Kind::Quota, u"InstanceLimitExceeded"_s,
                                      u"You have requested more instances than allowed."_s));
        QList<InstanceInfo> made;
        for (int i = 0; i < spec.nodeNames.size(); ++i) {
            const int n = cloud->m_nextId++;
            InstanceInfo info;
            info.id = u"i-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
            info.cluster = spec.cluster;
            info.node = spec.nodeNames.at(i);
            info.state = InstanceInfo::State::Pending;
            info.publicIp = u"10.1.0.%1"_s.arg(n);
            info.privateIp = u"192.168.0.%1"_s.arg(n);
            info.flavor = spec.flavor;
            info.image = spec.image;
            info.launchIndex = i;
            info.tags = spec.tags;
            info.tags.insert(QString::fromLatin1(CloudTags::Cluster), spec.cluster);
            info.tags.insert(QString::fromLatin1(CloudTags::Node), info.node);
            info.tags.insert(QString::fromLatin1(CloudTags::Kind), spec.kind);
            cloud->instances.insert(info.id, info);
            made << info;
        }
        return R(made);
    });
}

QFuture<CloudResult<QList<InstanceInfo>>>
FakeCloudProvider::describeInstances(const QStringList &ids)
{
    m_cloud->describes << ids;
    return later<QList<InstanceInfo>>(Operation::Describe, ids, [cloud = m_cloud, ids] {
        QList<InstanceInfo> found;
        for (const QString &id : ids) {
            auto it = cloud->instances.find(id);
            if (it == cloud->instances.end()) {
                InstanceInfo gone;
                gone.id = id;
                gone.state = InstanceInfo::State::Terminated;
                found << gone;
                continue;
            }
            found << *it;
            using S = InstanceInfo::State;
            if (it->state == S::Pending)
                it->state = S::Running;
            else if (it->state == S::Stopping)
                it->state = S::Stopped;
            else if (it->state == S::Terminating)
                it->state = S::Terminated;
        }
        return CloudResult<QList<InstanceInfo>>(found);
    });
}

QFuture<CloudResult<Done>>
FakeCloudProvider::transition(Operation operation, const QStringList &ids, InstanceInfo::State to)
{
    return later<Done>(operation, ids, [cloud = m_cloud, ids, to] {
        using S = InstanceInfo::State;
        for (const QString &id : ids) {
            auto it = cloud->instances.find(id);
            if (it == cloud->instances.end() || it->state == S::Terminated)
                continue; // gone already: fine for terminate, nothing to do for stop/start
            if (to == S::Pending && cloud->addressAfterStart.contains(id))
                it->publicIp = cloud->addressAfterStart.value(id);
            it->state = to;
        }
        return CloudResult<Done>(Done{});
    });
}

QFuture<CloudResult<Done>> FakeCloudProvider::terminateInstances(const QStringList &ids)
{
    return transition(Operation::Terminate, ids, InstanceInfo::State::Terminating);
}

QFuture<CloudResult<Done>> FakeCloudProvider::stopInstances(const QStringList &ids)
{
    if (!m_cloud->canStopStart)
        return unsupported<Done>(Operation::Stop);
    return transition(Operation::Stop, ids, InstanceInfo::State::Stopping);
}

QFuture<CloudResult<Done>> FakeCloudProvider::startInstances(const QStringList &ids)
{
    if (!m_cloud->canStopStart)
        return unsupported<Done>(Operation::Start);
    return transition(Operation::Start, ids, InstanceInfo::State::Pending);
}

QFuture<CloudResult<QString>> FakeCloudProvider::importKeyPair(const KeyPairSpec &)
{
    return unsupported<QString>(Operation::ImportKeyPair);
}

QFuture<CloudResult<QString>> FakeCloudProvider::ensureSecurityGroup(const SecurityGroupSpec &)
{
    return unsupported<QString>(Operation::SecurityGroup);
}

QFuture<CloudResult<QList<ImageInfo>>> FakeCloudProvider::listImages(const ImageQuery &)
{
    return later<QList<ImageInfo>>(Operation::ListImages, {}, [] {
        return CloudResult<QList<ImageInfo>>(QList<ImageInfo>{});
    });
}

QFuture<CloudResult<QList<FlavorInfo>>> FakeCloudProvider::listFlavors()
{
    return later<QList<FlavorInfo>>(Operation::ListFlavors, {}, [] {
        return CloudResult<QList<FlavorInfo>>(QList<FlavorInfo>{});
    });
}

QFuture<CloudResult<QList<NetworkInfo>>> FakeCloudProvider::listNetworks()
{
    return later<QList<NetworkInfo>>(Operation::ListNetworks, {}, [] {
        return CloudResult<QList<NetworkInfo>>(QList<NetworkInfo>{});
    });
}

QFuture<CloudResult<QuotaInfo>> FakeCloudProvider::quota()
{
    return later<QuotaInfo>(Operation::Quota, {}, [cloud = m_cloud] {
        QuotaInfo q;
        q.maxInstances = cloud->maxInstances;
        q.usedInstances = int(cloud->liveIds().size());
        return CloudResult<QuotaInfo>(q);
    });
}

QFuture<CloudResult<QList<InstanceInfo>>>
FakeCloudProvider::findInstancesByTag(const QString &cluster)
{
    return later<QList<InstanceInfo>>(Operation::FindByTag, {}, [cloud = m_cloud, cluster] {
        QList<InstanceInfo> found;
        for (const InstanceInfo &info : std::as_const(cloud->instances))
            if (cluster.isEmpty() ? !info.cluster.isEmpty() : info.cluster == cluster)
                found << info;
        return CloudResult<QList<InstanceInfo>>(found);
    });
}

} // namespace cd::test
