#pragma once

#include "model/domain/cluster.h"
#include "model/domain/loginprofile.h"
#include "model/domain/setupprofile.h"
#include "providers/core/result.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace cd {

// Everything imported or written at once, stored in one transaction (an import).
struct ConfigBundle final
{
    QList<CloudAccount> accounts;
    QList<LoginProfile> logins;
    QList<SetupProfile> setups;
    QList<ClusterTemplate> templates;
};

// The memory of ClusterDeck: accounts, logins, setups, templates, clusters with their nodes,
// and the event log. Every write is one transaction, and the change signals are emitted after
// it committed. Only implementations of this interface talk SQL. Use from one thread.
class ClusterRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterRepository)

public:
    using Status = Result<Done, QString>;

    explicit ClusterRepository(QObject *parent = nullptr);
    ~ClusterRepository() override;

    // Configuration objects, upserted by name.
    Status saveConfig(const ConfigBundle &bundle);
    Status saveAccount(const CloudAccount &account);
    Status saveLogin(const LoginProfile &login);
    Status saveSetup(const SetupProfile &setup);
    Status saveTemplate(const ClusterTemplate &tmpl);
    QList<CloudAccount> accounts() const;
    QList<LoginProfile> logins() const;
    QList<SetupProfile> setups() const;
    QList<ClusterTemplate> templates() const;
    std::optional<CloudAccount> account(const QString &name) const;
    std::optional<LoginProfile> login(const QString &name) const;
    std::optional<SetupProfile> setup(const QString &name) const;
    std::optional<ClusterTemplate> clusterTemplate(const QString &name) const;
    Status removeAccount(const QString &name);
    Status removeLogin(const QString &name);
    Status removeSetup(const QString &name);
    Status removeTemplate(const QString &name);

    // Clusters. addCluster stores the cluster and its nodes together; a name is unique.
    virtual Status addCluster(const Cluster &cluster) = 0;
    // Stores the cluster's own fields (state, timestamps); nodes are saved with saveNodes.
    virtual Status updateCluster(const Cluster &cluster) = 0;
    virtual Status removeCluster(const QString &name) = 0;
    virtual QList<Cluster> clusters() const = 0; // with nodes, ordered by name
    virtual std::optional<Cluster> cluster(const QString &name) const = 0;
    virtual QStringList clusterNames() const = 0;

    // Nodes, upserted by (cluster, node name) in one transaction.
    virtual Status saveNodes(const QString &cluster, const QList<Node> &nodes) = 0;
    Status saveNode(const QString &cluster, const Node &node) { return saveNodes(cluster, {node}); }
    virtual Status removeNodes(const QString &cluster, const QStringList &names) = 0;

    // History; kept after a cluster is removed. `limit` newest events, returned oldest first.
    virtual Status appendEvents(QList<ClusterEvent> events) = 0;
    Status appendEvent(const ClusterEvent &event) { return appendEvents({event}); }
    virtual QList<ClusterEvent> events(const QString &cluster = {}, int limit = 1000) const = 0;

signals:
    void configChanged(); // accounts, logins, setups or templates
    void clusterAdded(const QString &name);
    void clusterChanged(const QString &name);
    void clusterRemoved(const QString &name);
    void nodesChanged(const QString &cluster, const QStringList &nodes);
    void nodesRemoved(const QString &cluster, const QStringList &nodes);
    void eventsAppended(const QList<cd::ClusterEvent> &events);

protected:
    enum class ObjectKind { Account, Login, Setup, Template };
    struct ConfigObject
    {
        ObjectKind kind;
        QString name;
        QJsonObject data;
    };
    static QString kindName(ObjectKind kind);

    // Storage primitives for configuration objects.
    virtual Status putObjects(const QList<ConfigObject> &objects) = 0;
    virtual QList<QJsonObject> objects(ObjectKind kind) const = 0;
    virtual std::optional<QJsonObject> object(ObjectKind kind, const QString &name) const = 0;
    virtual Status removeObject(ObjectKind kind, const QString &name) = 0;

private:
    Status removeConfig(ObjectKind kind, const QString &name);
    // Drops the template's unresolved references whose section is stored now.
    void resolveReferences(ClusterTemplate &t) const;
};

} // namespace cd
