#include "providers/cloud/static/hostallocations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cd::HostAllocations {

QMap<QString, HostAllocation> read(const QString &file, bool *ok)
{
    QMap<QString, HostAllocation> map;
    QFile in(file);
    if (!in.exists()) {
        *ok = true;
        return map;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        *ok = false;
        return map;
    }
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(in.readAll(), &error).object();
    *ok = error.error == QJsonParseError::NoError;
    const QJsonObject hosts = root.value(u"allocations"_s).toObject();
    for (auto it = hosts.begin(); it != hosts.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        map.insert(it.key(),
                   {o.value(u"cluster"_s).toString(), o.value(u"kind"_s).toString(),
                    o.value(u"node"_s).toString(),
                    QDateTime::fromString(o.value(u"since"_s).toString(), Qt::ISODateWithMs)});
    }
    return map;
}

bool update(const QString &file, const std::function<bool(QMap<QString, HostAllocation> &)> &change)
{
    QLockFile lock(file + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return false;
    bool ok = false;
    QMap<QString, HostAllocation> map = read(file, &ok);
    if (!ok || !change(map))
        return ok;
    QJsonObject hosts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        hosts.insert(it.key(), QJsonObject{{u"cluster"_s, it->cluster},
                                           {u"kind"_s, it->kind},
                                           {u"node"_s, it->node},
                                           {u"since"_s, it->since.toString(Qt::ISODateWithMs)}});
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(QJsonObject{{u"allocations"_s, hosts}}).toJson());
    return out.commit();
}

} // namespace cd::HostAllocations
