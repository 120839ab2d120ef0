// Ec2Provider against moto_server through the fault layer: 500, 503, throttling, timeouts,
// cut-off XML and resets are retried within the policy (counted at the transport and at moto),
// a create is never repeated once moto has it, exhausted retries end in clear typed errors,
// and no request reaches the wire unsigned.
#include "providers/net/networktransport.h"

#include "tests/integration/ec2/ec2fixture.h"
#include "tests/support/testenv.h"
#include "tests/unit/ec2/awaitfuture.h"
#include "tests/unit/ec2/faulttransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::CloudError;
using cd::InstanceInfo;
using Fault = cd::test::FaultTransport::Fault;

namespace {

cd::InstanceSpec spec(int count)
{
    cd::InstanceSpec spec;
    spec.cluster = u"faulty"_s;
    spec.kind = u"node"_s;
    for (int i = 1; i <= count; ++i)
        spec.nodeNames.append(u"node%1"_s.arg(i));
    spec.image = u"ami-03cf127a"_s;
    return spec;
}

bool isAction(const cd::HttpRequest &request, QByteArrayView action)
{
    return request.body.startsWith(QByteArray("Action=" + action.toByteArray() + '&'));
}

int attemptsOf(const cd::test::FaultTransport &transport, QByteArrayView action)
{
    int count = 0;
    for (const cd::HttpRequest &request : transport.seen())
        count += isAction(request, action) ? 1 : 0;
    return count;
}

} // namespace

class tst_Ec2Faults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createSurvivesFaultsBeforeMoto_data();
    void createSurvivesFaultsBeforeMoto();
    void describeSurvivesEveryFault();
    void exhaustedRetriesGiveClearErrors_data();
    void exhaustedRetriesGiveClearErrors();
    void nothingUnsignedReachesTheWire();
    void tagsComeWithTheCreate_data();
    void tagsComeWithTheCreate();

private:
    std::unique_ptr<cd::test::Ec2Fixture> m_ec2;
    std::unique_ptr<cd::NetworkTransport> m_network;
    std::unique_ptr<cd::test::FaultTransport> m_faults;
};

void tst_Ec2Faults::initTestCase()
{
    if (cd::test::MotoServer::findExecutable().isEmpty())
        CD_SKIP_OR_FAIL(u"moto_server not found (set CLUSTERDECK_MOTO_SERVER)"_s);
    m_ec2 = std::make_unique<cd::test::Ec2Fixture>();
    QString error;
    QVERIFY2(m_ec2->start(&error), qPrintable(error));
    m_network = std::make_unique<cd::NetworkTransport>(&m_ec2->network());
    // moto loads its EC2 backend on first use (seconds): not the moment for 1 s timeouts.
    auto warm = m_ec2->provider();
    QSignalSpy tagged(warm.get(), &cd::Ec2Provider::nodeTaggingFinished);
    const auto created = cd::test::await(warm->createInstances(spec(1)));
    QVERIFY(created && created->ok());
    QVERIFY(!tagged.isEmpty() || tagged.wait(30000)); // a single node: tagged by the create
}

void tst_Ec2Faults::init()
{
    QVERIFY(m_ec2->reset());
    m_faults = std::make_unique<cd::test::FaultTransport>(m_network.get());
    m_ec2->useTransport(m_faults.get());
}

void tst_Ec2Faults::cleanup()
{
    m_ec2->useTransport(nullptr);
    m_faults.reset();
}

void tst_Ec2Faults::createSurvivesFaultsBeforeMoto_data()
{
    // Faults the layer answers itself, so moto sees only the attempt that gets through (moto
    // ignores ClientToken, so a create it had already done would be done twice there; real
    // EC2 answers a repeated token with the first result).
    QTest::addColumn<QList<Fault>>("faults");
    QTest::addColumn<QString>("timeout");
    QTest::newRow("500") << QList<Fault>{Fault::Status500} << u"30"_s;
    QTest::newRow("503") << QList<Fault>{Fault::Status503} << u"30"_s;
    QTest::newRow("throttling") << QList<Fault>{Fault::Throttle, Fault::Throttle} << u"30"_s;
    QTest::newRow("429") << QList<Fault>{Fault::Status429} << u"30"_s;
    QTest::newRow("reset") << QList<Fault>{Fault::Reset} << u"30"_s;
    QTest::newRow("timeout") << QList<Fault>{Fault::Hang} << u"1"_s;
}

