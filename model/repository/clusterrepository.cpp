#include "model/repository/clusterrepository.h"

#include "model/domain/domainjson.h"

namespace cd {

namespace {

template<typename T, typename F>
QList<T> convertAll(const QList<QJsonObject> &objects, F convert)
{
    QList<T> list;
    list.reserve(objects.size());
    for (const QJsonObject &o : objects)
        list << convert(o);
    return list;
}

template<typename T, typename F>
std::optional<T> convertOne(const std::optional<QJsonObject> &object, F convert)
{
    if (!object)
        return std::nullopt;
    return convert(*object);
}

} // namespace

ClusterRepository::ClusterRepository(QObject *parent)
    : QObject(parent)
{}

ClusterRepository::~ClusterRepository() = default;

QString ClusterRepository::kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Account:
        return QStringLiteral("account");
    case ObjectKind::Login:
        return QStringLiteral("login");
    case ObjectKind::Setup:
        return QStringLiteral("setup");
    case ObjectKind::Template:
        return QStringLiteral("template");
    }
    return {};
}

ClusterRepository::Status ClusterRepository::saveConfig(const ConfigBundle &bundle)
{
    QList<ConfigObject> all;
    for (const CloudAccount &a : bundle.accounts)
        all.append({ObjectKind::Account, a.name, json::toJson(a)});
    for (const LoginProfile &l : bundle.logins)
        all.append({ObjectKind::Login, l.name, json::toJson(l)});
    for (const SetupProfile &s : bundle.setups)
        all.append({ObjectKind::Setup, s.name, json::toJson(s)});
    for (const ClusterTemplate &t : bundle.templates)
        all.append({ObjectKind::Template, t.name, json::toJson(t)});
    Status status = putObjects(all);
    if (status)
        emit configChanged();
    return status;
}

ClusterRepository::Status ClusterRepository::saveAccount(const CloudAccount &account)
{
    return saveConfig({{account}, {}, {}, {}});
}

ClusterRepository::Status ClusterRepository::saveLogin(const LoginProfile &login)
{
    return saveConfig({{}, {login}, {}, {}});
}

ClusterRepository::Status ClusterRepository::saveSetup(const SetupProfile &setup)
{
    return saveConfig({{}, {}, {setup}, {}});
}

ClusterRepository::Status ClusterRepository::saveTemplate(const ClusterTemplate &tmpl)
{
    return saveConfig({{}, {}, {}, {tmpl}});
}

QList<CloudAccount> ClusterRepository::accounts() const
{
    return convertAll<CloudAccount>(objects(ObjectKind::Account), json::accountFromJson);
}

QList<LoginProfile> ClusterRepository::logins() const
{
    return convertAll<LoginProfile>(objects(ObjectKind::Login), json::loginFromJson);
}

QList<SetupProfile> ClusterRepository::setups() const
{
    return convertAll<SetupProfile>(objects(ObjectKind::Setup), json::setupFromJson);
}

QList<ClusterTemplate> ClusterRepository::templates() const
{
    QList<ClusterTemplate> all
        = convertAll<ClusterTemplate>(objects(ObjectKind::Template), json::templateFromJson);
    for (ClusterTemplate &t : all)
        resolveReferences(t);
    return all;
}

void ClusterRepository::resolveReferences(ClusterTemplate &t) const
{
    for (auto it = t.unresolved.begin(); it != t.unresolved.end();) {
        const qsizetype slash = it.key().indexOf(u'/');
        const QString type = it.key().left(slash);
        const QString name = it.key().mid(slash + 1);
        const ObjectKind kind = type == u"cloud"   ? ObjectKind::Account
                                : type == u"login" ? ObjectKind::Login
                                                   : ObjectKind::Setup;
        if (slash > 0 && object(kind, name))
            it = t.unresolved.erase(it);
        else
            ++it;
    }
}

std::optional<CloudAccount> ClusterRepository::account(const QString &name) const
{
    return convertOne<CloudAccount>(object(ObjectKind::Account, name), json::accountFromJson);
}

std::optional<LoginProfile> ClusterRepository::login(const QString &name) const
{
    return convertOne<LoginProfile>(object(ObjectKind::Login, name), json::loginFromJson);
}

std::optional<SetupProfile> ClusterRepository::setup(const QString &name) const
{
    return convertOne<SetupProfile>(object(ObjectKind::Setup, name), json::setupFromJson);
}

std::optional<ClusterTemplate> ClusterRepository::clusterTemplate(const QString &name) const
{
    std::optional<ClusterTemplate> t
        = convertOne<ClusterTemplate>(object(ObjectKind::Template, name), json::templateFromJson);
    if (t)
        resolveReferences(*t);
    return t;
}

ClusterRepository::Status ClusterRepository::removeConfig(ObjectKind kind, const QString &name)
{
    Status status = removeObject(kind, name);
    if (status)
        emit configChanged();
    return status;
}

ClusterRepository::Status ClusterRepository::removeAccount(const QString &name)
{
    return removeConfig(ObjectKind::Account, name);
}

ClusterRepository::Status ClusterRepository::removeLogin(const QString &name)
{
    return removeConfig(ObjectKind::Login, name);
}

ClusterRepository::Status ClusterRepository::removeSetup(const QString &name)
{
    return removeConfig(ObjectKind::Setup, name);
}

ClusterRepository::Status ClusterRepository::removeTemplate(const QString &name)
{
    return removeConfig(ObjectKind::Template, name);
}

} // namespace cd
