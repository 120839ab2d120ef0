#pragma once

#include "model/repository/clusterrepository.h"

#include <QMap>

namespace cd {

// ClusterRepository in memory: for tests and for trying things without touching the disk.
// Same contract and signals as the SQL one.
class MemoryClusterRepository final : public ClusterRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryClusterRepository)

public:
    explicit MemoryClusterRepository(QObject *parent = nullptr);
    ~MemoryClusterRepository() override;

    Status addCluster(const Cluster &cluster) override;
    Status updateCluster(const Cluster &cluster) override;
    Status removeCluster(const QString &name) override;
    QList<Cluster> clusters() const override;
    std::optional<Cluster> cluster(const QString &name) const override;
    QStringList clusterNames() const override;
    Status saveNodes(const QString &cluster, const QList<Node> &nodes) override;
    Status removeNodes(const QString &cluster, const QStringList &names) override;
    Status appendEvents(QList<ClusterEvent> events) override;
    QList<ClusterEvent> events(const QString &cluster, int limit) const override;

protected:
    Status putObjects(const QList<ConfigObject> &objects) override;
    QList<QJsonObject> objects(ObjectKind kind) const override;
    std::optional<QJsonObject> object(ObjectKind kind, const QString &name) const override;
    Status removeObject(ObjectKind kind, const QString &name) override;

private:
    QMap<ObjectKind, QMap<QString, QJsonObject>> m_objects;
    QMap<QString, Cluster> m_clusters;
    QList<ClusterEvent> m_events;
    qint64 m_nextEventId = 1;
};

} // namespace cd
