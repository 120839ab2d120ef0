#include "model/lifecycle/startclusterjob.h"

#include "model/repository/clusterrepository.h"
#include "providers/core/crashpoint.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Same cluster, kind and nodes → same token: a create retried after a crash or a timeout
// returns the instances of the first attempt instead of making new ones (EC2 ClientToken).
QString clientToken(const Cluster &cluster, const QString &kind, const QStringList &nodes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(cluster.name.toUtf8());
    hash.addData(cluster.created.toString(Qt::ISODateWithMs).toUtf8());
    hash.addData(kind.toUtf8());
    hash.addData(nodes.join(u',').toUtf8());
    return u"cd-"_s + QString::fromLatin1(hash.result().toHex().left(40));
}

bool needsInstance(const Node &n)
{
    return n.instanceId.isEmpty()
           && (n.state == NodeState::Planned || n.state == NodeState::Failed
               || n.state == NodeState::Requested || n.state == NodeState::Terminated);
}

} // namespace

StartClusterJob::StartClusterJob(ClusterRepository *repository,
                                 std::shared_ptr<CloudProvider> provider,
                                 NodeProber *prober,
                                 QString cluster,
                                 StartOptions options,
                                 QObject *parent)
    : Job(parent)
    , m_repository(repository)
    , m_provider(std::move(provider))
    , m_prober(prober)
    , m_name(std::move(cluster))
    , m_options(std::move(options))
    , m_record(repository, m_name)
    , m_cluster(m_record.cluster())
{
    m_record.onStateChanged = [this](const Node &node, const QString &detail) {
        emit nodeStateChanged(node.name, node.state, detail);
    };
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &StartClusterJob::poll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &StartClusterJob::deadlineReached);
    if (m_prober) {
        connect(m_prober, &NodeProber::alive, this, &StartClusterJob::onAlive);
        connect(m_prober, &NodeProber::failed, this, &StartClusterJob::onProbeFailed);
    }
}

StartClusterJob::~StartClusterJob() = default;

bool StartClusterJob::settled(const Node &n) const
{
    switch (n.state) {
    case NodeState::Reachable:
    case NodeState::Configuring:
    case NodeState::Ready:
    case NodeState::Failed:
    case NodeState::Unreachable:
    case NodeState::Terminated:
        return true;
    default:
        return false;
    }
}

void StartClusterJob::doStart()
{
    if (!m_record.load())
        return failWith(tr("There is no cluster named “%1”.").arg(m_name));
    if (!m_provider)
        return failWith(tr("No cloud provider for cluster “%1”.").arg(m_name));
    const int timeout = m_options.startTimeoutSec > 0 ? m_options.startTimeoutSec
                                                      : m_cluster.spec.startTimeoutSec;
    m_deadline.start(qMax(1, timeout) * 1000);

    m_cluster.state = ClusterState::Starting;
    m_cluster.updated = QDateTime::currentDateTimeUtc();
    if (auto s = m_repository->updateCluster(m_cluster); !s)
        return failWith(s.error());
    event(tr("Starting %n node(s).", nullptr, int(m_cluster.nodes.size())));
    prepare();
}

// Before the first create: the login's key pair and the cluster's security group, where the
// cloud has them (a different key under the same name stops the start with a clear error).
void StartClusterJob::prepare()
{
    using Op = CloudProvider::Operation;
    if (!m_options.keyName.isEmpty() && !m_options.publicKey.isEmpty()
        && m_provider->supports(Op::ImportKeyPair)) {
        KeyPairSpec key{m_options.keyName, m_options.publicKey};
        m_options.publicKey.clear(); // once
        m_provider->importKeyPair(key).then(this, [this](const CloudResult<QString> &r) {
            if (!r.ok())
                return cleanUpThen(tr("The key pair “%1” could not be set up: %2")
                                       .arg(m_options.keyName, r.error().describe()),
                                   false);
            prepare();
        });
        return;
    }
    if (m_options.clusterSecurityGroup && m_options.securityGroups.isEmpty()
        && m_provider->supports(Op::SecurityGroup)) {
        m_options.clusterSecurityGroup = false; // once
        SecurityGroupSpec group;
        group.name = u"clusterdeck-"_s + m_name;
        group.description = tr("ClusterDeck cluster %1").arg(m_name);
        m_provider->ensureSecurityGroup(group).then(this, [this](const CloudResult<QString> &r) {
            if (!r.ok())
                return cleanUpThen(
                    tr("The security group could not be set up: %1").arg(r.error().describe()),
                    false);
            m_options.securityGroups = {r.value()};
            prepare();
        });
        return;
    }
    requestAll();
}

