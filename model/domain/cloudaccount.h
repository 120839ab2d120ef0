#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace cd {

using StringMap = QMap<QString, QString>;

enum class CloudType { Ec2, OpenStack, Gce, Static, Unsupported };

// A place where nodes come from: a cloud account or a pool of existing machines.
// Never holds a secret: `secretRefs` maps a setting name (e.g. "ec2_secret_key") to the key of
// the secret in the SecretStore (e.g. "account/mycloud/ec2_secret_key").
struct CloudAccount final
{
    QString name; // [cloud/NAME]
    CloudType type = CloudType::Unsupported;
    QString provider;           // as written by the user: ec2_boto, openstack, google, azure…
    QString endpoint;           // ec2_url, auth_url …
    QString region;             // ec2_region, region_name
    QString zone;               // availability zone (GCE zone)
    QString project;            // gce_project_id, project_name
    StringMap settings;         // every other non-secret setting, by its config key
    StringMap secretRefs;       // setting name → SecretStore key
    QString notStartableReason; // non-empty: imported, kept, but cannot start clusters
    QString sourceFile;         // where it was imported from, if it was
    QDateTime updated;

    bool startable() const { return notStartableReason.isEmpty(); }
    static QString typeName(CloudType type);
    static CloudType typeFromProvider(const QString &provider);

    friend bool operator==(const CloudAccount &, const CloudAccount &) = default;
};

} // namespace cd
