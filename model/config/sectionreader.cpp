#include "model/config/sectionreader.h"

#include "model/config/nodekeys.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr auto Warning = ImportIssue::Severity::Warning;
constexpr auto Error = ImportIssue::Severity::Error;

// The keys each supported provider reads (REFERENCE §1.3, plus Keystone v3's ids and
// application credentials for OpenStack); others are kept, with a warning.
const QSet<QString> &knownCloudKeys(CloudType type)
{
    static const QSet<QString> ec2{u"ec2_url"_s,        u"ec2_region"_s, u"ec2_access_key"_s,
                                   u"ec2_secret_key"_s, u"vpc"_s,        u"request_floating_ip"_s,
                                   u"price"_s,          u"timeout"_s,    u"instance_profile"_s};
    static const QSet<QString> openStack{u"auth_url"_s,
                                         u"username"_s,
                                         u"password"_s,
                                         u"project_name"_s,
                                         u"tenant_name"_s,
                                         u"user_domain_name"_s,
                                         u"project_domain_name"_s,
                                         u"region_name"_s,
                                         u"availability_zone"_s,
                                         u"cacert"_s,
                                         u"compute_api_version"_s,
                                         u"image_api_version"_s,
                                         u"network_api_version"_s,
                                         u"volume_api_version"_s,
                                         u"identity_api_version"_s,
                                         u"nova_api_version"_s,
                                         u"use_anti_affinity_groups"_s,
                                         u"build_timeout"_s,
                                         u"request_floating_ip"_s,
                                         u"floating_network_id"_s,
                                         u"user_id"_s,
                                         u"project_id"_s,
                                         u"user_domain_id"_s,
                                         u"project_domain_id"_s,
                                         u"application_credential_id"_s,
                                         u"application_credential_name"_s,
                                         u"interface"_s};
    static const QSet<QString> gce{
        u"gce_project_id"_s, u"gce_client_id"_s,          u"gce_client_secret"_s,       u"zone"_s,
        u"network"_s,        u"noauth_local_webserver"_s, u"gce_service_account_file"_s};
    static const QSet<QString> none;
    switch (type) {
    case CloudType::Ec2:
        return ec2;
    case CloudType::OpenStack:
        return openStack;
    case CloudType::Gce:
        return gce;
    case CloudType::Static:
    case CloudType::Unsupported:
        break;
    }
    return none;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString v = text.trimmed().toLower();
    if (v == u"1" || v == u"yes" || v == u"true" || v == u"on")
        return true;
    if (v == u"0" || v == u"no" || v == u"false" || v == u"off")
        return false;
    return std::nullopt;
}

} // namespace

bool SectionReader::isSecretKey(const QString &key)
{
    return key.contains(u"secret", Qt::CaseInsensitive)
           || key.contains(u"password", Qt::CaseInsensitive);
}

bool SectionReader::isPathKey(const QString &key)
{
    static const QSet<QString> keys{u"user_key_private"_s,
                                    u"user_key_public"_s,
                                    u"playbook_path"_s,
                                    u"ansible_command"_s,
                                    u"cacert"_s,
                                    u"storage_path"_s,
                                    u"vm_deployment_template"_s,
                                    u"net_deployment_template"_s,
                                    u"gce_service_account_file"_s};
    return keys.contains(key);
}

QString SectionReader::renamedGroup(const QString &group)
{
    static const QHash<QString, QString> renames{{u"slurm_workers"_s, u"slurm_worker"_s},
                                                 {u"slurm_clients"_s, u"slurm_worker"_s},
                                                 {u"gridengine_clients"_s, u"gridengine_worker"_s},
                                                 {u"condor_workers"_s, u"condor_worker"_s},
                                                 {u"gluster_data"_s, u"glusterfs_server"_s},
                                                 {u"pbs_clients"_s, u"torque_worker"_s},
                                                 {u"pbs_client"_s, u"torque_worker"_s},
                                                 {u"pbs_workers"_s, u"torque_worker"_s},
                                                 {u"maui_master"_s, u"torque_master"_s}};
    if (const auto it = renames.constFind(group); it != renames.cend())
        return *it;
    if (group.startsWith(u"gluster_"))
        return u"glusterfs_"_s + group.sliced(8);
    if (group.startsWith(u"pbs_"))
        return u"torque_"_s + group.sliced(4);
    return {};
}

