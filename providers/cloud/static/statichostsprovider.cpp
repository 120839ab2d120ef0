#include "providers/cloud/static/statichostsprovider.h"

#include "providers/cloud/static/hostallocations.h"

#include <QDir>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

InstanceInfo infoFor(const QString &host, const HostAllocation *allocation)
{
    InstanceInfo info;
    info.id = host;
    info.publicIp = host;
    info.privateIp = host.section(u':', 0, 0);
    if (!allocation) {
        info.state = InstanceInfo::State::Terminated;
        return info;
    }
    info.state = InstanceInfo::State::Running;
    info.cluster = allocation->cluster;
    info.node = allocation->node;
    info.launched = allocation->since;
    info.tags = {{QString::fromLatin1(CloudTags::Cluster), allocation->cluster},
                 {QString::fromLatin1(CloudTags::Node), allocation->node},
                 {QString::fromLatin1(CloudTags::Kind), allocation->kind}};
    return info;
}

CloudError stateError(const QString &message)
{
    CloudError error;
    error.kind = CloudError::Kind::Transient;
    error.message = message;
    return error;
}

} // namespace

StaticHostsProvider::StaticHostsProvider(QString accountName,
                                         QStringList hosts,
                                         QString stateFile,
                                         QObject *parent)
    : CloudProvider(parent)
    , m_account(std::move(accountName))
    , m_hosts(std::move(hosts))
    , m_stateFile(std::move(stateFile))
{}

StaticHostsProvider::~StaticHostsProvider() = default;

QStringList StaticHostsProvider::parseHosts(const QString &text, QString *error)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    // A host name or IPv4 address, optionally :port (IPv6 as [addr]:port).
    static const QRegularExpression entry(
        u"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?$"_s);
    QStringList hosts;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const auto match = entry.match(part);
        if (!match.hasMatch() || (match.hasCaptured(1) && match.captured(1).toInt() > 65535)
            || (match.hasCaptured(1) && match.captured(1).toInt() == 0)) {
            *error = tr("“%1” is not a host name or address with an optional :port.").arg(part);
            return {};
        }
        if (!hosts.contains(part))
            hosts << part;
    }
    if (hosts.isEmpty())
        *error = tr("No hosts are listed (set `hosts = address, address:port, …`).");
    return hosts;
}

std::unique_ptr<CloudProvider> StaticHostsProvider::create(const ProviderConfig &config,
                                                           const ProviderContext &context,
                                                           QString *error)
{
    QString problem;
    const QStringList hosts = parseHosts(config.settings.value(u"hosts"_s), &problem);
    if (hosts.isEmpty()) {
        *error = tr("Account “%1”: %2").arg(config.name, problem);
        return nullptr;
    }
    if (context.stateDir.isEmpty() || !QDir().mkpath(context.stateDir)) {
        *error = tr("Account “%1”: no folder to remember which hosts are in use.").arg(config.name);
        return nullptr;
    }
    QString safeName = config.name;
    safeName.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
    return std::make_unique<StaticHostsProvider>(
        config.name, hosts, context.stateDir + u"/static-"_s + safeName + u".json"_s);
}

bool StaticHostsProvider::supports(Operation operation) const
{
    switch (operation) {
    case Operation::Create:
    case Operation::Describe:
    case Operation::Terminate:
    case Operation::Quota:
    case Operation::FindByTag:
        return true;
    default:
        return false;
    }
}

QFuture<CloudResult<QList<InstanceInfo>>>
StaticHostsProvider::createInstances(const InstanceSpec &spec)
{
    return QtConcurrent::run([file = m_stateFile, hosts = m_hosts, spec,
                              account = m_account]() -> CloudResult<QList<InstanceInfo>> {
        QList<InstanceInfo> created;
        QString failure;
        const bool ok = HostAllocations::update(file, [&](QMap<QString, HostAllocation> &map) {
            QStringList free;
            for (const QString &host : hosts)
                if (!map.contains(host))
                    free << host;
            const int wanted = int(spec.nodeNames.size());
            const int least = spec.minCount > 0 ? qMin(spec.minCount, wanted) : wanted;
            if (free.size() < least) {
                failure = tr("Only %1 of the %2 hosts of “%3” are free; %4 are needed.")
                              .arg(free.size())
                              .arg(hosts.size())
                              .arg(account)
                              .arg(least);
                return false;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < wanted && i < free.size(); ++i) {
                const HostAllocation a{spec.cluster, spec.kind, spec.nodeNames.at(i), now};
                map.insert(free.at(i), a);
                InstanceInfo info = infoFor(free.at(i), &a);
                info.launchIndex = i;
                created << info;
            }
            return true;
        });
        if (!failure.isEmpty()) {
            CloudError error;
            error.kind = CloudError::Kind::Quota;
            error.message = failure;
            return error;
        }
        if (!ok)
            return stateError(tr("Cannot update %1.").arg(file));
        return created;
    });
}

