#pragma once

#include "providers/cloud/cloudproviderfactory.h"

namespace cd {

// "Existing machines": an account that lists host addresses (`hosts = a, b:2222, …`).
// createInstances hands out free hosts, terminate gives them back, describe reports handed-out
// hosts as running. Which host belongs to which cluster is kept in a small JSON file in the
// provider state folder, updated under a lock file so two ClusterDeck processes never hand out
// the same host. Instance ids are the host entries as written ("127.0.0.2:2222"); addresses
// keep the port the way ElastiCluster writes them ("ip:port").
class StaticHostsProvider final : public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticHostsProvider)

public:
    StaticHostsProvider(QString accountName,
                        QStringList hosts,
                        QString stateFile,
                        QObject *parent = nullptr);
    ~StaticHostsProvider() override;

    static std::unique_ptr<CloudProvider>
    create(const ProviderConfig &config, const ProviderContext &context, QString *error);
    // "a, b:2222 c" → {"a", "b:2222", "c"}; empty with *error set on a malformed entry.
    static QStringList parseHosts(const QString &text, QString *error);

    QString typeName() const override { return QStringLiteral("static"); }
    bool supports(Operation operation) const override;
    QStringList hosts() const { return m_hosts; }

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
    QString m_account;
    QStringList m_hosts;
    QString m_stateFile;
};

} // namespace cd