void tst_Ec2Faults::createSurvivesFaultsBeforeMoto()
{
    QFETCH(QList<Fault>, faults);
    QFETCH(QString, timeout);
    auto provider = m_ec2->provider({{u"ec2_timeout_s"_s, timeout}});
    m_faults->setFilter([](const cd::HttpRequest &r) { return isAction(r, "RunInstances"); });
    m_faults->setFaults(faults);
    QSignalSpy tagged(provider.get(), &cd::Ec2Provider::nodeTaggingFinished);
    const auto created = cd::test::await(provider->createInstances(spec(3)));
    QVERIFY(created);
    QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().describe()));
    QCOMPARE(created->value().size(), 3);
    QCOMPARE(attemptsOf(*m_faults, "RunInstances"), faults.size() + 1);
    QCOMPARE(provider->api()->callsByAction().value(u"RunInstances"_s), 1);
    // The same client token on every attempt.
    QSet<QByteArray> tokens;
    for (const cd::HttpRequest &request : m_faults->seen()) {
        if (isAction(request, "RunInstances"))
            tokens.insert(
                request.body.mid(request.body.indexOf("ClientToken=")).split('&').first());
    }
    QCOMPARE(tokens.size(), 1);
    QVERIFY(tagged.wait(30000));
    QCOMPARE(m_ec2->actionCounts(),
             (QMap<QString, int>{{u"RunInstances"_s, 1}, {u"CreateTags"_s, 3}}));
}

void tst_Ec2Faults::describeSurvivesEveryFault()
{
    auto provider = m_ec2->provider();
    QSignalSpy tagged(provider.get(), &cd::Ec2Provider::nodeTaggingFinished);
    const auto created = cd::test::await(provider->createInstances(spec(2)));
    QVERIFY(created && created->ok());
    QVERIFY(tagged.wait(30000));
    QStringList ids;
    for (const InstanceInfo &info : created->value())
        ids.append(info.id);

    QVERIFY(m_ec2->moto().startRecording());
    m_faults->clearSeen();
    // A cut-off answer passes through moto (describes are idempotent), the others do not.
    m_faults->setFilter([](const cd::HttpRequest &r) { return isAction(r, "DescribeInstances"); });
    m_faults->setFaults({Fault::Truncate, Fault::Status503, Fault::Throttle});
    const auto described = cd::test::await(provider->describeInstances(ids));
    QVERIFY(described);
    QVERIFY2(described->ok(),
             qPrintable(described->ok() ? QString() : described->error().describe()));
    QCOMPARE(described->value().size(), 2);
    for (const InstanceInfo &info : described->value()) {
        QVERIFY(info.state != InstanceInfo::State::Terminated);
        QCOMPARE(info.cluster, u"faulty"_s);
    }
    QCOMPARE(m_faults->seen().size(), 4);
    QCOMPARE(m_ec2->actionCounts(), (QMap<QString, int>{{u"DescribeInstances"_s, 2}}));
    QCOMPARE(m_faults->faultsLeft(), 0);
}

void tst_Ec2Faults::exhaustedRetriesGiveClearErrors_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<CloudError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("motoSees");
    QTest::newRow("500") << Fault::Status500 << CloudError::Kind::Transient << u"InternalError"_s
                         << 0;
    QTest::newRow("503") << Fault::Status503 << CloudError::Kind::Transient << u"Unavailable"_s
                         << 0;
    QTest::newRow("throttling") << Fault::Throttle << CloudError::Kind::Throttled
                                << u"RequestLimitExceeded"_s << 0;
    QTest::newRow("timeout") << Fault::Hang << CloudError::Kind::Transient << QString() << 0;
    QTest::newRow("truncated XML")
        << Fault::Truncate << CloudError::Kind::Protocol << QString() << 4;
}

void tst_Ec2Faults::exhaustedRetriesGiveClearErrors()
{
    QFETCH(Fault, fault);
    QFETCH(CloudError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(int, motoSees);
    // A short timeout only where nothing answers anyway.
    const QString timeout = fault == Fault::Hang ? u"1"_s : u"30"_s;
    auto provider
        = m_ec2->provider({{u"ec2_timeout_s"_s, timeout}, {u"ec2_retry_attempts"_s, u"4"_s}});
    m_faults->setFaults(QList<Fault>(10, fault));
    const auto found = cd::test::await(provider->findInstancesByTag(u"faulty"_s));
    QVERIFY(found && !found->ok());
    const CloudError &error = found->error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(u"after 4 attempts"), qPrintable(error.message));
    QVERIFY(error.describe().size() > 20);
    QCOMPARE(m_faults->seen().size(), 4);
    QCOMPARE(m_ec2->recording().size(), motoSees);
    QCOMPARE(error.retryable(), kind != CloudError::Kind::Protocol);
}

