#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cd {

// The parameters of one EC2 Query API call, in order, with the API's list conventions
// (Name.1, Name.2 …; Filter.N.Name / Filter.N.Value.M).
class Ec2Query final
{
public:
    void add(const QString &key, const QString &value) { m_params.append({key, value}); }
    void add(const QString &key, int value) { add(key, QString::number(value)); }
    // prefix.1 = values[0], prefix.2 = values[1] …
    void addList(const QString &prefix, const QStringList &values);
    void addFilter(const QString &name, const QStringList &values);
    // Tag.N.Key / Tag.N.Value under `prefix` ("Tag" for CreateTags, "TagSpecification.1.Tag").
    void addTags(const QString &prefix, const QList<std::pair<QString, QString>> &tags);

    QString value(const QString &key) const;
    bool contains(const QString &key) const;
    int filterCount() const { return m_filters; }
    const QList<std::pair<QString, QString>> &params() const { return m_params; }

    // Action=…&Version=…&params, form-encoded the way SigV4 canonicalises (RFC 3986).
    QByteArray encode(const QString &action, const QString &version) const;

private:
    QList<std::pair<QString, QString>> m_params;
    int m_filters = 0;
};

} // namespace cd
