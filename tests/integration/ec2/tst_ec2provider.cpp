// Ec2Provider against a real moto_server: batch-shaped creates (one RunInstances per kind),
// node tags on every instance, one DescribeInstances per round, paging, terminate/stop/start,
// the orphan scan, and every request on the wire signed.
#include "tests/integration/ec2/ec2fixture.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/awaitfuture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using cd::CloudError;
using cd::InstanceInfo;
using cd::InstanceSpec;
using State = cd::InstanceInfo::State;

namespace {

InstanceSpec spec(const QString &cluster, const QString &kind, int count)
{
    InstanceSpec spec;
    spec.cluster = cluster;
    spec.kind = kind;
    for (int i = 1; i <= count; ++i)
        spec.nodeNames.append(kind + u"%1"_s.arg(i, 3, 10, QLatin1Char('0')));
    spec.image = u"ami-03cf127a"_s;
    spec.flavor = u"t2.micro"_s;
    return spec;
}

QStringList idsOf(const QList<InstanceInfo> &instances)
{
    QStringList ids;
    for (const InstanceInfo &info : instances)
        ids.append(info.id);
    return ids;
}

QString describe(const cd::CloudResult<QList<InstanceInfo>> &result)
{
    return result.ok() ? QString() : result.error().describe();
}

} // namespace

class tst_Ec2Provider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void factoryValidatesConfig_data();
    void factoryValidatesConfig();
    void createTwoKinds_data();
    void createTwoKinds();
    void runInstancesParameters();
    void unknownIdsAreTerminated();
    void paging();
    void terminateStopStart();
    void stopUnknownIsNotFound();
    void findInstancesByTag();

private:
    QList<InstanceInfo> create(cd::Ec2Provider &provider, const InstanceSpec &spec);
    void verifyAllSigned();

    std::unique_ptr<cd::test::Ec2Fixture> m_ec2;
};

void tst_Ec2Provider::initTestCase()
{
    if (cd::test::MotoServer::findExecutable().isEmpty())
        CD_SKIP_OR_FAIL(u"moto_server not found (set CLUSTERDECK_MOTO_SERVER)"_s);
    m_ec2 = std::make_unique<cd::test::Ec2Fixture>();
    QString error;
    QVERIFY2(m_ec2->start(&error), qPrintable(error));
}

void tst_Ec2Provider::init()
{
    QVERIFY(m_ec2->reset());
}

QList<InstanceInfo> tst_Ec2Provider::create(cd::Ec2Provider &provider, const InstanceSpec &spec)
{
    QSignalSpy tagged(&provider, &cd::Ec2Provider::nodeTaggingFinished);
    const auto result = cd::test::await(provider.createInstances(spec));
    if (!result || !result->ok()) {
        qWarning() << "create failed:" << (result ? result->error().describe() : u"timeout"_s);
        return {};
    }
    if ((tagged.isEmpty() && !tagged.wait(60000)) || !tagged.first().at(1).toString().isEmpty())
        qWarning() << "tagging failed:" << tagged.value(0).value(1);
    return result->value();
}

void tst_Ec2Provider::verifyAllSigned()
{
    const auto entries = m_ec2->recording();
    QVERIFY(!entries.isEmpty());
    for (const QJsonObject &entry : entries) {
        const QString problem = cd::test::Ec2Fixture::signatureProblem(entry);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(cd::test::Ec2Fixture::action(entry) + u": "_s + problem));
    }
}

void tst_Ec2Provider::factoryValidatesConfig_data()
{
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("message");
    QTest::newRow("region") << u"region"_s << u"region"_s;
    QTest::newRow("access key") << u"ec2_access_key"_s << u"access key"_s;
    QTest::newRow("secret key") << u"ec2_secret_key"_s << u"secret key"_s;
    QTest::newRow("endpoint") << u"endpoint"_s << u"not an http(s) URL"_s;
    QTest::newRow("page size") << u"ec2_page_size"_s << u"ec2_page_size"_s;
}

