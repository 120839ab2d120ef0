#include "tests/integration/openstack/openstackfixture.h"

#include <QNetworkProxy>

using namespace Qt::StringLiterals;

namespace cd::test {

OpenStackFixture::OpenStackFixture()
    : m_http(std::make_unique<HttpClient>(&m_network))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

OpenStackFixture::~OpenStackFixture() = default;

bool OpenStackFixture::start(QString *error)
{
    if (m_fake.start())
        return true;
    *error = m_fake.errorString();
    return false;
}

void OpenStackFixture::reset()
{
    m_fake.clearRequests();
    m_fake.clearFaults();
    m_fake.setTokenLifetime(3600);
    m_fake.setBuildPolls(1);
    m_fake.setFloatingPolls(1);
}

ProviderConfig OpenStackFixture::config(const QMap<QString, QString> &extra) const
{
    ProviderConfig config;
    config.type = u"openstack"_s;
    config.name = u"fake"_s;
    config.endpoint = m_fake.authUrl().toString();
    config.region = u"RegionOne"_s;
    config.project = u"admin"_s;
    config.settings = {{u"username"_s, QString::fromLatin1(FakeOpenStack::UserName)},
                       {u"user_domain_name"_s, u"Default"_s},
                       {u"project_domain_name"_s, u"Default"_s},
                       {u"openstack_retry_attempts"_s, u"3"_s},
                       {u"openstack_retry_base_ms"_s, u"1"_s},
                       {u"openstack_retry_max_ms"_s, u"5"_s}};
    config.settings.insert(extra);
    config.secrets.insert(u"password"_s, FakeOpenStack::Password);
    return config;
}

std::unique_ptr<OpenStackProvider> OpenStackFixture::provider(const QMap<QString, QString> &extra,
                                                              const QProcessEnvironment &env)
{
    ProviderContext context;
    context.http = m_http.get();
    QString error;
    auto made = OpenStackProvider::createWithEnvironment(config(extra), context, env, &error);
    if (!made)
        qFatal("cannot make the OpenStack provider: %s", qPrintable(error));
    return std::unique_ptr<OpenStackProvider>(static_cast<OpenStackProvider *>(made.release()));
}

InstanceSpec OpenStackFixture::spec(const QStringList &nodes)
{
    InstanceSpec s;
    s.cluster = u"c1"_s;
    s.kind = u"compute"_s;
    s.nodeNames = nodes;
    s.image = QString::fromLatin1(Image);
    s.flavor = u"m1.small"_s;
    s.keyName = u"k1"_s;
    s.securityGroups = {u"sg-1"_s};
    s.networks = {QString::fromLatin1(Network)};
    s.userData = "#!/bin/sh\necho hi\n";
    s.tags = {{u"owner"_s, u"ops"_s}};
    return s;
}

} // namespace cd::test
