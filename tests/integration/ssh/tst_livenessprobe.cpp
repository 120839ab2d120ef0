// LivenessProbe against real sshd nodes on loopback: concurrent probing, a dead node failing
// at the overall timeout, a late node coming alive, addresses in order, a changed host key
// failing at once, prompt cancellation, and a caller thread that is never blocked.
#include "providers/ssh/livenessprobe.h"
#include "providers/ssh/sshsession.h"
#include "tests/integration/ssh/sshtesthelpers.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

class tst_LivenessProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void allNodesAlive();
    void stoppedNodeFailsAfterOverallTimeout();
    void lateNodeBecomesAlive();
    void addressesTriedInOrder();
    void emptyListFinishes();
    void cancelStopsPromptly();
    void destroyedWhileProbing();
    void callerThreadNeverBlocked();
    void changedHostKeyFailsAtOnce(); // last: gives node 0 a new key

private:
    cd::LivenessProbe::Node node(int i, const QString &knownHosts) const;
    QString knownHostsCopy();

    std::unique_ptr<cd::test::SshNodeFarm> m_farm;
    QTemporaryDir m_tmp;
    int m_counter = 0;
};

namespace {

QStringList ids(const QSignalSpy &spy)
{
    QStringList result;
    for (const QList<QVariant> &args : spy)
        result += args.at(0).toString();
    result.sort();
    return result;
}

} // namespace

void tst_LivenessProbe::initTestCase()
{
    if (cd::test::SshNodeFarm::sshdPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd not found (package openssh-server)"_s);
    QVERIFY(m_tmp.isValid());
    m_farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(m_farm->start(10), qPrintable(m_farm->errorString()));
}

void tst_LivenessProbe::init()
{
    // A failed test must not leave a node down for the next one.
    for (int i = 0; i < m_farm->nodeCount(); ++i) {
        if (!m_farm->isRunning(i))
            QVERIFY2(m_farm->startNode(i), qPrintable(m_farm->errorString()));
    }
}

void tst_LivenessProbe::cleanupTestCase()
{
    m_farm.reset();
}

cd::LivenessProbe::Node tst_LivenessProbe::node(int i, const QString &knownHosts) const
{
    cd::LivenessProbe::Node n;
    n.id = u"node%1"_s.arg(i);
    n.addresses = {u"%1:%2"_s.arg(m_farm->address(i)).arg(m_farm->port(i))};
    n.base.user = m_farm->user();
    n.base.privateKeyPath = m_farm->clientKeyPath();
    n.base.knownHostsFile = knownHosts;
    n.base.policy = cd::HostKeyPolicy::Strict;
    return n;
}

QString tst_LivenessProbe::knownHostsCopy()
{
    const QString path = m_tmp.filePath(u"known_hosts_%1"_s.arg(++m_counter));
    return QFile::copy(m_farm->knownHostsFile(), path) ? path : QString();
}

void tst_LivenessProbe::allNodesAlive()
{
    const QString knownHosts = knownHostsCopy();
    cd::LivenessProbe probe;
    QSignalSpy alive(&probe, &cd::LivenessProbe::alive);
    QSignalSpy failed(&probe, &cd::LivenessProbe::failed);
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    // Queued delivery needs the registered metatypes.
    QStringList queued;
    connect(
        &probe, &cd::LivenessProbe::alive, this,
        [&queued](const QString &id, const QString &, const cd::HostKey &key) {
            if (!key.isNull())
                queued += id;
        },
        Qt::QueuedConnection);
    probe.start({node(0, knownHosts), node(1, knownHosts), node(2, knownHosts)}, 5000, 30000);
    QVERIFY(probe.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(ids(alive), (QStringList{u"node0"_s, u"node1"_s, u"node2"_s}));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!probe.isRunning());
    for (const QList<QVariant> &args : alive) {
        const int i = args.at(0).toString().mid(4).toInt();
        QCOMPARE(args.at(1).toString(), u"%1:%2"_s.arg(m_farm->address(i)).arg(m_farm->port(i)));
        QCOMPARE(args.at(2).value<cd::HostKey>().sha256,
                 cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(i)));
    }
    QTRY_COMPARE(queued.size(), 3);
}

