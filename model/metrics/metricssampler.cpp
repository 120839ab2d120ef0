#include "model/metrics/metricssampler.h"

#include "model/domain/nodelogin.h"
#include "model/repository/clusterrepository.h"
#include "providers/ssh/remotecommand.h"

#include <QCoreApplication>

namespace cd {

namespace {

constexpr int CommandTimeoutMs = 10000;

} // namespace

MetricsSampler::MetricsSampler(ClusterRepository *repository,
                               std::function<QString(const QString &)> knownHostsFile,
                               QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_knownHostsFile(std::move(knownHostsFile))
{
    connect(&m_timer, &QTimer::timeout, this, &MetricsSampler::sampleNow);
}

MetricsSampler::~MetricsSampler() = default;

void MetricsSampler::setCluster(const QString &cluster)
{
    if (cluster == m_cluster)
        return;
    m_cluster = cluster;
    m_samples.clear();
    m_pending.clear();
    ++m_generation;
    emit clusterChanged(cluster);
    if (m_timer.isActive())
        sampleNow();
}

void MetricsSampler::setInterval(int seconds)
{
    m_timer.stop();
    if (seconds > 0)
        m_timer.start(seconds * 1000);
}

void MetricsSampler::addSample(const QString &node, const MetricSample &sample)
{
    QList<MetricSample> &list = m_samples[node];
    list << sample;
    const QDateTime oldest = sample.time.addSecs(-KeepSeconds);
    while (!list.isEmpty() && list.first().time < oldest)
        list.removeFirst();
    emit sampled(node);
}

void MetricsSampler::take(const QString &name,
                          int generation,
                          const Result<CommandResult, SshError> &result)
{
    if (generation != m_generation)
        return;
    m_pending.remove(name);
    if (!result) {
        emit sampleFailed(name, result.error().message);
        return;
    }
    const auto sample = NodeMetrics::parse(result.value().out, QDateTime::currentDateTimeUtc());
    if (!sample) {
        emit sampleFailed(name, tr("The node's answer could not be read."));
        return;
    }
    addSample(name, *sample);
}

void MetricsSampler::sampleNow()
{
    if (!m_repository || m_cluster.isEmpty())
        return;
    const auto cluster = m_repository->cluster(m_cluster);
    if (!cluster)
        return;
    const LoginProfile login = m_repository->login(cluster->login).value_or(LoginProfile{});
    const QString knownHosts = m_knownHostsFile ? m_knownHostsFile(cluster->name) : QString();
    for (const Node &node : cluster->nodes) {
        if (node.state != NodeState::Ready || m_pending.contains(node.name))
            continue;
        auto target = NodeLogin(*cluster, node, login, knownHosts).target();
        if (!target)
            continue;
        m_pending.insert(node.name);
        const int generation = m_generation;
        // The application is the continuation's context (Qt 6.4 asserts when a context dies
        // before its future); the sampler itself may be gone by then, hence the guard.
        RemoteCommand::run(target.value(), NodeMetrics::command(), CommandTimeoutMs)
            .then(QCoreApplication::instance(),
                  [guard = QPointer<MetricsSampler>(this), name = node.name,
                   generation](const Result<CommandResult, SshError> &result) {
                      if (guard)
                          guard->take(name, generation, result);
                  });
    }
}

} // namespace cd
