// Ec2Provider: construction from a config, key pairs, security groups, listings and quota.
#include "providers/cloud/ec2/ec2provider.h"

#include "providers/cloud/accountnumbers.h"
#include "providers/cloud/ec2/ec2logging.h"
#include "providers/cloud/ec2/ec2parsers.h"
#include "providers/cloud/ec2/keyfingerprint.h"
#include "providers/net/httpclient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

std::unique_ptr<CloudProvider>
Ec2Provider::create(const ProviderConfig &config, const ProviderContext &context, QString *error)
{
    const auto fail = [error](const QString &message) -> std::unique_ptr<CloudProvider> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!context.http)
        return fail(tr("No HTTP client was given to the EC2 provider."));
    const QString region = config.region.isEmpty()
                               ? config.settings.value(u"ec2_region"_s).trimmed()
                               : config.region.trimmed();
    if (region.isEmpty())
        return fail(tr("The EC2 account “%1” names no region (ec2_region).").arg(config.name));
    Ec2Api::Options options;
    options.region = region;
    options.credentials.accessKeyId = config.settings.value(u"ec2_access_key"_s).trimmed();
    options.credentials.secretAccessKey = config.secrets.value(u"ec2_secret_key"_s);
    options.credentials.sessionToken = config.secrets.value(u"ec2_session_token"_s);
    if (options.credentials.accessKeyId.isEmpty())
        return fail(
            tr("The EC2 account “%1” has no access key (ec2_access_key).").arg(config.name));
    if (options.credentials.secretAccessKey.isEmpty())
        return fail(
            tr("The EC2 account “%1” has no secret key (ec2_secret_key).").arg(config.name));

    QString endpoint = config.endpoint.isEmpty() ? config.settings.value(u"ec2_url"_s).trimmed()
                                                 : config.endpoint.trimmed();
    if (endpoint.isEmpty())
        endpoint = u"https://ec2.%1.amazonaws.com/"_s.arg(region);
    if (!endpoint.contains(u"://"))
        endpoint.prepend(u"https://"_s);
    QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return fail(tr("The EC2 endpoint “%1” of account “%2” is not an http(s) URL.")
                        .arg(endpoint, config.name));
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    options.endpoint = url;

    Settings settings;
    AccountNumbers numbers(u"ec2"_s, context.http->retryPolicy());
    numbers.add(u"ec2_page_size"_s, 5, 1000, &settings.pageSize);
    numbers.add(u"ec2_tag_concurrency"_s, 1, 64, &settings.tagConcurrency);
    if (const QString bad = numbers.read(config, u"EC2"_s); !bad.isEmpty())
        return fail(bad);
    options.timeout = numbers.timeout();
    const RetryPolicy retry = numbers.retry();
    options.retry = retry;
    return std::make_unique<Ec2Provider>(context.http, std::move(options), settings);
}

QFuture<CloudResult<QString>> Ec2Provider::importKeyPair(const KeyPairSpec &key)
{
    const auto parsed = ec2::SshPublicKey::parse(key.publicKey);
    if (key.name.isEmpty() || !parsed)
        return readyResult<QString>(
            CloudError::of(CloudError::Kind::InvalidRequest,
                           tr("Key pair “%1”: not an OpenSSH public key line.").arg(key.name)));
    if (ec2::importedKeyFingerprints(*parsed).isEmpty())
        return readyResult<QString>(
            CloudError::of(CloudError::Kind::InvalidRequest,
                           tr("Key pair “%1”: EC2 accepts RSA and Ed25519 keys, not %2.")
                               .arg(key.name, parsed->type)));
    return keyPairLookup(key.name, std::make_shared<ec2::SshPublicKey>(*parsed), key.publicKey,
                         true);
}

