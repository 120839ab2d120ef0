#pragma once

#include "providers/cloud/clouderror.h"
#include "providers/cloud/cloudtypes.h"

#include <QFuture>
#include <QObject>

namespace cd {

// The contract every cloud implements (EC2, OpenStack, GCE, existing machines). Batch-shaped:
// one create call per node kind, one describe call for all ids (paged inside), never one call
// per node. Every call is asynchronous and finishes on the provider's thread with a value or
// a typed CloudError; retries of throttled/transient failures happen inside.
class CloudProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudProvider)

public:
    enum class Operation {
        Create,
        Describe,
        Terminate,
        Stop,
        Start,
        ImportKeyPair,
        SecurityGroup,
        ListImages,
        ListFlavors,
        ListNetworks,
        Quota,
        FindByTag,
    };

    explicit CloudProvider(QObject *parent = nullptr);
    ~CloudProvider() override;

    virtual QString typeName() const = 0; // "ec2", "static", …
    virtual bool supports(Operation operation) const = 0;

    // Creates spec.nodeNames.size() instances (at least spec.minCount, or fails and leaves
    // nothing behind), tagged with cluster, kind and node. The result lists each created
    // instance with its id and node name as soon as the cloud answered.
    virtual QFuture<CloudResult<QList<InstanceInfo>>> createInstances(const InstanceSpec &spec) = 0;
    // One answer for all ids; an id the cloud no longer knows comes back as Terminated.
    virtual QFuture<CloudResult<QList<InstanceInfo>>> describeInstances(const QStringList &ids) = 0;
    // Instances already gone count as terminated, not as an error.
    virtual QFuture<CloudResult<Done>> terminateInstances(const QStringList &ids) = 0;
    virtual QFuture<CloudResult<Done>> stopInstances(const QStringList &ids) = 0;
    virtual QFuture<CloudResult<Done>> startInstances(const QStringList &ids) = 0;

    // Returns the fingerprint the cloud knows. A different key under the same name is an
    // InvalidRequest that says so.
    virtual QFuture<CloudResult<QString>> importKeyPair(const KeyPairSpec &key) = 0;
    // Creates the group once (members may talk to each other freely, SSH from spec.sshFrom)
    // and returns its id; later calls find and return the same group.
    virtual QFuture<CloudResult<QString>> ensureSecurityGroup(const SecurityGroupSpec &spec) = 0;

    virtual QFuture<CloudResult<QList<ImageInfo>>> listImages(const ImageQuery &query) = 0;
    virtual QFuture<CloudResult<QList<FlavorInfo>>> listFlavors() = 0;
    virtual QFuture<CloudResult<QList<NetworkInfo>>> listNetworks() = 0;
    virtual QFuture<CloudResult<QuotaInfo>> quota() = 0;
    // Every instance tagged as belonging to `cluster` (empty: to any ClusterDeck cluster).
    virtual QFuture<CloudResult<QList<InstanceInfo>>> findInstancesByTag(const QString &cluster)
        = 0;

protected:
    // A finished future carrying an Unsupported error, for operations a provider lacks.
    template<typename T>
    QFuture<CloudResult<T>> unsupported(Operation operation) const;
    static QString operationName(Operation operation);
};

template<typename T>
QFuture<CloudResult<T>> CloudProvider::unsupported(Operation operation) const
{
    CloudError error;
    error.kind = CloudError::Kind::Unsupported;
    error.message = tr("The %1 provider cannot %2.").arg(typeName(), operationName(operation));
    return QtFuture::makeReadyFuture(CloudResult<T>(error));
}

} // namespace cd
