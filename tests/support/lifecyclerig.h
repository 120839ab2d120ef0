#pragma once

#include "model/lifecycle/clusterplan.h"
#include "model/lifecycle/startclusterjob.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/ssh/knownhosts.h"
#include "tests/support/fakecloud.h"
#include "tests/support/scriptedprober.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace cd::test {

// What a job-level lifecycle test needs: an in-memory repository, a FakeCloud with a provider
// over it, a ScriptedProber and a known_hosts file, plus a running cluster "c1" made from a
// template of one frontend and `computes` compute nodes (distinct image and flavor per kind).
struct LifecycleRig final
{
    QTemporaryDir tmp;
    MemoryClusterRepository repo;
    std::shared_ptr<FakeCloud> cloud = std::make_shared<FakeCloud>();
    std::shared_ptr<CloudProvider> provider = std::make_shared<FakeCloudProvider>(cloud);
    ScriptedProber prober;

    QString knownHostsFile() const { return tmp.filePath(QStringLiteral("known_hosts")); }

    static ClusterTemplate slurm(int computes, int computeMin)
    {
        ClusterTemplate t;
        t.name = QStringLiteral("slurm");
        t.cloud = QStringLiteral("lab");
        NodeKindSpec frontend;
        frontend.name = QStringLiteral("frontend");
        frontend.count = frontend.minCount = 1;
        frontend.image = QStringLiteral("img-frontend");
        frontend.flavor = QStringLiteral("small");
        NodeKindSpec compute;
        compute.name = QStringLiteral("compute");
        compute.count = computes;
        compute.minCount = computeMin;
        compute.image = QStringLiteral("img-compute");
        compute.flavor = QStringLiteral("large");
        compute.tags.insert(QStringLiteral("role"), QStringLiteral("worker"));
        t.kinds = {frontend, compute};
        t.startTimeoutSec = 20;
        t.sshProbeTimeoutSec = 2;
        return t;
    }

    static StartOptions fastStart()
    {
        StartOptions options;
        options.pollIntervalMs = 20;
        return options;
    }

    // Runs a job to its end (bounded); Running if it did not finish. The outcome comes from
    // the signal: jobs a controller made delete themselves once finished.
    static Job::Outcome run(Job &job, int timeoutMs = 20000)
    {
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return Job::Outcome::Running;
        return finished.first().first().value<Job::Outcome>();
    }

    // Stores and starts "c1"; every node reachable, its key recorded as on first use.
    bool startCluster(int computes = 2, int computeMin = 1)
    {
        auto planned = ClusterPlan::fromTemplate(slurm(computes, computeMin), clusterName());
        if (!planned.ok() || !repo.addCluster(planned.value()).ok())
            return false;
        StartClusterJob start(&repo, provider, &prober, clusterName(), fastStart());
        if (run(start) != Job::Outcome::Succeeded)
            return false;
        KnownHosts knownHosts(knownHostsFile());
        int i = 0;
        for (const Node &n : cluster().nodes)
            if (!knownHosts.add(n.preferredIp, 22, hostKey(++i)))
                return false;
        return true;
    }

    static QString clusterName() { return QStringLiteral("c1"); }
    Cluster cluster() const { return repo.cluster(clusterName()).value_or(Cluster{}); }
    Node node(const QString &name) const
    {
        const Cluster c = cluster();
        const Node *n = c.node(name);
        return n ? *n : Node{};
    }

    // Live cloud instances that no node of the repository records: must stay empty.
    QStringList unrecorded() const
    {
        QStringList recorded;
        for (const Cluster &c : repo.clusters())
            for (const Node &n : c.nodes)
                recorded << n.instanceId;
        QStringList ids;
        for (const QString &id : cloud->liveIds())
            if (!recorded.contains(id))
                ids << id;
        return ids;
    }

    // A well-formed ed25519 host key, distinct per seed.
    static HostKey hostKey(int seed)
    {
        QByteArray blob;
        const QByteArray type = "ssh-ed25519";
        const auto put = [&blob](const QByteArray &field) {
            const quint32 n = quint32(field.size());
            blob.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
            blob.append(field);
        };
        put(type);
        put(QByteArray(32, char(seed)));
        return HostKey::fromBase64(blob.toBase64());
    }
};

} // namespace cd::test
