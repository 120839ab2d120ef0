#pragma once

#include "model/domain/cloudaccount.h"

#include <QList>
#include <QStringList>

namespace cd {

// One kind of node in a cluster (frontend, compute…): how many and what each looks like.
struct NodeKindSpec final
{
    QString name;             // RFC 952 label, not ending in a digit
    int count = 0;            // <kind>_nodes
    int minCount = 0;         // <kind>_nodes_min (defaults to count)
    QString image;            // image_id
    QString flavor;           // flavor / machine type
    QString securityGroup;    // security_group
    QStringList networks;     // network_ids
    QString userData;         // image_userdata
    QString imageUser;        // login override for this kind, if any
    int bootDiskSizeGb = 0;   // boot_disk_size; 0 = the cloud's default
    QString bootDiskType;     // boot_disk_type
    QString spotPrice;        // price (EC2 spot); empty = on demand
    bool preemptible = false; // scheduling=preemptible (GCE)
    StringMap tags;           // tags
    StringMap settings;       // other per-node keys (placement_group, accelerator_count…)

    friend bool operator==(const NodeKindSpec &, const NodeKindSpec &) = default;
};

// What a cluster is made of ([cluster/NAME] plus [cluster/NAME/KIND] overrides).
struct ClusterTemplate final
{
    QString name;
    QString cloud;              // CloudAccount name
    QString login;              // LoginProfile name
    QString setup;              // SetupProfile name
    QList<NodeKindSpec> kinds;  // in the order they were declared
    QString sshTo;              // a kind or a node name
    int startTimeoutSec = 600;  // start_timeout
    int sshProbeTimeoutSec = 5; // ssh_probe_timeout
    QString sshProxyCommand;    // ssh_proxy_command (%h %p %r)
    StringMap settings;         // other cluster-level keys, by name
    QString notStartableReason; // non-empty: kept but cannot be started (and why)
    // Sections it refers to that were not stored when it was imported ("cloud/NAME",
    // "login/NAME", "setup/NAME"), each with the sentence saying so. The repository drops an
    // entry once that section is stored, so importing the cloud later makes the template
    // startable without importing it again.
    StringMap unresolved;
    QString sourceFile;
    QDateTime updated;

    bool startable() const { return notStartableReason.isEmpty() && unresolved.isEmpty(); }
    // Every reason it cannot start, as sentences; empty when it can.
    QString whyNotStartable() const;
    int totalCount() const;
    const NodeKindSpec *kind(const QString &name) const;

    friend bool operator==(const ClusterTemplate &, const ClusterTemplate &) = default;
};

} // namespace cd