void tst_LivenessProbe::stoppedNodeFailsAfterOverallTimeout()
{
    const QString knownHosts = knownHostsCopy();
    QVERIFY(m_farm->stopNode(1));
    cd::LivenessProbe probe;
    probe.setRetryInterval(300);
    QSignalSpy alive(&probe, &cd::LivenessProbe::alive);
    QSignalSpy attemptFailed(&probe, &cd::LivenessProbe::attemptFailed);
    QSignalSpy failed(&probe, &cd::LivenessProbe::failed);
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    QElapsedTimer timer;
    timer.start();
    probe.start({node(0, knownHosts), node(1, knownHosts), node(2, knownHosts)}, 1000, 3000);
    QVERIFY(finished.wait(20000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 2900 && elapsed < 8000, qPrintable(QString::number(elapsed)));
    QCOMPARE(ids(alive), (QStringList{u"node0"_s, u"node2"_s}));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"node1"_s);
    const cd::SshError error = failed.first().at(1).value<cd::SshError>();
    QCOMPARE(error.kind, cd::SshError::Kind::Timeout);
    QVERIFY(error.message.contains(u"node1"));
    QVERIFY(attemptFailed.count() >= 2);
    for (const QList<QVariant> &args : attemptFailed) {
        QCOMPARE(args.at(0).toString(), u"node1"_s);
        QCOMPARE(args.at(1).value<cd::SshError>().kind, cd::SshError::Kind::Connect);
    }
    QCOMPARE(finished.count(), 1);
    QVERIFY2(m_farm->startNode(1), qPrintable(m_farm->errorString()));
}

void tst_LivenessProbe::lateNodeBecomesAlive()
{
    const QString knownHosts = knownHostsCopy();
    QVERIFY(m_farm->stopNode(2));
    cd::LivenessProbe probe;
    probe.setRetryInterval(200);
    QSignalSpy alive(&probe, &cd::LivenessProbe::alive);
    QSignalSpy attemptFailed(&probe, &cd::LivenessProbe::attemptFailed);
    QSignalSpy failed(&probe, &cd::LivenessProbe::failed);
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    bool restarted = false;
    QTimer::singleShot(1000, this, [this, &restarted] { restarted = m_farm->startNode(2); });
    probe.start({node(2, knownHosts), node(3, knownHosts)}, 2000, 30000);
    QVERIFY(finished.wait(30000));
    QVERIFY(restarted);
    QCOMPARE(ids(alive), (QStringList{u"node2"_s, u"node3"_s}));
    QCOMPARE(failed.count(), 0);
    QVERIFY(attemptFailed.count() >= 1);
    for (const QList<QVariant> &args : attemptFailed)
        QCOMPARE(args.at(0).toString(), u"node2"_s);
}

void tst_LivenessProbe::addressesTriedInOrder()
{
    const QString knownHosts = knownHostsCopy();
    const quint16 closed = cd::test::freePort(m_farm->address(0));
    cd::LivenessProbe::Node multi = node(1, knownHosts);
    const QString working = multi.addresses.first();
    multi.addresses
        = {u"%1:%2"_s.arg(m_farm->address(0)).arg(closed), u"not an address!"_s, working};
    cd::LivenessProbe::Node unusable = node(4, knownHosts);
    unusable.id = u"unusable"_s;
    unusable.addresses = {u"$(reboot)"_s, u"1.2.3.4:99999"_s};
    cd::LivenessProbe probe;
    QSignalSpy alive(&probe, &cd::LivenessProbe::alive);
    QSignalSpy failed(&probe, &cd::LivenessProbe::failed);
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    probe.start({multi, unusable}, 3000, 20000);
    QCOMPARE(failed.count(), 0); // start() itself never emits
    QVERIFY(finished.wait(20000));
    QCOMPARE(alive.count(), 1);
    QCOMPARE(alive.first().at(0).toString(), u"node1"_s);
    QCOMPARE(alive.first().at(1).toString(), working);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"unusable"_s);
    QCOMPARE(failed.first().at(1).value<cd::SshError>().kind, cd::SshError::Kind::Other);
}

void tst_LivenessProbe::emptyListFinishes()
{
    cd::LivenessProbe probe;
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    probe.start({}, 1000, 1000);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.count(), 1);
}

void tst_LivenessProbe::cancelStopsPromptly()
{
    // One node down, one that accepts TCP and never speaks (the attempt would hang 10 s).
    const QString knownHosts = knownHostsCopy();
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(u"127.0.0.1"_s), 0));
    QVERIFY(m_farm->stopNode(5));
    cd::LivenessProbe::Node hanging = node(6, knownHosts);
    hanging.addresses = {u"127.0.0.1:%1"_s.arg(silent.serverPort())};
    cd::LivenessProbe probe;
    probe.setRetryInterval(100);
    QSignalSpy alive(&probe, &cd::LivenessProbe::alive);
    QSignalSpy attemptFailed(&probe, &cd::LivenessProbe::attemptFailed);
    QSignalSpy failed(&probe, &cd::LivenessProbe::failed);
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    probe.start({node(5, knownHosts), hanging}, 10000, 60000);
    QTest::qWait(500);
    QVERIFY(probe.isRunning());
    QElapsedTimer timer;
    timer.start();
    probe.cancel();
    QCOMPARE(finished.count(), 1); // at once, from cancel() itself
    QVERIFY(!probe.isRunning());
    // The workers notice within their poll interval, not after the 10 s attempt timeout.
    QTRY_COMPARE_WITH_TIMEOUT(cd::sshThreadPool()->activeThreadCount(), 0, 2000);
    qInfo("workers idle %lld ms after cancel()", qint64(timer.elapsed()));
    const qsizetype attempts = attemptFailed.count();
    QTest::qWait(1000);
    QCOMPARE(attemptFailed.count(), attempts);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(alive.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(m_farm->startNode(5), qPrintable(m_farm->errorString()));
}

