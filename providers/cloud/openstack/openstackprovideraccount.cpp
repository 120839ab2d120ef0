// OpenStackProvider: construction from a config, key pairs, images, flavors and quota.
#include "providers/cloud/openstack/openstackprovider.h"

#include "providers/cloud/accountnumbers.h"
#include "providers/cloud/ec2/keyfingerprint.h"
#include "providers/cloud/openstack/openstacklogging.h"
#include "providers/cloud/openstack/openstackparsers.h"
#include "providers/net/httpclient.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace cd::openstack;

namespace cd {

namespace {

bool truthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"1" || v == u"yes" || v == u"true" || v == u"on";
}

// The account's value, else the OS_* variable: the environment fills gaps, never overrides.
struct Source
{
    const ProviderConfig &config;
    const QProcessEnvironment &env;

    QString text(const QString &key, const QString &variable, const QString &given = {}) const
    {
        QString value = given.trimmed();
        if (value.isEmpty())
            value = config.settings.value(key).trimmed();
        if (value.isEmpty() && !variable.isEmpty())
            value = env.value(variable).trimmed();
        return value;
    }
    QByteArray secret(const QString &key, const QString &variable, bool useEnv) const
    {
        QByteArray value = config.secrets.value(key);
        if (value.isEmpty() && useEnv)
            value = env.value(variable).toUtf8();
        return value;
    }
};

} // namespace

std::unique_ptr<CloudProvider> OpenStackProvider::create(const ProviderConfig &config,
                                                         const ProviderContext &context,
                                                         QString *error)
{
    return createWithEnvironment(config, context, QProcessEnvironment::systemEnvironment(), error);
}