// The examples ship values like "****REPLACE WITH YOUR PROJECT ID****".
void SectionReader::warnIfPlaceholder(const IniEntry &entry,
                                      const QString &section,
                                      QList<ImportIssue> &issues)
{
    const QString value = entry.value.trimmed();
    if (value.size() > 6 && value.startsWith(u"***") && value.endsWith(u"***"))
        issues.append({entry.file, entry.line, Warning,
                       tr("`%1` in [%2] still holds the example's placeholder text; replace it "
                          "with a real value before starting a cluster.")
                           .arg(entry.key, section)});
}

bool SectionReader::readCloud(const IniSection &section, const QString &name, ImportResult &result)
{
    const IniEntry *provider = section.find(u"provider"_s);
    if (!provider || provider->value.trimmed().isEmpty()) {
        result.issues.append({section.file, section.line, Error,
                              tr("[%1] has no `provider` (such as ec2_boto, openstack or google); "
                                 "the section was skipped.")
                                  .arg(section.name)});
        return false;
    }
    CloudAccount account;
    account.name = name;
    account.provider = provider->value.trimmed();
    account.type = CloudAccount::typeFromProvider(account.provider);
    account.sourceFile = section.file;
    const QSet<QString> &known = knownCloudKeys(account.type);
    QStringList reasons;

    for (const IniEntry &e : section.entries()) {
        const QString &key = e.key;
        warnIfPlaceholder(e, section.name, result.issues);
        if (key == u"provider")
            continue;
        if (isSecretKey(key) || e.fromSecret) {
            if (e.value.isEmpty())
                continue; // ElastiCluster then takes it from the environment
            const QString ref = u"account/"_s + name + u'/' + key;
            result.secrets.append({ref, e.value.toUtf8()});
            account.secretRefs.insert(key, ref);
            continue;
        }
        if (key == u"ec2_url" || key == u"auth_url" || key == u"endpoint") {
            account.endpoint = e.value;
        } else if (key == u"ec2_region" || key == u"region_name" || key == u"location") {
            account.region = e.value;
        } else if (key == u"zone" || key == u"availability_zone") {
            account.zone = e.value;
        } else if (key == u"gce_project_id" || key == u"project_name") {
            account.project = e.value;
        } else if (key == u"tenant_name") {
            if (section.contains(u"project_name"_s)) {
                result.issues.append({e.file, e.line, Warning,
                                      tr("`tenant_name` in [%1] was ignored: it is the old name of "
                                         "`project_name`, which is also set.")
                                          .arg(section.name)});
            } else {
                result.issues.append({e.file, e.line, Warning,
                                      tr("`tenant_name` in [%1] is the old name of `project_name`; "
                                         "it was read as `project_name`. Please rename it.")
                                          .arg(section.name)});
                account.project = e.value;
            }
        } else {
            account.settings.insert(key, e.value);
            if (!known.isEmpty() && !known.contains(key) && !e.referenced)
                result.issues.append({e.file, e.line, Warning,
                                      tr("`%1` in [%2] is not a key the %3 provider knows; it was "
                                         "kept as a setting. Check its spelling.")
                                          .arg(key, section.name, account.provider)});
        }
    }

    if (account.type == CloudType::Unsupported) {
        result.issues.append({provider->file, provider->line, Warning,
                              tr("[%1] uses the cloud provider “%2”, which ClusterDeck does not "
                                 "support; the account was imported but cannot start clusters.")
                                  .arg(section.name, account.provider)});
        reasons << tr("ClusterDeck cannot start clusters with the cloud provider “%1”.")
                       .arg(account.provider);
    }
    const auto require = [&](CloudType type, const QString &key) {
        if (account.type != type || section.contains(key))
            return;
        result.issues.append({section.file, section.line, Warning,
                              tr("[%1] has no `%2`; the account was imported but cannot start "
                                 "clusters until it is set.")
                                  .arg(section.name, key)});
        reasons << tr("It has no `%1`.").arg(key);
    };
    require(CloudType::Ec2, u"ec2_region"_s);
    require(CloudType::Gce, u"gce_project_id"_s);
    account.notStartableReason = reasons.join(u' ');
    result.accounts.append(account);
    return true;
}

