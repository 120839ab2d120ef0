#pragma once

#include "tests/integration/openstack/fakeopenstack.h"

#include "providers/cloud/openstack/openstackprovider.h"
#include "providers/net/httpclient.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace cd::test {

// A FakeOpenStack, an HttpClient over a real QNetworkAccessManager, and OpenStack providers
// for an account of the fake (fast retries), made with an empty environment unless one is
// given so that no OS_* variable of the machine leaks in.
class OpenStackFixture final
{
public:
    static constexpr auto Image = "70a599e0-31e7-49b7-b260-868f441e862b";
    static constexpr auto Network = "d32019d3-bc6e-4319-9c1d-6722fc136a22";     // net1 (sample)
    static constexpr auto FloatingNet = "376da547-b977-4cfe-9cba-275c80debf57"; // FIP sample

    OpenStackFixture();
    ~OpenStackFixture();

    bool start(QString *error);
    // Forgets requests and faults, long-lived tokens, quick builds.
    void reset();

    FakeOpenStack &fake() { return m_fake; }
    HttpClient *http() { return m_http.get(); }
    ProviderConfig config(const QMap<QString, QString> &extra = {}) const;
    std::unique_ptr<OpenStackProvider> provider(const QMap<QString, QString> &extra = {},
                                                const QProcessEnvironment &env = {});
    // cluster c1, kind compute, image, m1.small, key k1, group sg-1, net1, user data, a tag.
    static InstanceSpec spec(const QStringList &nodes);

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    FakeOpenStack m_fake;
};

} // namespace cd::test