std::unique_ptr<CloudProvider>
OpenStackProvider::createWithEnvironment(const ProviderConfig &config,
                                         const ProviderContext &context,
                                         const QProcessEnvironment &environment,
                                         QString *error)
{
    const auto fail = [error](const QString &message) -> std::unique_ptr<CloudProvider> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!context.http)
        return fail(tr("No HTTP client was given to the OpenStack provider."));
    const Source s{config, environment};
    const QString authUrl = s.text(u"auth_url"_s, u"OS_AUTH_URL"_s, config.endpoint);
    if (authUrl.isEmpty())
        return fail(
            tr("The OpenStack account “%1” names no Keystone URL (auth_url).").arg(config.name));
    OpenStackApi::Options options;
    options.auth.authUrl = KeystoneAuth::normalizedAuthUrl(authUrl);
    const QUrl &url = options.auth.authUrl;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return fail(tr("The Keystone URL “%1” of account “%2” is not an http(s) URL.")
                        .arg(authUrl, config.name));

    // A private cloud's certificate authority, trusted beside the system's.
    if (const QString cacert = s.text(u"cacert"_s, u"OS_CACERT"_s); !cacert.isEmpty()) {
        options.auth.caCertificates = QSslCertificate::fromPath(cacert, QSsl::Pem);
        if (options.auth.caCertificates.isEmpty())
            return fail(tr("The OpenStack account “%1”: cacert “%2” holds no readable PEM "
                           "certificate.")
                            .arg(config.name, cacert));
    }

    KeystoneCredentials &c = options.auth.credentials;
    // Which way to log in is the account's choice; the environment only fills that way's gaps.
    const bool accountPassword = config.secrets.contains(u"password"_s);
    const bool accountAppCredential = config.secrets.contains(u"application_credential_secret"_s);
    c.password = s.secret(u"password"_s, u"OS_PASSWORD"_s, !accountAppCredential);
    c.applicationCredentialSecret
        = s.secret(u"application_credential_secret"_s, u"OS_APPLICATION_CREDENTIAL_SECRET"_s,
                   !accountPassword);
    c.applicationCredentialId
        = s.text(u"application_credential_id"_s, u"OS_APPLICATION_CREDENTIAL_ID"_s);
    c.applicationCredentialName
        = s.text(u"application_credential_name"_s, u"OS_APPLICATION_CREDENTIAL_NAME"_s);
    c.userName = s.text(u"username"_s, u"OS_USERNAME"_s);
    c.userId = s.text(u"user_id"_s, u"OS_USER_ID"_s);
    c.userDomainName = s.text(u"user_domain_name"_s, u"OS_USER_DOMAIN_NAME"_s);
    c.userDomainId = s.text(u"user_domain_id"_s, u"OS_USER_DOMAIN_ID"_s);
    c.projectName = s.text(u"project_name"_s, u"OS_PROJECT_NAME"_s, config.project);
    if (c.projectName.isEmpty())
        c.projectName = s.text(u"tenant_name"_s, u"OS_TENANT_NAME"_s);
    c.projectId = s.text(u"project_id"_s, u"OS_PROJECT_ID"_s);
    c.projectDomainName = s.text(u"project_domain_name"_s, u"OS_PROJECT_DOMAIN_NAME"_s);
    c.projectDomainId = s.text(u"project_domain_id"_s, u"OS_PROJECT_DOMAIN_ID"_s);
    if (c.usesApplicationCredential()) {
        if (c.applicationCredentialId.isEmpty()
            && (c.applicationCredentialName.isEmpty()
                || (c.userName.isEmpty() && c.userId.isEmpty())))
            return fail(tr("The OpenStack account “%1” has an application credential secret but "
                           "no application_credential_id (or name and username).")
                            .arg(config.name));
    } else {
        if (c.userName.isEmpty() && c.userId.isEmpty())
            return fail(tr("The OpenStack account “%1” has no username.").arg(config.name));
        if (c.password.isEmpty())
            return fail(
                tr("The OpenStack account “%1” has no password (a secret).").arg(config.name));
    }
    options.region = s.text(u"region_name"_s, u"OS_REGION_NAME"_s, config.region);
    options.interface = s.text(u"interface"_s, u"OS_INTERFACE"_s);
    if (options.interface.endsWith(u"URL"))
        options.interface.chop(3); // publicURL, the v2 spelling
    if (options.interface.isEmpty())
        options.interface = u"public"_s;
    const QString version = s.text(u"compute_api_version"_s, u"OS_COMPUTE_API_VERSION"_s);
    static const QRegularExpression micro(u"^2\\.\\d+$"_s);
    if (micro.match(version).hasMatch())
        options.computeMicroversion = version;
    else if (!version.isEmpty() && version != u"2" && version != u"2.1")
        return fail(tr("The OpenStack account “%1”: compute_api_version must look like 2.52, not "
                       "“%2”.")
                        .arg(config.name, version));

    Settings settings;
    settings.requestFloatingIp = truthy(config.settings.value(u"request_floating_ip"_s));
    settings.floatingNetworkId = config.settings.value(u"floating_network_id"_s).trimmed();
    settings.antiAffinity = config.settings.value(u"use_anti_affinity_groups"_s).trimmed();
    settings.availabilityZone = config.zone.isEmpty()
                                    ? config.settings.value(u"availability_zone"_s).trimmed()
                                    : config.zone;
    AccountNumbers numbers(u"openstack"_s, context.http->retryPolicy());
    numbers.add(u"openstack_page_size"_s, 1, 1000, &settings.pageSize);
    numbers.add(u"openstack_create_concurrency"_s, 1, 64, &settings.createConcurrency);
    if (const QString bad = numbers.read(config, u"OpenStack"_s); !bad.isEmpty())
        return fail(bad);
    options.timeout = numbers.timeout();
    const RetryPolicy retry = numbers.retry();
    options.retry = retry;
    options.auth.timeout = options.timeout;
    options.auth.retry = retry;
    return std::make_unique<OpenStackProvider>(context.http, std::move(options), settings);
}

QFuture<CloudResult<QString>> OpenStackProvider::importKeyPair(const KeyPairSpec &key)
{
    if (key.name.isEmpty() || !ec2::SshPublicKey::parse(key.publicKey))
        return readyResult<QString>(
            CloudError::of(CloudError::Kind::InvalidRequest,
                           tr("Key pair “%1”: not an OpenSSH public key line.").arg(key.name)));
    return keyPairLookup(key, true);
}

