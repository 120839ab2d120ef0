#pragma once

#include <QSet>
#include <QStringList>

namespace cd::ec2 {

// Instance ids without blanks and repeats, in their first order.
inline QStringList uniqueIds(const QStringList &ids)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    }
    return result;
}

// At most `size` ids per call (EC2: 200 filter values, 1000 instance ids).
inline QList<QStringList> idBatches(const QStringList &ids, int size)
{
    QList<QStringList> result;
    for (qsizetype at = 0; at < ids.size(); at += size)
        result.append(ids.mid(at, size));
    return result;
}

} // namespace cd::ec2
