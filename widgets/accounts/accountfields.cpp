#include "widgets/accounts/accountfields.h"

#include "providers/cloud/static/statichostsprovider.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Target = AccountField::Target;

QString checkUrl(const QString &value)
{
    const QUrl url(value.contains(u"://") ? value : u"https://"_s + value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return AccountFieldsTr::tr("Not an http(s) URL.");
    return {};
}

QString checkHosts(const QString &value)
{
    QString error;
    StaticHostsProvider::parseHosts(value, &error);
    return error;
}

AccountType ec2()
{
    AccountType t{
        u"ec2"_s,
        AccountFieldsTr::tr("Amazon EC2 (or compatible)"),
        AccountFieldsTr::tr("Instances are started with the EC2 API. The secret key goes to "
                            "the keychain."),
        {}};
    t.fields
        << AccountField{u"ec2_region"_s,
                        Target::Region,
                        AccountFieldsTr::tr("Re&gion:"),
                        AccountFieldsTr::tr("The region the instances run in, e.g. eu-west-1"),
                        u"eu-west-1"_s,
                        true,
                        {}}
        << AccountField{u"ec2_url"_s,
                        Target::Endpoint,
                        AccountFieldsTr::tr("E&ndpoint:"),
                        AccountFieldsTr::tr("The EC2 API URL; empty for AWS's own for the region"),
                        AccountFieldsTr::tr("(AWS default)"),
                        false,
                        checkUrl}
        << AccountField{u"ec2_access_key"_s,
                        Target::Setting,
                        AccountFieldsTr::tr("Access key &ID:"),
                        AccountFieldsTr::tr("The access key ID of an IAM user (AKIA…)"),
                        u"AKIA…"_s,
                        true,
                        {}}
        << AccountField{u"ec2_secret_key"_s,
                        Target::Secret,
                        AccountFieldsTr::tr("Se&cret access key:"),
                        AccountFieldsTr::tr("Stored in the system keychain, never in ClusterDeck's "
                                            "database"),
                        {},
                        true,
                        {}};
    return t;
}

AccountType staticHosts()
{
    AccountType t{
        u"static"_s,
        AccountFieldsTr::tr("Existing machines"),
        AccountFieldsTr::tr("Machines you already have; a cluster takes free ones from the list "
                            "and gives them back when destroyed."),
        {}};
    t.fields << AccountField{
        u"hosts"_s,
        Target::Setting,
        AccountFieldsTr::tr("&Hosts:"),
        AccountFieldsTr::tr("Addresses, separated by commas or spaces, each with an "
                            "optional :port"),
        u"10.0.0.5, 10.0.0.6:2222"_s,
        true,
        checkHosts};
    return t;
}

AccountType openStack()
{
    AccountType t{
        u"openstack"_s,
        AccountFieldsTr::tr("OpenStack"),
        AccountFieldsTr::tr("Servers are started with Nova through Keystone v3. The password goes "
                            "to the keychain; OS_* variables fill only what is left empty."),
        {}};
    t.fields
        << AccountField{u"auth_url"_s,
                        Target::Endpoint,
                        AccountFieldsTr::tr("&Auth URL:"),
                        AccountFieldsTr::tr(
                            "The Keystone v3 endpoint, e.g. https://keystone.example.org:5000/v3"),
                        u"https://keystone.example.org:5000/v3"_s,
                        true,
                        checkUrl}
        << AccountField{u"username"_s,
                        Target::Setting,
                        AccountFieldsTr::tr("&User name:"),
                        AccountFieldsTr::tr("Your OpenStack user"),
                        {},
                        true,
                        {}}
        << AccountField{u"password"_s,
                        Target::Secret,
                        AccountFieldsTr::tr("Pass&word:"),
                        AccountFieldsTr::tr("Stored in the system keychain, never in ClusterDeck's "
                                            "database"),
                        {},
                        true,
                        {}}
        << AccountField{u"project_name"_s,
                        Target::Project,
                        AccountFieldsTr::tr("&Project:"),
                        AccountFieldsTr::tr("The project (tenant) the servers belong to"),
                        {},
                        true,
                        {}}
        << AccountField{u"user_domain_name"_s,
                        Target::Setting,
                        AccountFieldsTr::tr("User &domain:"),
                        AccountFieldsTr::tr("The user's domain; empty: Default"),
                        u"Default"_s,
                        false,
                        {}}
        << AccountField{
               u"region_name"_s,
               Target::Region,
               AccountFieldsTr::tr("Re&gion:"),
               AccountFieldsTr::tr("The region in the service catalog; empty: the first one"),
               u"RegionOne"_s,
               false,
               {}};
    return t;
}

AccountType gce()
{
    AccountType t{
        u"gce"_s,
        AccountFieldsTr::tr("Google Compute Engine"),
        AccountFieldsTr::tr("Instances are started with the Compute Engine API as a service "
                            "account. Its JSON key goes to the keychain; without one, the "
                            "application default credentials of gcloud are used."),
        {}};
    t.fields
        << AccountField{u"gce_project_id"_s,
                        Target::Project,
                        AccountFieldsTr::tr("&Project ID:"),
                        AccountFieldsTr::tr("The Google Cloud project the instances belong to"),
                        u"my-project-123"_s,
                        true,
                        {}}
        << AccountField{u"zone"_s,
                        Target::Zone,
                        AccountFieldsTr::tr("&Zone:"),
                        AccountFieldsTr::tr("The zone the instances run in"),
                        u"europe-west1-b"_s,
                        true,
                        {}}
        << AccountField{u"service_account_json"_s,
                        Target::Secret,
                        AccountFieldsTr::tr("Service account &key (JSON):"),
                        AccountFieldsTr::tr("Paste the key file's content; stored in the system "
                                            "keychain only"),
                        {},
                        false,
                        {}};
    return t;
}

} // namespace

QList<AccountType> accountTypes()
{
    return {ec2(), openStack(), gce(), staticHosts()};
}

const AccountType *accountType(const QString &type)
{
    static const QList<AccountType> types = accountTypes();
    for (const AccountType &t : types)
        if (t.type == type)
            return &t;
    return nullptr;
}

} // namespace cd