QFuture<CloudResult<QList<InstanceInfo>>>
StaticHostsProvider::describeInstances(const QStringList &ids)
{
    return QtConcurrent::run([file = m_stateFile, ids]() -> CloudResult<QList<InstanceInfo>> {
        bool ok = false;
        const auto map = HostAllocations::read(file, &ok);
        if (!ok)
            return stateError(tr("Cannot read %1.").arg(file));
        QList<InstanceInfo> list;
        for (const QString &id : ids) {
            const auto it = map.constFind(id);
            list << infoFor(id, it == map.cend() ? nullptr : &*it);
        }
        return list;
    });
}

QFuture<CloudResult<Done>> StaticHostsProvider::terminateInstances(const QStringList &ids)
{
    return QtConcurrent::run([file = m_stateFile, ids]() -> CloudResult<Done> {
        const bool ok = HostAllocations::update(file, [&](QMap<QString, HostAllocation> &map) {
            for (const QString &id : ids)
                map.remove(id);
            return true;
        });
        if (!ok)
            return stateError(tr("Cannot update %1.").arg(file));
        return Done{};
    });
}

QFuture<CloudResult<QList<InstanceInfo>>>
StaticHostsProvider::findInstancesByTag(const QString &cluster)
{
    return QtConcurrent::run([file = m_stateFile, cluster]() -> CloudResult<QList<InstanceInfo>> {
        bool ok = false;
        const auto map = HostAllocations::read(file, &ok);
        if (!ok)
            return stateError(tr("Cannot read %1.").arg(file));
        QList<InstanceInfo> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (cluster.isEmpty() || it->cluster == cluster)
                list << infoFor(it.key(), &*it);
        return list;
    });
}

QFuture<CloudResult<QuotaInfo>> StaticHostsProvider::quota()
{
    return QtConcurrent::run([file = m_stateFile, hosts = m_hosts]() -> CloudResult<QuotaInfo> {
        bool ok = false;
        const auto map = HostAllocations::read(file, &ok);
        if (!ok)
            return stateError(tr("Cannot read %1.").arg(file));
        QuotaInfo info;
        info.maxInstances = int(hosts.size());
        info.usedInstances = 0;
        for (const QString &host : hosts)
            info.usedInstances += map.contains(host);
        return info;
    });
}

QFuture<CloudResult<Done>> StaticHostsProvider::stopInstances(const QStringList &)
{
    return unsupported<Done>(Operation::Stop);
}

QFuture<CloudResult<Done>> StaticHostsProvider::startInstances(const QStringList &)
{
    return unsupported<Done>(Operation::Start);
}

QFuture<CloudResult<QString>> StaticHostsProvider::importKeyPair(const KeyPairSpec &)
{
    return unsupported<QString>(Operation::ImportKeyPair);
}

QFuture<CloudResult<QString>> StaticHostsProvider::ensureSecurityGroup(const SecurityGroupSpec &)
{
    return unsupported<QString>(Operation::SecurityGroup);
}

QFuture<CloudResult<QList<ImageInfo>>> StaticHostsProvider::listImages(const ImageQuery &)
{
    return unsupported<QList<ImageInfo>>(Operation::ListImages);
}

QFuture<CloudResult<QList<FlavorInfo>>> StaticHostsProvider::listFlavors()
{
    return unsupported<QList<FlavorInfo>>(Operation::ListFlavors);
}

QFuture<CloudResult<QList<NetworkInfo>>> StaticHostsProvider::listNetworks()
{
    return unsupported<QList<NetworkInfo>>(Operation::ListNetworks);
}

} // namespace cd
