#include "model/repository/sqlrows_p.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace cd::sqlrows {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

ClusterRepository::Status run(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql))
        return QCoreApplication::translate("SqlClusterRepository",
                                           "Database error preparing “%1”: %2")
            .arg(sql.section(u' ', 0, 2), query.lastError().text());
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return QCoreApplication::translate("SqlClusterRepository", "Database error in “%1”: %2")
            .arg(sql.section(u' ', 0, 2), query.lastError().text());
    return Done{};
}

Node nodeFromRow(const QSqlQuery &q)
{
    Node n;
    n.name = q.value(1).toString();
    n.kind = q.value(2).toString();
    n.index = q.value(3).toInt();
    n.instanceId = q.value(4).toString();
    n.publicIp = q.value(5).toString();
    n.privateIp = q.value(6).toString();
    n.preferredIp = q.value(7).toString();
    n.flavor = q.value(8).toString();
    n.image = q.value(9).toString();
    n.state = States::nodeStateFromString(q.value(10).toString()).value_or(NodeState::Failed);
    n.lastError = q.value(11).toString();
    n.created = fromIso(q.value(12));
    n.stateChanged = fromIso(q.value(13));
    return n;
}

QVariantList nodeBinds(qint64 clusterId, const Node &n)
{
    return {clusterId,
            n.name,
            n.kind,
            n.index,
            n.instanceId,
            n.publicIp,
            n.privateIp,
            n.preferredIp,
            n.flavor,
            n.image,
            States::toString(n.state),
            n.lastError,
            isoTime(n.created),
            isoTime(n.stateChanged)};
}

const QString NodeColumns = u"cluster_id, name, kind, idx, instance_id, public_ip, private_ip, "
                            u"preferred_ip, flavor, image, state, last_error, created, "
                            u"state_changed"_s;

} // namespace cd::sqlrows
