#pragma once

// Row helpers shared by the SQLite repository's source files; not part of the model's API.
#include "model/domain/cluster.h"
#include "model/repository/clusterrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace cd::sqlrows {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(SqlClusterRepository)
};

QString isoTime(const QDateTime &time);
QDateTime fromIso(const QVariant &value);
QString toText(const QJsonObject &object);
QJsonObject fromText(const QVariant &value);
// Runs one statement with positional bindings; the error names the statement's first words.
ClusterRepository::Status run(QSqlQuery &query, const QString &sql, const QVariantList &binds = {});
Node nodeFromRow(const QSqlQuery &q);
QVariantList nodeBinds(qint64 clusterId, const Node &n);
extern const QString NodeColumns;

} // namespace cd::sqlrows
