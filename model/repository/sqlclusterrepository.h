#pragma once

#include "model/repository/clusterrepository.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace cd {

// ClusterRepository on SQLite: WAL, foreign keys, a busy timeout so a second ClusterDeck on the
// same file waits instead of failing, BEGIN IMMEDIATE transactions (one per change), and a
// versioned schema migrated forward on open. A database written by a newer version is refused.
class SqlClusterRepository final : public ClusterRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlClusterRepository)

public:
    static constexpr int CurrentSchemaVersion = 2;

    static Result<std::unique_ptr<SqlClusterRepository>, QString> open(const QString &path);
    ~SqlClusterRepository() override;

    QString path() const { return m_path; }
    int schemaVersion() const;

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
    SqlClusterRepository(QString path, QString connection);
    QSqlDatabase db() const;
    Status migrate();
    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back when it fails.
    Status transaction(const std::function<Status()> &work);
    QList<Cluster> loadClusters(const QString &name) const;

    QString m_path;
    QString m_connection;
};

} // namespace cd