bool SectionReader::readLogin(const IniSection &section, const QString &name, ImportResult &result)
{
    if (section.value(u"image_user"_s).trimmed().isEmpty()) {
        result.issues.append({section.file, section.line, Error,
                              tr("[%1] has no `image_user` (the user to log in to the nodes as); "
                                 "the section was skipped.")
                                  .arg(section.name)});
        return false;
    }
    LoginProfile login;
    login.name = name;
    login.sourceFile = section.file;
    for (const IniEntry &e : section.entries()) {
        const QString &key = e.key;
        warnIfPlaceholder(e, section.name, result.issues);
        if (key == u"image_user") {
            login.imageUser = e.value.trimmed();
        } else if (key == u"image_sudo") {
            if (const std::optional<bool> sudo = parseBool(e.value))
                login.imageSudo = *sudo;
            else
                result.issues.append({e.file, e.line, Warning,
                                      tr("`image_sudo` in [%1] must be yes or no, not “%2”; the "
                                         "default (yes) was kept.")
                                          .arg(section.name, e.value)});
        } else if (key == u"image_user_sudo") {
            login.imageUserSudo = e.value.trimmed();
        } else if (key == u"image_userdata") {
            login.imageUserData = e.value;
        } else if (key == u"user_key_name") {
            login.userKeyName = e.value.trimmed();
        } else if (key == u"user_key_private") {
            login.userKeyPrivate = e.value.trimmed();
        } else if (key == u"user_key_public") {
            login.userKeyPublic = e.value.trimmed();
        } else if (!e.referenced) {
            result.issues.append({e.file, e.line, Warning,
                                  tr("`%1` in [%2] is not a login key ElastiCluster knows; it was "
                                     "ignored. Check its spelling.")
                                      .arg(key, section.name)});
        }
    }
    result.logins.append(login);
    return true;
}

bool SectionReader::readSetup(const IniSection &section, const QString &name, ImportResult &result)
{
    SetupProfile setup;
    setup.name = name;
    setup.sourceFile = section.file;
    for (const IniEntry &e : section.entries()) {
        const QString &key = e.key;
        warnIfPlaceholder(e, section.name, result.issues);
        const auto warn = [&](const QString &message) {
            result.issues.append({e.file, e.line, Warning, message});
        };
        if (key == u"provider") {
            setup.provider = e.value.trimmed();
            if (setup.provider != u"ansible")
                warn(tr("[%1] uses the setup provider “%2”; ClusterDeck only runs Ansible.")
                         .arg(section.name, setup.provider));
        } else if (key.startsWith(u"global_var_")) {
            setup.globalVars.insert(key.sliced(11), e.value);
        } else if (const qsizetype var = key.indexOf(u"_var_"); var > 0) {
            setup.kindVars[key.first(var)].insert(key.sliced(var + 5), e.value);
        } else if (key.endsWith(u"_groups") && key.size() > 7) {
            QStringList groups;
            for (const QString &group : NodeKeys::commaList(e.value)) {
                QString renamed = renamedGroup(group);
                if (!renamed.isEmpty())
                    warn(tr("`%1` in [%2] uses the old Ansible group name `%3`; it was read as "
                            "`%4`. Please rename it.")
                             .arg(key, section.name, group, renamed));
                else
                    renamed = group;
                if (!groups.contains(renamed))
                    groups.append(renamed);
            }
            setup.kindGroups.insert(key.chopped(7), groups);
        } else if (key == u"ansible_command") {
            setup.ansibleCommand = e.value;
        } else if (key == u"ansible_extra_args") {
            setup.ansibleExtraArgs = e.value;
        } else if (key == u"ssh_pipelining") {
            warn(tr("`ssh_pipelining` in [%1] is the old name of `ansible_ssh_pipelining`; it was "
                    "read as `ansible_ssh_pipelining`. Please rename it.")
                     .arg(section.name));
            if (!section.contains(u"ansible_ssh_pipelining"_s))
                setup.ansibleSettings.insert(u"ansible_ssh_pipelining"_s, e.value);
        } else if (key.startsWith(u"ansible_")) {
            setup.ansibleSettings.insert(key, e.value);
        } else if (key == u"playbook_path") {
            setup.playbookPath = e.value.trimmed();
        } else {
            setup.settings.insert(key, e.value);
            if (key != u"slow_but_safer" && key != u"safe_but_slower" && !e.referenced)
                warn(tr("`%1` in [%2] is not a setup key ElastiCluster knows; it was kept as a "
                        "setting. Check its spelling.")
                         .arg(key, section.name));
        }
    }
    result.setups.append(setup);
    return true;
}

} // namespace cd
