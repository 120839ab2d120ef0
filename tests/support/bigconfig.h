#pragma once

#include <QByteArray>

namespace cd::test {

// An ElastiCluster configuration of about `bytes` bytes: one cloud, login and setup, then as
// many clusters (each with a per-kind override, interpolation, $VAR and continuation lines) as
// fit. `*clusters` receives how many. Used by the importer test and benchmark.
inline QByteArray bigConfig(qsizetype bytes, int *clusters)
{
    QByteArray big = "[cloud/c]\nprovider=ec2_boto\nec2_region=eu-west-1\n"
                     "ec2_secret_key=$CD_TEST_OS_PASSWORD\n\n[login/l]\nimage_user=u\n\n"
                     "[setup/s]\nfrontend_groups=a\ncompute_groups=b\n\n";
    big.reserve(bytes + 1024 * 1024);
    int count = 0;
    while (big.size() < bytes) {
        const QByteArray n = QByteArray::number(count++);
        big += "[cluster/c" + n + "]\ncloud=c\nlogin=l\nsetup=s\nfrontend_nodes=1\ncompute_nodes="
               + QByteArray::number(count % 50)
               + "\ncompute_nodes_min=0\nsize=large\nflavor=m5.%(size)s\n"
                 "image_id=ami-${CD_IMAGE}\nnetwork_ids=subnet-1, subnet-2\n"
                 "ssh_proxy_command=ssh -W %%h:%%p bastion\n# a comment\n"
                 "image_userdata=#!/bin/sh\n  echo one\n\n  echo two\n\n"
                 "[cluster/c"
               + n + "/compute]\nflavor=m5.xlarge\n\n";
    }
    *clusters = count;
    return big;
}

} // namespace cd::test