void tst_Ec2Provider::factoryValidatesConfig()
{
    QFETCH(QString, drop);
    QFETCH(QString, message);
    cd::CloudProviderFactory factory;
    cd::CloudProviderFactory::registerBuiltins(factory);
    QVERIFY(factory.knows(u"ec2"_s));
    cd::ProviderConfig config = m_ec2->config();
    config.settings.remove(drop);
    config.secrets.remove(drop);
    if (drop == u"region")
        config.region.clear();
    else if (drop == u"endpoint")
        config.endpoint = u"ftp://127.0.0.1/"_s;
    else if (drop == u"ec2_page_size")
        config.settings.insert(drop, u"many"_s);
    cd::ProviderContext context;
    context.http = &m_ec2->http();
    QString error;
    QVERIFY(!factory.create(config, context, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.contains(u"moto"));
    QVERIFY(m_ec2->recording().isEmpty()); // nothing was sent
}

void tst_Ec2Provider::createTwoKinds_data()
{
    QTest::addColumn<int>("perKind");
    QTest::newRow("1 per kind") << 1;
    QTest::newRow("50 per kind") << 50;
}

void tst_Ec2Provider::createTwoKinds()
{
    QFETCH(int, perKind);
    auto provider = m_ec2->provider();
    QSignalSpy tagged(provider.get(), &cd::Ec2Provider::nodeTaggingFinished);
    InstanceSpec frontend = spec(u"alpha"_s, u"frontend"_s, perKind);
    frontend.tags.insert(u"owner"_s, u"ops"_s);
    const InstanceSpec compute = spec(u"alpha"_s, u"compute"_s, perKind);
    // Both kinds at once, as StartClusterJob does.
    auto first = provider->createInstances(frontend);
    auto second = provider->createInstances(compute);
    const auto createdFrontend = cd::test::await(first);
    const auto createdCompute = cd::test::await(second);
    QVERIFY(createdFrontend && createdCompute);
    QVERIFY2(createdFrontend->ok(), qPrintable(describe(*createdFrontend)));
    QVERIFY2(createdCompute->ok(), qPrintable(describe(*createdCompute)));

    // Ids and node names as soon as RunInstances answered: the caller stores them at once.
    QList<InstanceInfo> all = createdFrontend->value() + createdCompute->value();
    QCOMPARE(all.size(), 2 * perKind);
    QSet<QString> nodes;
    for (const InstanceInfo &info : all) {
        QVERIFY(info.id.startsWith(u"i-"));
        QCOMPARE(info.cluster, u"alpha"_s);
        nodes.insert(info.node);
    }
    QCOMPARE(nodes.size(), 2 * perKind);
    QVERIFY(nodes.contains(u"frontend001"_s));
    QVERIFY(nodes.contains(u"compute%1"_s.arg(perKind, 3, 10, QLatin1Char('0'))));
    QCOMPARE(createdFrontend->value().first().node, u"frontend001"_s);
    QCOMPARE(createdFrontend->value().first().launchIndex, 0);

    QTRY_COMPARE_WITH_TIMEOUT(tagged.size(), 2, 60000);
    for (const auto &signal : tagged)
        QVERIFY2(signal.at(1).toString().isEmpty(), qPrintable(signal.at(1).toString()));
    QCOMPARE(provider->taggingPending(), 0);

    QMap<QString, int> calls = m_ec2->actionCounts();
    QCOMPARE(calls.value(u"RunInstances"_s), 2); // one per kind, whatever the count
    // Each instance of a larger kind its own node tags; a kind of one gets them at creation.
    QCOMPARE(calls.value(u"CreateTags"_s), perKind == 1 ? 0 : 2 * perKind);

    // One DescribeInstances per round for all ids of both kinds.
    const QStringList ids = idsOf(all);
    for (int round = 1; round <= 2; ++round) {
        const auto described = cd::test::await(provider->describeInstances(ids));
        QVERIFY(described);
        QVERIFY2(described->ok(), qPrintable(describe(*described)));
        QCOMPARE(described->value().size(), ids.size());
        QCOMPARE(m_ec2->actionCounts().value(u"DescribeInstances"_s), round);
        for (const InstanceInfo &info : described->value()) {
            const InstanceInfo &created = all.at(ids.indexOf(info.id));
            QVERIFY(info.state == State::Pending || info.state == State::Running);
            QCOMPARE(info.cluster, u"alpha"_s);
            QCOMPARE(info.node, created.node);
            QCOMPARE(info.tags.value(u"clusterdeck:kind"_s),
                     created.node.startsWith(u"frontend") ? u"frontend"_s : u"compute"_s);
            QCOMPARE(info.tags.value(u"Name"_s), u"alpha-"_s + created.node);
            QCOMPARE(info.tags.value(u"owner"_s),
                     created.node.startsWith(u"frontend") ? u"ops"_s : QString());
            QVERIFY(!info.privateIp.isEmpty());
            if (round == 2)
                QCOMPARE(info.state, State::Running);
        }
    }
    verifyAllSigned();
}

void tst_Ec2Provider::runInstancesParameters()
{
    auto provider = m_ec2->provider();
    InstanceSpec s = spec(u"beta"_s, u"gpu"_s, 3);
    s.minCount = 2;
    s.keyName = u"beta-key"_s;
    s.userData = "#!/bin/sh\necho hello\n";
    s.bootDiskSizeGb = 40;
    s.bootDiskType = u"gp3"_s;
    s.spotPrice = u"0.05"_s;
    s.clientToken = u"beta-gpu-token"_s;
    s.networks = {u"subnet-12345678"_s};
    s.securityGroups = {u"sg-1"_s, u"sg-2"_s};
    // moto rejects unknown subnets and groups: check the request, not the answer.
    cd::test::await(provider->createInstances(s));
    const auto entries = m_ec2->recording();
    QCOMPARE(entries.size(), 1);
    const QUrlQuery form(QString::fromUtf8(cd::test::Ec2Fixture::body(entries.first())));
    const auto value
        = [&form](const QString &key) { return form.queryItemValue(key, QUrl::FullyDecoded); };
    QCOMPARE(value(u"Action"_s), u"RunInstances"_s);
    QCOMPARE(value(u"Version"_s), u"2016-11-15"_s);
    QCOMPARE(value(u"MinCount"_s), u"2"_s);
    QCOMPARE(value(u"MaxCount"_s), u"3"_s);
    QCOMPARE(value(u"ClientToken"_s), u"beta-gpu-token"_s);
    QCOMPARE(value(u"KeyName"_s), u"beta-key"_s);
    QCOMPARE(value(u"SubnetId"_s), u"subnet-12345678"_s);
    QCOMPARE(value(u"SecurityGroupId.2"_s), u"sg-2"_s);
    QCOMPARE(QByteArray::fromBase64(value(u"UserData"_s).toLatin1()), s.userData);
    QCOMPARE(value(u"BlockDeviceMapping.1.Ebs.VolumeSize"_s), u"40"_s);
    QCOMPARE(value(u"BlockDeviceMapping.1.Ebs.VolumeType"_s), u"gp3"_s);
    QCOMPARE(value(u"InstanceMarketOptions.MarketType"_s), u"spot"_s);
    QCOMPARE(value(u"InstanceMarketOptions.SpotOptions.MaxPrice"_s), u"0.05"_s);
    QCOMPARE(value(u"TagSpecification.1.ResourceType"_s), u"instance"_s);
    QCOMPARE(value(u"TagSpecification.1.Tag.1.Key"_s), u"clusterdeck:cluster"_s);
    QCOMPARE(value(u"TagSpecification.1.Tag.1.Value"_s), u"beta"_s);
    QCOMPARE(value(u"TagSpecification.1.Tag.3.Value"_s), u"beta-gpu"_s);

    // Without subnet and groups moto accepts it. moto launches MinCount instances where EC2
    // launches as many as it can up to MaxCount: either way each gets the node of its launch
    // index and the names left over are simply not in the result.
    QVERIFY(m_ec2->reset());
    s.networks.clear();
    s.securityGroups.clear();
    const auto created = create(*provider, s);
    QVERIFY(created.size() >= 2 && created.size() <= 3);
    for (const InstanceInfo &info : created)
        QCOMPARE(info.node, s.nodeNames.at(info.launchIndex));
    verifyAllSigned();
}

void tst_Ec2Provider::unknownIdsAreTerminated()
{
    auto provider = m_ec2->provider();
    const auto created = create(*provider, spec(u"gamma"_s, u"node"_s, 2));
    QCOMPARE(created.size(), 2);
    QVERIFY(m_ec2->moto().startRecording());
    const QStringList ids{created.at(0).id, u"i-0123456789abcdef0"_s, created.at(1).id,
                          created.at(0).id};
    const auto described = cd::test::await(provider->describeInstances(ids));
    QVERIFY(described && described->ok());
    QCOMPARE(described->value().size(), 3); // duplicates once
    QCOMPARE(described->value().at(1).id, u"i-0123456789abcdef0"_s);
    QCOMPARE(described->value().at(1).state, State::Terminated);
    QVERIFY(described->value().at(0).state != State::Terminated);
    QCOMPARE(m_ec2->actionCounts().value(u"DescribeInstances"_s), 1);
}

void tst_Ec2Provider::paging()
{
    // moto pages DescribeInstances by reservation (one per RunInstances): 7 kinds, page size 5.
    auto provider = m_ec2->provider({{u"ec2_page_size"_s, u"5"_s}});
    QStringList ids;
    for (int kind = 0; kind < 7; ++kind) {
        const auto created = create(*provider, spec(u"delta"_s, u"kind%1x"_s.arg(kind), 1));
        QCOMPARE(created.size(), 1);
        ids.append(created.first().id);
    }
    QVERIFY(m_ec2->moto().startRecording());
    const auto described = cd::test::await(provider->describeInstances(ids));
    QVERIFY(described && described->ok());
    QCOMPARE(described->value().size(), 7);
    for (const InstanceInfo &info : described->value())
        QVERIFY(info.state != State::Terminated);
    const auto entries = m_ec2->recording();
    QCOMPARE(entries.size(), 2);
    QVERIFY(!cd::test::Ec2Fixture::body(entries.at(0)).contains("NextToken"));
    QVERIFY(cd::test::Ec2Fixture::body(entries.at(1)).contains("NextToken="));
    QVERIFY(cd::test::Ec2Fixture::body(entries.at(1)).contains("MaxResults=5"));

    QVERIFY(m_ec2->moto().startRecording());
    const auto found = cd::test::await(provider->findInstancesByTag(u"delta"_s));
    QVERIFY(found && found->ok());
    QCOMPARE(found->value().size(), 7);
    QCOMPARE(m_ec2->actionCounts().value(u"DescribeInstances"_s), 2);
}

void tst_Ec2Provider::terminateStopStart()
{
    auto provider = m_ec2->provider();
    const QStringList ids = idsOf(create(*provider, spec(u"eps"_s, u"node"_s, 3)));
    QCOMPARE(ids.size(), 3);
    const auto states = [&]() {
        QSet<State> result;
        const auto described = cd::test::await(provider->describeInstances(ids));
        if (described && described->ok()) {
            for (const InstanceInfo &info : described->value())
                result.insert(info.state);
        }
        return result;
    };
    QCOMPARE(states(), QSet<State>{State::Running});

    QVERIFY(m_ec2->moto().startRecording());
    auto stopped = cd::test::await(provider->stopInstances(ids));
    QVERIFY(stopped && stopped->ok());
    QCOMPARE(m_ec2->actionCounts(), (QMap<QString, int>{{u"StopInstances"_s, 1}}));
    QVERIFY(states().subtract({State::Stopping, State::Stopped}).isEmpty());

    QVERIFY(m_ec2->moto().startRecording());
    auto started = cd::test::await(provider->startInstances(ids));
    QVERIFY(started && started->ok());
    QCOMPARE(m_ec2->actionCounts(), (QMap<QString, int>{{u"StartInstances"_s, 1}}));
    QVERIFY(states().subtract({State::Pending, State::Running}).isEmpty());

    // Already-gone instances are not an error: moto names the unknown id, we drop it and
    // terminate the others.
    QVERIFY(m_ec2->moto().startRecording());
    auto terminated = cd::test::await(
        provider->terminateInstances(ids + QStringList{u"i-0123456789abcdef0"_s}));
    QVERIFY(terminated);
    QVERIFY2(terminated->ok(),
             qPrintable(terminated->ok() ? QString() : terminated->error().describe()));
    QCOMPARE(m_ec2->actionCounts().value(u"TerminateInstances"_s), 2);
    QVERIFY(states().subtract({State::Terminating, State::Terminated}).isEmpty());
    QCOMPARE(states(), QSet<State>{State::Terminated});
    auto again = cd::test::await(provider->terminateInstances(ids));
    QVERIFY(again && again->ok());
    verifyAllSigned();
}

void tst_Ec2Provider::stopUnknownIsNotFound()
{
    auto provider = m_ec2->provider();
    const auto stopped = cd::test::await(provider->stopInstances({u"i-0123456789abcdef0"_s}));
    QVERIFY(stopped && !stopped->ok());
    QCOMPARE(stopped->error().kind, CloudError::Kind::NotFound);
    QCOMPARE(stopped->error().code, u"InvalidInstanceID.NotFound"_s);
    QVERIFY(stopped->error().message.contains(u"i-0123456789abcdef0"));
    QCOMPARE(m_ec2->actionCounts().value(u"StopInstances"_s), 1); // not retried
}

void tst_Ec2Provider::findInstancesByTag()
{
    auto provider = m_ec2->provider();
    const auto a = create(*provider, spec(u"zeta-a"_s, u"node"_s, 2));
    const auto b = create(*provider, spec(u"zeta-b"_s, u"node"_s, 3));
    QCOMPARE(a.size() + b.size(), 5);
    // An instance without our tags is never ours.
    cd::Ec2Query untagged;
    untagged.add(u"ImageId"_s, u"ami-03cf127a"_s);
    untagged.add(u"MinCount"_s, 1);
    untagged.add(u"MaxCount"_s, 1);
    const auto foreign = cd::test::await(provider->api()->call(u"RunInstances"_s, untagged));
    QVERIFY(foreign && foreign->ok());

    const auto onlyA = cd::test::await(provider->findInstancesByTag(u"zeta-a"_s));
    QVERIFY(onlyA && onlyA->ok());
    QCOMPARE(onlyA->value().size(), 2);
    for (const InstanceInfo &info : onlyA->value()) {
        QCOMPARE(info.cluster, u"zeta-a"_s);
        QVERIFY(info.node.startsWith(u"node00"));
    }
    const auto every = cd::test::await(provider->findInstancesByTag({}));
    QVERIFY(every && every->ok());
    QCOMPARE(every->value().size(), 5);

    QVERIFY(cd::test::await(provider->terminateInstances(idsOf(a))));
    cd::test::await(provider->describeInstances(idsOf(a))); // moto: shutting-down → terminated
    const auto afterTerminate = cd::test::await(provider->findInstancesByTag(u"zeta-a"_s));
    QVERIFY(afterTerminate && afterTerminate->ok());
    QCOMPARE(afterTerminate->value().size(), 0);
}

QTEST_GUILESS_MAIN(tst_Ec2Provider)
#include "tst_ec2provider.moc"