void tst_LivenessProbe::destroyedWhileProbing()
{
    // Attempts in flight (one hanging on a silent server) when the probe goes away: no
    // signal, no crash when they end, and they end promptly.
    const QString knownHosts = knownHostsCopy();
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(u"127.0.0.1"_s), 0));
    cd::LivenessProbe::Node hanging = node(7, knownHosts);
    hanging.addresses = {u"127.0.0.1:%1"_s.arg(silent.serverPort())};
    auto probe = std::make_unique<cd::LivenessProbe>();
    QSignalSpy finished(probe.get(), &cd::LivenessProbe::finished);
    probe->start({hanging, node(8, knownHosts), node(9, knownHosts)}, 10000, 60000);
    QTest::qWait(20);
    probe.reset();
    QTRY_COMPARE_WITH_TIMEOUT(cd::sshThreadPool()->activeThreadCount(), 0, 2000);
    QTest::qWait(200); // let any late result reach the event loop
    QCOMPARE(finished.count(), 0);
}

void tst_LivenessProbe::callerThreadNeverBlocked()
{
    const QString knownHosts = knownHostsCopy();
    QList<cd::LivenessProbe::Node> nodes;
    for (int i = 0; i < 10; ++i)
        nodes += node(i, knownHosts);
    cd::LivenessProbe probe;
    QSignalSpy alive(&probe, &cd::LivenessProbe::alive);
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    QElapsedTimer sinceTick;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { maxGap = qMax(maxGap, sinceTick.restart()); });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    probe.start(nodes, 5000, 30000);
    maxGap = qMax(maxGap, sinceTick.elapsed()); // start() itself counts
    QVERIFY(finished.wait(30000));
    ticker.stop();
    QCOMPARE(alive.count(), 10);
    qInfo("10 nodes alive after %lld ms; largest gap between 10 ms ticks: %lld ms",
          qint64(total.elapsed()), maxGap);
    QVERIFY2(maxGap < 200, qPrintable(QString::number(maxGap)));
}

void tst_LivenessProbe::changedHostKeyFailsAtOnce()
{
    const QString knownHosts = knownHostsCopy();
    const QByteArray before = cd::test::readAll(knownHosts);
    const QString oldFingerprint = cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(0));
    QVERIFY2(m_farm->replaceHostKey(0), qPrintable(m_farm->errorString()));
    const QString newFingerprint = cd::test::sshKeygenFingerprint(m_farm->hostKeyLine(0));
    cd::LivenessProbe probe;
    probe.setRetryInterval(100);
    QSignalSpy alive(&probe, &cd::LivenessProbe::alive);
    QSignalSpy attemptFailed(&probe, &cd::LivenessProbe::attemptFailed);
    QSignalSpy failed(&probe, &cd::LivenessProbe::failed);
    QSignalSpy finished(&probe, &cd::LivenessProbe::finished);
    cd::LivenessProbe::Node trusting = node(0, knownHosts);
    trusting.base.policy = cd::HostKeyPolicy::TrustOnFirstUse; // still refused
    QElapsedTimer timer;
    timer.start();
    probe.start({trusting, node(1, knownHosts)}, 3000, 60000);
    QVERIFY(finished.wait(30000));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(ids(alive), QStringList{u"node1"_s});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"node0"_s);
    const cd::SshError error = failed.first().at(1).value<cd::SshError>();
    QCOMPARE(error.kind, cd::SshError::Kind::HostKeyChanged);
    QCOMPARE(error.presented.sha256, newFingerprint);
    QCOMPARE(error.expected.sha256, oldFingerprint);
    QCOMPARE(attemptFailed.count(), 0); // never retried
    QCOMPARE(cd::test::readAll(knownHosts), before);
}

QTEST_GUILESS_MAIN(tst_LivenessProbe)
#include "tst_livenessprobe.moc"