void tst_Ec2Faults::nothingUnsignedReachesTheWire()
{
    // The factory refuses an account without a secret: there is no provider to send anything.
    cd::CloudProviderFactory factory;
    cd::CloudProviderFactory::registerBuiltins(factory);
    cd::ProviderConfig config = m_ec2->config();
    config.secrets.clear();
    cd::ProviderContext context;
    context.http = &m_ec2->http();
    QString error;
    QVERIFY(!factory.create(config, context, &error));

    // An Ec2Api without a secret cannot sign and therefore sends nothing at all.
    cd::Ec2Api::Options options;
    options.endpoint = m_ec2->moto().endpoint();
    options.region = u"us-east-1"_s;
    options.credentials.accessKeyId = u"AKIDCLUSTERDECK"_s;
    cd::Ec2Api unsigned_(&m_ec2->http(), options);
    const auto reply = cd::test::await(unsigned_.call(u"DescribeInstances"_s, {}));
    QVERIFY(reply && !reply->ok());
    QCOMPARE(reply->error().kind, CloudError::Kind::Auth);
    QVERIFY(m_faults->seen().isEmpty());
    QVERIFY(m_ec2->recording().isEmpty());

    // A whole session: every request handed to the transport, and every one moto received,
    // carries a valid signature (moto itself does not check: it would route an unsigned
    // request to S3 and answer 200).
    auto provider = m_ec2->provider();
    m_faults->setFaults({Fault::Status503});
    QSignalSpy tagged(provider.get(), &cd::Ec2Provider::nodeTaggingFinished);
    const auto created = cd::test::await(provider->createInstances(spec(2)));
    QVERIFY(created && created->ok());
    QVERIFY(tagged.wait(30000));
    QVERIFY(cd::test::await(provider->ensureSecurityGroup({u"signed"_s, {}, {}, u"10.0.0.0/8"_s})));
    QVERIFY(cd::test::await(provider->listNetworks()));
    QVERIFY(m_faults->seen().size() >= 7);
    for (const cd::HttpRequest &request : m_faults->seen()) {
        QVERIFY(request.header("authorization")
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDCLUSTERDECK/"));
        QVERIFY(request.header("authorization").contains("/us-east-1/ec2/aws4_request, "));
    }
    const auto recorded = m_ec2->recording();
    QCOMPARE(recorded.size(), m_faults->seen().size() - 1);
    for (const QJsonObject &entry : recorded) {
        const QString problem = cd::test::Ec2Fixture::signatureProblem(entry);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void tst_Ec2Faults::tagsComeWithTheCreate_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one node") << 1;
    QTest::newRow("three nodes") << 3;
}

// Crash safety: the tags that let an orphan scan find an instance are set by RunInstances
// itself, so they are on the instance in moto even when every later CreateTags fails (as if
// the process had died right after the create). A kind of one node needs no CreateTags.
void tst_Ec2Faults::tagsComeWithTheCreate()
{
    QFETCH(int, count);
    auto provider = m_ec2->provider();
    m_faults->setFilter([](const cd::HttpRequest &r) { return isAction(r, "CreateTags"); });
    m_faults->setFaults(QList<Fault>(count, Fault::Quota)); // not retried: each call fails
    QSignalSpy tagged(provider.get(), &cd::Ec2Provider::nodeTaggingFinished);
    const auto created = cd::test::await(provider->createInstances(spec(count)));
    QVERIFY(created && created->ok());
    QVERIFY(!tagged.isEmpty() || tagged.wait(30000));
    QCOMPARE(tagged.first().at(1).toString().isEmpty(), count == 1);
    QCOMPARE(attemptsOf(*m_faults, "CreateTags"), count == 1 ? 0 : count);
    QCOMPARE(m_ec2->actionCounts().value(u"CreateTags"_s), 0); // none reached moto

    QStringList ids;
    for (const InstanceInfo &info : created->value())
        ids.append(info.id);
    m_faults->setFilter([](const cd::HttpRequest &) { return false; });
    const auto described = cd::test::await(provider->describeInstances(ids));
    QVERIFY(described && described->ok());
    QCOMPARE(described->value().size(), count);
    for (const InstanceInfo &info : described->value()) {
        QCOMPARE(info.tags.value(u"clusterdeck:cluster"_s), u"faulty"_s);
        QCOMPARE(info.tags.value(u"clusterdeck:kind"_s), u"node"_s);
        if (count == 1) {
            QCOMPARE(info.tags.value(u"clusterdeck:node"_s), u"node1"_s);
            QCOMPARE(info.tags.value(u"Name"_s), u"faulty-node1"_s);
        } else {
            QVERIFY(!info.tags.contains(u"clusterdeck:node"_s)); // its CreateTags failed
            QCOMPARE(info.tags.value(u"Name"_s), u"faulty-node"_s);
        }
    }
    const auto found = cd::test::await(provider->findInstancesByTag(u"faulty"_s));
    QVERIFY(found && found->ok());
    QCOMPARE(found->value().size(), count);
}

QTEST_GUILESS_MAIN(tst_Ec2Faults)
#include "tst_ec2faults.moc"
