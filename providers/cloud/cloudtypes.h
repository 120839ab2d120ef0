#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cd {

// Tags every provider puts on every instance, so that a crash never orphans a VM: an orphan
// scan finds instances by cluster and maps them back to nodes.
namespace CloudTags {
inline constexpr auto Cluster = "clusterdeck:cluster";
inline constexpr auto Node = "clusterdeck:node";
inline constexpr auto Kind = "clusterdeck:kind";
} // namespace CloudTags

// What to create: the instances of one node kind, in one call where the cloud allows it.
struct InstanceSpec final
{
    QString cluster;
    QString kind;
    QStringList nodeNames; // one per instance wanted, e.g. compute001…compute004
    int minCount = 0;      // accept as few as this many (0: all of nodeNames)
    QString image;
    QString flavor;
    QString keyName;            // the cloud's key pair
    QStringList securityGroups; // ids where the cloud has them
    QStringList networks;       // subnets / networks
    QByteArray userData;        // raw; the provider encodes it as its API wants
    int bootDiskSizeGb = 0;     // 0: the image's default
    QString bootDiskType;
    QString spotPrice; // non-empty: a spot/preemptible request at this maximum price
    bool preemptible = false;
    QMap<QString, QString> tags;     // extra user tags
    QMap<QString, QString> settings; // provider-specific (placement_group, zone …)
    QString clientToken;             // idempotency: a retried create never creates twice
};

// What the cloud says about one instance.
struct InstanceInfo final
{
    enum class State {
        Pending,
        Running,
        Stopping,
        Stopped,
        Terminating,
        Terminated,
        Error,
        Unknown
    };

    QString id;
    QString cluster; // from the tags, when present
    QString node;    // from the tags, when present
    State state = State::Unknown;
    QString stateReason;
    QString publicIp;
    QString privateIp;
    QString flavor;
    QString image;
    int launchIndex = -1; // position in the create call, where the cloud reports it
    QDateTime launched;
    QMap<QString, QString> tags;

    static QString stateName(State state);
};

struct ImageQuery final
{
    QStringList owners; // e.g. "self", "amazon", an account id
    QString nameFilter; // substring or glob, provider-specific
    int limit = 200;
};

struct ImageInfo final
{
    QString id;
    QString name;
    QString description;
    QString owner;
    QDateTime created;
};

struct FlavorInfo final
{
    QString name;
    int vcpus = 0;
    qint64 memoryMiB = 0;
    int diskGb = 0; // 0: not part of the flavor
};

struct NetworkInfo final
{
    QString id;
    QString name;
    QString cidr;
    QString parentId; // the VPC of a subnet, where it applies
    QString zone;
};

// -1: the cloud does not say.
struct QuotaInfo final
{
    int maxInstances = -1;
    int usedInstances = -1;
    int maxVcpus = -1;
    int usedVcpus = -1;
};

struct SecurityGroupSpec final
{
    QString name; // e.g. clusterdeck-<cluster>
    QString description;
    QString network; // VPC / network the group belongs to, where the cloud needs one
    QString sshFrom = QStringLiteral("0.0.0.0/0"); // CIDR allowed to reach port 22
};

struct KeyPairSpec final
{
    QString name;
    QByteArray publicKey; // OpenSSH public key line
};

} // namespace cd
