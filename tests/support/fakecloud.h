#pragma once

#include "providers/cloud/cloudprovider.h"

#include <QList>
#include <QMap>

#include <functional>
#include <memory>

namespace cd::test {

// An in-process cloud for job-level tests: instances live in memory, every call is answered
// on a later turn of the event loop (never inside the call), calls are counted, faults are
// injected per operation and answers can be held back to act while a call is in flight.
// Each describe reports the instances as they are and then moves transitional states one step
// on (Pending → Running, Stopping → Stopped, Terminating → Terminated), so waiting for a state
// takes more than one poll round. Shared by any number of FakeCloudProvider objects.
class FakeCloud final
{
public:
    using Operation = CloudProvider::Operation;

    QMap<QString, InstanceInfo> instances; // by id, terminated ones included
    QList<InstanceSpec> creates;           // every create call's spec, in order
    QList<QStringList> describes;          // every describe call's ids, in order
    QMap<Operation, int> calls;
    // The next calls of an operation fail with this error until it is taken out.
    QMap<Operation, CloudError> faults;
    QString failCreateOfKind; // only creates of this kind fail (with faults[Create])
    int maxInstances = -1;    // live instances allowed; more: a Quota error, nothing created
    bool canStopStart = true;
    // New public addresses given to instances when they are started again (id → address).
    QMap<QString, QString> addressAfterStart;
    // Called when a call arrives, before it is answered (e.g. to look at the repository).
    std::function<void(Operation operation, const QStringList &ids)> onCall;

    // Answers to calls of `operation` wait until release() (in arrival order).
    void hold(Operation operation) { m_held.insert(operation, {}); }
    int heldCalls(Operation operation) const { return int(m_held.value(operation).size()); }
    void release(Operation operation);

    // Instances neither terminated nor being terminated (what would go on costing money).
    QStringList liveIds() const;
    static CloudError error(CloudError::Kind kind, const QString &code, const QString &message);

private:
    friend class FakeCloudProvider;
    // Runs `answer` later, or keeps it while `operation` is held.
    void answer(QObject *context, Operation operation, std::function<void()> answer);

    QMap<Operation, QList<std::function<void()>>> m_held;
    int m_nextId = 1;
};

class FakeCloudProvider final : public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeCloudProvider)

public:
    explicit FakeCloudProvider(std::shared_ptr<FakeCloud> cloud, QObject *parent = nullptr);
    ~FakeCloudProvider() override;

    QString typeName() const override { return QStringLiteral("fake"); }
    bool supports(Operation operation) const override;

    QFuture<CloudResult<QList<InstanceInfo>>> createInstances(const InstanceSpec &spec) override;
    QFuture<CloudResult<QList<InstanceInfo>>> describeInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> terminateInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> stopInstances(const QStringList &ids) override;
    QFuture<CloudResult<Done>> startInstances(const QStringList &ids) override;
    QFuture<CloudResult<QString>> importKeyPair(const KeyPairSpec &key) override;
    QFuture<CloudResult<QString>> ensureSecurityGroup(const SecurityGroupSpec &spec) override;
    QFuture<CloudResult<QList<ImageInfo>>> listImages(const ImageQuery &query) override;
    QFuture<CloudResult<QList<FlavorInfo>>> listFlavors() override;
    QFuture<CloudResult<QList<NetworkInfo>>> listNetworks() override;
    QFuture<CloudResult<QuotaInfo>> quota() override;
    QFuture<CloudResult<QList<InstanceInfo>>> findInstancesByTag(const QString &cluster) override;

private:
    template<typename T>
    QFuture<CloudResult<T>>
    later(Operation operation, const QStringList &ids, std::function<CloudResult<T>()> make);
    QFuture<CloudResult<Done>>
    transition(Operation operation, const QStringList &ids, InstanceInfo::State to);

    std::shared_ptr<FakeCloud> m_cloud;
};

} // namespace cd::test