QFuture<CloudResult<QString>> OpenStackProvider::keyPairLookup(const KeyPairSpec &key,
                                                               bool mayImport)
{
    const auto ours = ec2::SshPublicKey::parse(key.publicKey);
    const QString fingerprint = novaFingerprint(ours->blob);
    ApiRequest lookup{u"compute"_s, "GET", u"/os-keypairs/"_s + key.name, {}, {}, true};
    return m_api->call(lookup)
        .then(this,
              [=, this](const OpenStackApi::Reply &reply) -> QFuture<CloudResult<QString>> {
                  if (reply) {
                      const QJsonObject pair = reply.value().json.value(u"keypair").toObject();
                      const QString theirs = pair.value(u"fingerprint").toString();
                      const auto stored
                          = ec2::SshPublicKey::parse(pair.value(u"public_key").toString().toUtf8());
                      if (theirs.compare(fingerprint, Qt::CaseInsensitive) == 0
                          || (stored && stored->blob == ours->blob))
                          return readyResult<QString>(theirs.isEmpty() ? fingerprint : theirs);
                      return readyResult<QString>(CloudError::of(
                          CloudError::Kind::InvalidRequest,
                          tr("A different key is already registered as key pair “%1” "
                             "(fingerprint %2 in the cloud, %3 here). Remove it from the cloud "
                             "or choose another name.")
                              .arg(key.name, theirs, fingerprint)));
                  }
                  if (reply.error().kind != CloudError::Kind::NotFound)
                      return readyResult<QString>(reply.error());
                  if (!mayImport)
                      return readyResult<QString>(CloudError::of(
                          CloudError::Kind::NotFound,
                          tr("Key pair “%1” vanished while importing it.").arg(key.name)));
                  ApiRequest import{
                      u"compute"_s,
                      "POST",
                      u"/os-keypairs"_s,
                      {},
                      QJsonObject{{u"keypair"_s,
                                   QJsonObject{{u"name"_s, key.name},
                                               {u"public_key"_s,
                                                QString::fromUtf8(key.publicKey.trimmed())}}}},
                      true};
                  return m_api->call(import)
                      .then(this,
                            [=, this](const OpenStackApi::Reply &imported)
                                -> QFuture<CloudResult<QString>> {
                                if (!imported && imported.error().httpStatus == 409)
                                    return keyPairLookup(key, false); // a twin was faster
                                if (!imported) {
                                    CloudError error = imported.error();
                                    error.message
                                        = tr("Key pair “%1”: %2").arg(key.name, error.message);
                                    return readyResult<QString>(error);
                                }
                                const QString theirs = imported.value()
                                                           .json.value(u"keypair")
                                                           .toObject()
                                                           .value(u"fingerprint")
                                                           .toString();
                                return readyResult<QString>(theirs.isEmpty() ? fingerprint
                                                                             : theirs);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<CloudResult<QList<ImageInfo>>> OpenStackProvider::listImages(const ImageQuery &imageQuery)
{
    QUrlQuery query;
    query.addQueryItem(u"status"_s, u"active"_s);
    query.addQueryItem(u"sort_key"_s, u"created_at"_s);
    query.addQueryItem(u"sort_dir"_s, u"desc"_s);
    for (const QString &owner : imageQuery.owners) {
        if (owner != u"self")
            query.addQueryItem(u"owner"_s, owner);
    }
    const QString filter = imageQuery.nameFilter;
    const bool glob = filter.contains(u'*') || filter.contains(u'?');
    // Glance matches names exactly only: a substring or glob is matched here.
    const QRegularExpression pattern(glob ? QRegularExpression::wildcardToRegularExpression(filter)
                                          : QRegularExpression::escape(filter),
                                     QRegularExpression::CaseInsensitiveOption);
    const int limit = imageQuery.limit;
    ApiRequest request{u"image"_s, "GET", u"/images"_s, query, {}, true};
    return m_api->listAll(request, u"images"_s, std::clamp(limit > 0 ? limit : 200, 20, 1000))
        .then(this,
              [pattern, limit](const OpenStackApi::List &list) -> CloudResult<QList<ImageInfo>> {
                  if (!list)
                      return list.error();
                  QList<ImageInfo> images;
                  for (const ImageInfo &image : parseImages(list.value())) {
                      if (pattern.match(image.name).hasMatch())
                          images.append(image);
                  }
                  std::stable_sort(images.begin(), images.end(),
                                   [](const ImageInfo &a, const ImageInfo &b) {
                                       return a.created > b.created; // newest first
                                   });
                  if (limit > 0 && images.size() > limit)
                      images.resize(limit);
                  return images;
              });
}

QFuture<CloudResult<QList<FlavorInfo>>> OpenStackProvider::listFlavors()
{
    ApiRequest request{u"compute"_s, "GET", u"/flavors/detail"_s, {}, {}, true};
    return m_api->listAll(request, u"flavors"_s, m_settings.pageSize)
        .then(this, [](const OpenStackApi::List &list) -> CloudResult<QList<FlavorInfo>> {
            if (!list)
                return list.error();
            QList<FlavorInfo> flavors = parseFlavors(list.value());
            std::sort(flavors.begin(), flavors.end(),
                      [](const FlavorInfo &a, const FlavorInfo &b) { return a.name < b.name; });
            return flavors;
        });
}

QFuture<CloudResult<QuotaInfo>> OpenStackProvider::quota()
{
    ApiRequest request{u"compute"_s, "GET", u"/limits"_s, {}, {}, true};
    return m_api->call(request).then(
        this, [](const OpenStackApi::Reply &reply) -> CloudResult<QuotaInfo> {
            if (!reply)
                return reply.error();
            return parseLimits(reply.value().json);
        });
}

} // namespace cd