QFuture<CloudResult<QString>>
Ec2Provider::keyPairLookup(const QString &name,
                           const std::shared_ptr<ec2::SshPublicKey> &key,
                           const QByteArray &publicKey,
                           bool mayImport)
{
    Ec2Query query;
    query.addFilter(u"key-name"_s, {name});
    return m_api->call(u"DescribeKeyPairs"_s, query)
        .then(
            this,
            [=, this](const Ec2Api::Reply &reply) -> QFuture<CloudResult<QString>> {
                if (!reply)
                    return readyResult<QString>(reply.error());
                for (const ec2::KeyPair &pair : ec2::parseKeyPairs(reply.value())) {
                    if (pair.name != name)
                        continue;
                    if (ec2::fingerprintMatches(pair.fingerprint, *key))
                        return readyResult<QString>(pair.fingerprint);
                    return readyResult<QString>(CloudError::of(
                        CloudError::Kind::InvalidRequest,
                        tr("A different key is already registered as key pair “%1” (fingerprint %2 "
                           "in "
                           "the cloud, %3 here). Remove it from the cloud or choose another name.")
                            .arg(name, pair.fingerprint,
                                 ec2::importedKeyFingerprints(*key).value(0))));
                }
                if (!mayImport)
                    return readyResult<QString>(
                        CloudError::of(CloudError::Kind::NotFound,
                                       tr("Key pair “%1” vanished while importing it.").arg(name)));
                Ec2Query import;
                import.add(u"KeyName"_s, name);
                import.add(u"PublicKeyMaterial"_s,
                           QString::fromLatin1(publicKey.trimmed().toBase64()));
                return m_api->call(u"ImportKeyPair"_s, import)
                    .then(
                        this,
                        [=, this](const Ec2Api::Reply &imported) -> QFuture<CloudResult<QString>> {
                            if (!imported && imported.error().code == u"InvalidKeyPair.Duplicate")
                                return keyPairLookup(name, key, publicKey,
                                                     false); // a twin was faster
                            if (!imported) {
                                CloudError error = imported.error();
                                error.message = tr("Key pair “%1”: %2").arg(name, error.message);
                                return readyResult<QString>(error);
                            }
                            const auto pairs = ec2::parseKeyPairs(imported.value());
                            return readyResult<QString>(
                                pairs.isEmpty() ? QString() : pairs.first().fingerprint);
                        })
                    .unwrap();
            })
        .unwrap();
}

QFuture<CloudResult<QString>> Ec2Provider::ensureSecurityGroup(const SecurityGroupSpec &spec)
{
    if (spec.name.isEmpty())
        return readyResult<QString>(
            CloudError::of(CloudError::Kind::InvalidRequest, tr("A security group needs a name.")));
    return groupLookup(spec, true);
}

QFuture<CloudResult<QString>> Ec2Provider::groupLookup(const SecurityGroupSpec &spec,
                                                       bool mayCreate)
{
    const bool inVpc = spec.network.startsWith(u"vpc-");
    Ec2Query query;
    query.addFilter(u"group-name"_s, {spec.name});
    if (inVpc)
        query.addFilter(u"vpc-id"_s, {spec.network});
    return m_api->call(u"DescribeSecurityGroups"_s, query)
        .then(this,
              [=, this](const Ec2Api::Reply &reply) -> QFuture<CloudResult<QString>> {
                  if (!reply)
                      return readyResult<QString>(reply.error());
                  for (const ec2::SecurityGroup &group : ec2::parseSecurityGroups(reply.value())) {
                      if (group.name != spec.name)
                          continue;
                      bool self = false;
                      bool ssh = false;
                      for (const auto &rule : group.ingress) {
                          const bool all = rule.protocol == u"-1";
                          self = self || (all && rule.groupIds.contains(group.id));
                          ssh = ssh
                                || ((all
                                     || (rule.protocol == u"tcp" && rule.fromPort <= 22
                                         && rule.toPort >= 22))
                                    && rule.cidrs.contains(spec.sshFrom));
                      }
                      if (self && ssh)
                          return readyResult<QString>(group.id);
                      return authorizeMissing(group.id, spec, !self, !ssh);
                  }
                  if (!mayCreate)
                      return readyResult<QString>(CloudError::of(
                          CloudError::Kind::NotFound,
                          tr("Security group “%1” vanished while creating it.").arg(spec.name)));
                  Ec2Query create;
                  create.add(u"GroupName"_s, spec.name);
                  create.add(u"GroupDescription"_s, spec.description.isEmpty()
                                                        ? tr("ClusterDeck: %1").arg(spec.name)
                                                        : spec.description);
                  if (inVpc)
                      create.add(u"VpcId"_s, spec.network);
                  return m_api->call(u"CreateSecurityGroup"_s, create)
                      .then(
                          this,
                          [=, this](const Ec2Api::Reply &created) -> QFuture<CloudResult<QString>> {
                              if (!created && created.error().code == u"InvalidGroup.Duplicate")
                                  return groupLookup(
                                      spec, false); // created by a retried attempt or a twin
                              if (!created)
                                  return readyResult<QString>(created.error());
                              return authorizeMissing(created.value().childText(u"groupId"), spec,
                                                      true, true);
                          })
                      .unwrap();
              })
        .unwrap();
}