void StartClusterJob::requestAll()
{
    if (isCancelRequested())
        return cleanUpThen(tr("Start cancelled."), true);
    // Announce every request before making it, in one transaction.
    QMap<QString, QList<Node>> byKind;
    QList<Node *> requested;
    for (Node &n : m_cluster.nodes) {
        if (!needsInstance(n))
            continue;
        setState(n, NodeState::Requested);
        requested << &n;
        byKind[n.kind] << n;
    }
    persist(requested);
    crashPoint("start.afterRequestedStored");
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        requestKind(it.key(), it.value());
    m_pollTimer.start();
    QTimer::singleShot(0, this, &StartClusterJob::poll); // nodes left running by an earlier start
}

void StartClusterJob::requestKind(const QString &kind, const QList<Node> &nodes)
{
    const NodeKindSpec *spec = m_cluster.spec.kind(kind);
    InstanceSpec request;
    request.cluster = m_name;
    request.kind = kind;
    for (const Node &n : nodes)
        request.nodeNames << n.name;
    request.minCount = spec ? qMin(spec->minCount, int(nodes.size())) : 0;
    request.minCount = qMax(1, request.minCount);
    if (spec) {
        request.image = spec->image;
        request.flavor = spec->flavor;
        request.networks = spec->networks;
        request.userData = spec->userData.toUtf8();
        request.bootDiskSizeGb = spec->bootDiskSizeGb;
        request.bootDiskType = spec->bootDiskType;
        request.spotPrice = spec->spotPrice;
        request.preemptible = spec->preemptible;
        request.tags = spec->tags;
        request.settings = spec->settings;
    }
    request.keyName = m_options.keyName;
    // Clouds without key pairs (GCE) put the key into the instance for this user.
    const QString loginUser
        = spec && !spec->imageUser.isEmpty() ? spec->imageUser : m_options.loginUser;
    if (!loginUser.isEmpty() && !request.settings.contains(u"login_user"_s))
        request.settings.insert(u"login_user"_s, loginUser);
    request.securityGroups = m_options.securityGroups;
    request.clientToken = clientToken(m_cluster, kind, request.nodeNames);
    ++m_pendingCreates;
    event(tr("Requesting %n %1 node(s).", nullptr, int(nodes.size())).arg(kind));
    m_provider->createInstances(request).then(
        this, [this, kind, names = request.nodeNames](const CloudResult<QList<InstanceInfo>> &r) {
            created(kind, names, r);
        });
}

void StartClusterJob::created(const QString &kind,
                              const QStringList &requested,
                              const CloudResult<QList<InstanceInfo>> &result)
{
    --m_pendingCreates;
    crashPoint("start.afterCreateBeforeStore");
    QList<Node *> changed;
    if (!result.ok()) {
        const QString why = result.error().describe();
        event(tr("Creating the %1 nodes failed: %2").arg(kind, why), {}, 3);
        for (const QString &name : requested)
            if (Node *n = node(name); n && n->instanceId.isEmpty()) {
                setState(*n, NodeState::Failed, why);
                changed << n;
            }
        persist(changed);
    } else {
        QStringList unassigned = requested;
        for (const InstanceInfo &info : result.value()) {
            QString name = requested.contains(info.node) ? info.node : QString();
            if (name.isEmpty() && info.launchIndex >= 0 && info.launchIndex < requested.size()
                && unassigned.contains(requested.at(info.launchIndex)))
                name = requested.at(info.launchIndex);
            if (name.isEmpty() && !unassigned.isEmpty())
                name = unassigned.first();
            Node *n = node(name);
            if (!n)
                continue;
            unassigned.removeOne(name);
            n->instanceId = info.id;
            n->publicIp = info.publicIp;
            n->privateIp = info.privateIp;
            if (!info.flavor.isEmpty())
                n->flavor = info.flavor;
            setState(*n, ClusterRecord::fromCloud(info.state) == NodeState::Running
                             ? NodeState::Running
                             : NodeState::Pending);
            changed << n;
        }
        for (const QString &name : unassigned)
            if (Node *n = node(name)) {
                setState(*n, NodeState::Failed,
                         tr("The cloud created only %1 of the %2 %3 nodes asked for.")
                             .arg(result.value().size())
                             .arg(requested.size())
                             .arg(kind));
                changed << n;
            }
        // The ids are stored the moment they are known (one transaction for the batch).
        persist(changed);
        crashPoint("start.afterCreateStored");
    }
    if (isCancelRequested() && m_pendingCreates == 0)
        return cleanUpThen(tr("Start cancelled."), true);
    maybeFinish();
}

