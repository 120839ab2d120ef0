// The "existing machines" provider: hands out free hosts, takes them back, never gives one
// host to two clusters, even from two provider objects (processes) at once.
#include "providers/cloud/static/statichostsprovider.h"
#include "tests/support/awaitfuture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::await;
using namespace Qt::StringLiterals;

namespace {

InstanceSpec spec(const QString &cluster, int count, int min = 0)
{
    InstanceSpec s;
    s.cluster = cluster;
    s.kind = u"compute"_s;
    for (int i = 1; i <= count; ++i)
        s.nodeNames << u"compute%1"_s.arg(i, 3, 10, QLatin1Char('0'));
    s.minCount = min;
    return s;
}

} // namespace

class TestStaticHostsProvider final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parseHosts_data();
    void parseHosts();
    void handsOutAndTakesBack();
    void notEnoughHosts();
    void twoProvidersNeverShareAHost();
    void unsupportedOperationsSaySo();
    void factoryRejectsBadConfig();

private:
    std::unique_ptr<CloudProvider> make();
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestStaticHostsProvider::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<CloudProvider> TestStaticHostsProvider::make()
{
    ProviderConfig config;
    config.type = u"static"_s;
    config.name = u"lab"_s;
    config.settings.insert(u"hosts"_s,
                           u"127.0.0.2:2222, 127.0.0.3:2222 127.0.0.4:2222,127.0.0.5"_s);
    ProviderContext context;
    context.stateDir = m_tmp->path();
    QString error;
    auto provider = StaticHostsProvider::create(config, context, &error);
    if (!provider)
        qWarning() << error;
    return provider;
}

void TestStaticHostsProvider::parseHosts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("mixed separators")
        << u"a.example.org, 127.0.0.2:2222\n127.0.0.3"_s
        << QStringList{u"a.example.org"_s, u"127.0.0.2:2222"_s, u"127.0.0.3"_s};
    QTest::newRow("duplicates once") << u"h1 h1"_s << QStringList{u"h1"_s};
    QTest::newRow("ipv6") << u"[::1]:2200"_s << QStringList{u"[::1]:2200"_s};
    QTest::newRow("bad port") << u"h1:99999"_s << QStringList{};
    QTest::newRow("port zero") << u"h1:0"_s << QStringList{};
    QTest::newRow("garbage") << u"h1 ;rm -rf"_s << QStringList{};
    QTest::newRow("empty") << u"  "_s << QStringList{};
}

void TestStaticHostsProvider::parseHosts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, hosts);
    QString error;
    QCOMPARE(StaticHostsProvider::parseHosts(text, &error), hosts);
    QCOMPARE(error.isEmpty(), !hosts.isEmpty());
}

void TestStaticHostsProvider::handsOutAndTakesBack()
{
    auto provider = make();
    QVERIFY(provider);
    const auto created = await(provider->createInstances(spec(u"c1"_s, 3)));
    QVERIFY(created.ok());
    QCOMPARE(created.value().size(), 3);
    QCOMPARE(created.value().at(0).id, u"127.0.0.2:2222"_s);
    QCOMPARE(created.value().at(0).node, u"compute001"_s);
    QCOMPARE(created.value().at(0).publicIp, u"127.0.0.2:2222"_s);
    QCOMPARE(created.value().at(0).privateIp, u"127.0.0.2"_s);
    QCOMPARE(created.value().at(2).state, InstanceInfo::State::Running);

    const auto quota = await(provider->quota());
    QVERIFY(quota.ok());
    QCOMPARE(quota.value().maxInstances, 4);
    QCOMPARE(quota.value().usedInstances, 3);

    QVERIFY(await(provider->terminateInstances({u"127.0.0.3:2222"_s})).ok());
    const auto described = await(
        provider->describeInstances({u"127.0.0.2:2222"_s, u"127.0.0.3:2222"_s, u"nowhere"_s}));
    QVERIFY(described.ok());
    QCOMPARE(described.value().at(0).state, InstanceInfo::State::Running);
    QCOMPARE(described.value().at(0).cluster, u"c1"_s);
    QCOMPARE(described.value().at(1).state, InstanceInfo::State::Terminated);
    QCOMPARE(described.value().at(2).state, InstanceInfo::State::Terminated);

    const auto tagged = await(provider->findInstancesByTag(u"c1"_s));
    QVERIFY(tagged.ok());
    QCOMPARE(tagged.value().size(), 2);
    QCOMPARE(tagged.value().at(1).tags.value(u"clusterdeck:node"_s), u"compute003"_s);
    // The freed host is handed out again.
    const auto again = await(provider->createInstances(spec(u"c2"_s, 2)));
    QVERIFY(again.ok());
    QStringList ids;
    for (const InstanceInfo &i : again.value())
        ids << i.id;
    QCOMPARE(ids, (QStringList{u"127.0.0.3:2222"_s, u"127.0.0.5"_s}));
}

void TestStaticHostsProvider::notEnoughHosts()
{
    auto provider = make();
    QVERIFY(await(provider->createInstances(spec(u"a"_s, 3))).ok());
    const auto refused = await(provider->createInstances(spec(u"b"_s, 3, 2)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Quota);
    QVERIFY2(refused.error().message.contains(u"Only 1 of the 4 hosts"_s),
             qPrintable(refused.error().message));
    // Fewer than wanted but at least the minimum: accepted.
    const auto partial = await(provider->createInstances(spec(u"b"_s, 3, 1)));
    QVERIFY(partial.ok());
    QCOMPARE(partial.value().size(), 1);
}

void TestStaticHostsProvider::twoProvidersNeverShareAHost()
{
    auto first = make();
    auto second = make();
    auto a = first->createInstances(spec(u"a"_s, 2, 1));
    auto b = second->createInstances(spec(u"b"_s, 2, 1));
    const auto ra = await(a);
    const auto rb = await(b);
    QVERIFY(ra.ok() && rb.ok());
    QSet<QString> ids;
    for (const auto &list : {ra.value(), rb.value()})
        for (const InstanceInfo &i : list)
            ids.insert(i.id);
    QCOMPARE(ids.size(), 4);
}

void TestStaticHostsProvider::unsupportedOperationsSaySo()
{
    auto provider = make();
    QVERIFY(!provider->supports(CloudProvider::Operation::Stop));
    QVERIFY(provider->supports(CloudProvider::Operation::Create));
    const auto stop = await(provider->stopInstances({u"127.0.0.2:2222"_s}));
    QVERIFY(!stop.ok());
    QCOMPARE(stop.error().kind, CloudError::Kind::Unsupported);
    QVERIFY2(stop.error().describe().contains(u"static"_s), qPrintable(stop.error().describe()));
}

void TestStaticHostsProvider::factoryRejectsBadConfig()
{
    CloudProviderFactory factory;
    factory.registerType(u"static"_s, &StaticHostsProvider::create);
    ProviderConfig config;
    config.type = u"static"_s;
    config.name = u"lab"_s;
    ProviderContext context;
    context.stateDir = m_tmp->path();
    QString error;
    QVERIFY(!factory.create(config, context, &error));
    QVERIFY2(error.contains(u"No hosts"_s) && error.contains(u"lab"_s), qPrintable(error));
    config.type = u"azure"_s;
    QVERIFY(!factory.create(config, context, &error));
    QVERIFY2(error.contains(u"azure"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStaticHostsProvider)
#include "tst_statichostsprovider.moc"