QFuture<CloudResult<QString>> Ec2Provider::authorizeMissing(const QString &groupId,
                                                            const SecurityGroupSpec &spec,
                                                            bool selfRule,
                                                            bool sshRule)
{
    Ec2Query query;
    query.add(u"GroupId"_s, groupId);
    int n = 0;
    if (selfRule) {
        const QString prefix = u"IpPermissions.%1."_s.arg(++n);
        query.add(prefix + u"IpProtocol"_s, u"-1"_s);
        query.add(prefix + u"Groups.1.GroupId"_s, groupId);
    }
    if (sshRule) {
        const QString prefix = u"IpPermissions.%1."_s.arg(++n);
        query.add(prefix + u"IpProtocol"_s, u"tcp"_s);
        query.add(prefix + u"FromPort"_s, 22);
        query.add(prefix + u"ToPort"_s, 22);
        query.add(prefix + u"IpRanges.1.CidrIp"_s, spec.sshFrom);
    }
    return m_api->call(u"AuthorizeSecurityGroupIngress"_s, query)
        .then(this, [groupId](const Ec2Api::Reply &reply) -> CloudResult<QString> {
            if (!reply && reply.error().code != u"InvalidPermission.Duplicate")
                return reply.error();
            return groupId;
        });
}

QFuture<CloudResult<QList<ImageInfo>>> Ec2Provider::listImages(const ImageQuery &imageQuery)
{
    Ec2Query query;
    QStringList owners = imageQuery.owners;
    if (owners.isEmpty() && imageQuery.nameFilter.isEmpty())
        owners = {u"self"_s}; // never the whole public catalogue
    query.addList(u"Owner"_s, owners);
    if (!imageQuery.nameFilter.isEmpty()) {
        const bool glob
            = imageQuery.nameFilter.contains(u'*') || imageQuery.nameFilter.contains(u'?');
        query.addFilter(u"name"_s,
                        {glob ? imageQuery.nameFilter : u'*' + imageQuery.nameFilter + u'*'});
    }
    query.addFilter(u"state"_s, {u"available"_s});
    const int limit = imageQuery.limit;
    return m_api->call(u"DescribeImages"_s, query)
        .then(this, [limit](const Ec2Api::Reply &reply) -> CloudResult<QList<ImageInfo>> {
            if (!reply)
                return reply.error();
            QList<ImageInfo> images = ec2::parseImages(reply.value());
            std::stable_sort(images.begin(), images.end(),
                             [](const ImageInfo &a, const ImageInfo &b) {
                                 return a.created > b.created; // newest first
                             });
            if (limit > 0 && images.size() > limit)
                images.resize(limit);
            return images;
        });
}

QFuture<CloudResult<QList<FlavorInfo>>> Ec2Provider::listFlavors()
{
    Ec2Query query;
    query.add(u"MaxResults"_s, 100); // the API's maximum for instance types
    return m_api->callAllPages(u"DescribeInstanceTypes"_s, query)
        .then(this, [](const Ec2Api::Pages &pages) -> CloudResult<QList<FlavorInfo>> {
            if (!pages)
                return pages.error();
            QList<FlavorInfo> flavors;
            for (const XmlElement &page : pages.value())
                flavors += ec2::parseInstanceTypes(page);
            std::sort(flavors.begin(), flavors.end(),
                      [](const FlavorInfo &a, const FlavorInfo &b) { return a.name < b.name; });
            return flavors;
        });
}

QFuture<CloudResult<QList<NetworkInfo>>> Ec2Provider::listNetworks()
{
    Ec2Query query;
    query.add(u"MaxResults"_s, m_settings.pageSize);
    return m_api->callAllPages(u"DescribeSubnets"_s, query)
        .then(this, [](const Ec2Api::Pages &pages) -> CloudResult<QList<NetworkInfo>> {
            if (!pages)
                return pages.error();
            QList<NetworkInfo> networks;
            for (const XmlElement &page : pages.value())
                networks += ec2::parseSubnets(page);
            return networks;
        });
}

QFuture<CloudResult<QuotaInfo>> Ec2Provider::quota()
{
    Ec2Query query;
    query.addList(u"AttributeName"_s, {u"max-instances"_s});
    return m_api->call(u"DescribeAccountAttributes"_s, query)
        .then(this, [](const Ec2Api::Reply &reply) -> CloudResult<QuotaInfo> {
            if (!reply)
                return reply.error();
            return ec2::parseAccountAttributes(reply.value());
        });
}

} // namespace cd
