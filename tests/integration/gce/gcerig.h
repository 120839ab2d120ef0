#pragma once

#include "providers/cloud/gce/gceprovider.h"
#include "providers/cloud/gce/gcetokensource.h"
#include "providers/net/httpclient.h"
#include "tests/integration/gce/fakegce.h"
#include "tests/support/awaitfuture.h"

#include <QDateTime>
#include <QJsonArray>

namespace cd::test {

// A GceProvider wired to a FakeGce with quick retries, quick polls and a clock the test can
// move forward (token renewal).
class GceRig final
{
public:
    explicit GceRig(FakeGce *fake)
        : m_fake(fake)
    {
        RetryPolicy retry;
        retry.maxAttempts = 3;
        retry.baseDelay = std::chrono::milliseconds(1);
        retry.maxDelay = std::chrono::milliseconds(5);
        m_http.setRetryPolicy(retry);
    }

    std::unique_ptr<GceProvider> provider(const QByteArray &credentialsJson, int pageSize = 500)
    {
        QString error;
        GceTokenSource::Options t;
        t.credentials = *gce::Credentials::parse(credentialsJson, &error);
        t.now = [this] { return clock; };
        auto *tokens = new GceTokenSource(&m_http, t);
        GceApi::Options o;
        o.base = m_fake->computeBase();
        o.project = QString::fromLatin1(FakeGce::Project);
        o.zone = QString::fromLatin1(FakeGce::Zone);
        o.pollInterval = std::chrono::milliseconds(10);
        o.operationTimeout = std::chrono::seconds(20);
        o.pageSize = pageSize;
        return std::make_unique<GceProvider>(new GceApi(&m_http, tokens, o),
                                             GceProvider::Settings{});
    }
    std::unique_ptr<GceProvider> provider() { return provider(m_fake->serviceAccountJson()); }

    HttpClient *http() { return &m_http; }
    QDateTime clock = QDateTime::currentDateTimeUtc();

private:
    FakeGce *m_fake;
    HttpClient m_http;
};

// A kind of one image and machine type, its key "mykey" and login user "ansible".
inline InstanceSpec gceSpec(const QString &cluster, const QStringList &nodes)
{
    InstanceSpec s;
    s.cluster = cluster;
    s.kind = QStringLiteral("compute");
    s.nodeNames = nodes;
    s.image = QStringLiteral("debian-12");
    s.flavor = QStringLiteral("e2-small");
    s.keyName = QStringLiteral("mykey");
    s.clientToken = QStringLiteral("token-") + cluster;
    s.settings.insert(QStringLiteral("login_user"), QStringLiteral("ansible"));
    return s;
}

// The value of one metadata item of an instances.insert body.
inline QString metadataValue(const QJsonObject &body, const QString &key)
{
    const QJsonArray items = body.value(QStringLiteral("metadata"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue &v : items)
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject().value(QStringLiteral("value")).toString();
    return {};
}

template<typename T>
QString why(const CloudResult<T> &r)
{
    return r.ok() ? QString() : r.error().describe();
}

} // namespace cd::test
