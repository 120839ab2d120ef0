#include "providers/cloud/ec2/ec2query.h"

#include "providers/cloud/ec2/sigv4signer.h"

using namespace Qt::StringLiterals;

namespace cd {

void Ec2Query::addList(const QString &prefix, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        add(prefix + u'.' + QString::number(i + 1), values.at(i));
}

void Ec2Query::addFilter(const QString &name, const QStringList &values)
{
    const QString prefix = u"Filter.%1."_s.arg(++m_filters);
    add(prefix + u"Name"_s, name);
    addList(prefix + u"Value"_s, values);
}

void Ec2Query::addTags(const QString &prefix, const QList<std::pair<QString, QString>> &tags)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString item = u"%1.%2."_s.arg(prefix).arg(i + 1);
        add(item + u"Key"_s, tags.at(i).first);
        add(item + u"Value"_s, tags.at(i).second);
    }
}

QString Ec2Query::value(const QString &key) const
{
    for (const auto &[name, value] : m_params) {
        if (name == key)
            return value;
    }
    return {};
}

bool Ec2Query::contains(const QString &key) const
{
    for (const auto &param : m_params) {
        if (param.first == key)
            return true;
    }
    return false;
}

QByteArray Ec2Query::encode(const QString &action, const QString &version) const
{
    QByteArray body = "Action=" + SigV4Signer::uriEncode(action.toUtf8())
                      + "&Version=" + SigV4Signer::uriEncode(version.toUtf8());
    for (const auto &[key, value] : m_params)
        body += '&' + SigV4Signer::uriEncode(key.toUtf8()) + '='
                + SigV4Signer::uriEncode(value.toUtf8());
    return body;
}

} // namespace cd
