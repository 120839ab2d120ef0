#pragma once

#include "model/metrics/nodemetrics.h"
#include "providers/core/result.h"
#include "providers/ssh/sshtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace cd {

class ClusterRepository;

// Samples the health of one cluster's Ready nodes over SSH (one short command per node and
// round, off the GUI thread) and keeps the last hour in memory. Rounds never overlap: a node
// still answering the previous round is skipped. Shows nothing for other clusters.
class MetricsSampler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsSampler)

public:
    static constexpr int KeepSeconds = 3600;

    // `knownHostsFile(cluster)` says where each cluster's known_hosts is.
    MetricsSampler(ClusterRepository *repository,
                   std::function<QString(const QString &)> knownHostsFile,
                   QObject *parent = nullptr);
    ~MetricsSampler() override;

    void setCluster(const QString &cluster);
    QString cluster() const { return m_cluster; }
    // Seconds between rounds (0: stopped).
    void setInterval(int seconds);
    // One round now (also used by the interval).
    void sampleNow();

    QList<MetricSample> samples(const QString &node) const { return m_samples.value(node); }
    QStringList nodes() const { return m_samples.keys(); }
    // Adds a sample as if a node had answered (for replays and tests); drops what is older
    // than KeepSeconds.
    void addSample(const QString &node, const MetricSample &sample);

signals:
    void clusterChanged(const QString &cluster);
    void sampled(const QString &node);
    void sampleFailed(const QString &node, const QString &reason);

private:
    void take(const QString &node, int generation, const Result<CommandResult, SshError> &result);

    QPointer<ClusterRepository> m_repository;
    std::function<QString(const QString &)> m_knownHostsFile;
    QString m_cluster;
    QHash<QString, QList<MetricSample>> m_samples; // node → oldest first
    QSet<QString> m_pending;
    QTimer m_timer;
    int m_generation = 0; // answers for a cluster no longer shown are dropped
};

} // namespace cd