void StartClusterJob::poll()
{
    if (m_describing || m_concluding || isCancelRequested())
        return;
    QStringList ids;
    for (const Node &n : m_cluster.nodes)
        if (!n.instanceId.isEmpty()
            && (n.state == NodeState::Pending || n.state == NodeState::Requested
                || (n.state == NodeState::Running && !m_probing.contains(n.name))))
            ids << n.instanceId;
    if (ids.isEmpty())
        return maybeFinish();
    m_describing = true;
    m_provider->describeInstances(ids).then(this,
                                            [this](const CloudResult<QList<InstanceInfo>> &r) {
                                                m_describing = false;
                                                described(r);
                                            });
}

void StartClusterJob::described(const CloudResult<QList<InstanceInfo>> &result)
{
    if (m_concluding || isCancelRequested())
        return;
    if (!result.ok()) {
        event(tr("Asking the cloud for node states failed (will retry): %1")
                  .arg(result.error().describe()),
              {}, 2);
        return;
    }
    QList<Node *> changed;
    QList<NodeProber::Request> toProbe;
    for (const InstanceInfo &info : result.value()) {
        Node *n = m_record.nodeByInstance(info.id);
        if (!n)
            continue;
        if (m_record.applyCloudInfo(*n, info))
            changed << n;
        if (n->state != NodeState::Running || m_probing.contains(n->name))
            continue;
        QStringList addresses;
        for (const QString &a : {n->preferredIp, n->publicIp, n->privateIp})
            if (!a.isEmpty() && !addresses.contains(a))
                addresses << a;
        if (!addresses.isEmpty()) {
            m_probing.insert(n->name);
            toProbe.append({n->name, addresses});
        }
    }
    persist(changed);
    if (!toProbe.isEmpty() && m_prober) {
        const int attempt = (m_options.probeTimeoutSec > 0 ? m_options.probeTimeoutSec
                                                           : m_cluster.spec.sshProbeTimeoutSec);
        m_prober->probe(toProbe, qMax(1, attempt) * 1000, qMax(1000, m_deadline.remainingTime()));
    }
    maybeFinish();
}

void StartClusterJob::onAlive(const QString &name, const QString &address)
{
    Node *n = node(name);
    if (!n || !m_probing.remove(name) || isFinished())
        return;
    n->preferredIp = address;
    setState(*n, NodeState::Reachable);
    persist({n});
    crashPoint("start.probing");
    maybeFinish();
}

void StartClusterJob::onProbeFailed(const QString &name, const QString &reason, bool hostKeyChanged)
{
    Node *n = node(name);
    if (!n || !m_probing.remove(name) || isFinished())
        return;
    setState(*n, NodeState::Unreachable, reason);
    persist({n});
    event(hostKeyChanged ? tr("Host key changed; the node is not trusted: %1").arg(reason)
                         : tr("Not reachable over SSH: %1").arg(reason),
          name, hostKeyChanged ? 3 : 2);
    maybeFinish();
}

void StartClusterJob::deadlineReached()
{
    if (m_concluding)
        return;
    const int timeout = m_deadline.interval() / 1000;
    QList<Node *> changed;
    for (Node &n : m_cluster.nodes) {
        if (settled(n))
            continue;
        const bool running = n.state == NodeState::Running;
        setState(n, running ? NodeState::Unreachable : NodeState::Failed,
                 running ? tr("Not reachable over SSH within %1 s.").arg(timeout)
                         : tr("Did not start within %1 s.").arg(timeout));
        changed << &n;
    }
    persist(changed);
    m_probing.clear();
    if (m_prober)
        m_prober->cancel();
    if (m_pendingCreates == 0)
        conclude();
}

void StartClusterJob::maybeFinish()
{
    if (m_concluding || m_pendingCreates > 0 || isFinished())
        return;
    for (const Node &n : m_cluster.nodes)
        if (!settled(n))
            return;
    conclude();
}

} // namespace cd
