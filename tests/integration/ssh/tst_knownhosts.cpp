// KnownHosts: OpenSSH's file format both ways (ssh-keygen -F/-H as referee), refusing to add a
// conflicting key, atomic and locked changes from many threads and another "process".
#include "providers/ssh/knownhosts.h"
#include "tests/integration/ssh/sshtesthelpers.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

class tst_KnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addThenCheck();
    void conflictingKeyIsNotAdded();
    void otherKeyTypeCountsAsChanged();
    void replaceAndRemove();
    void sharedLinesAndWildcards();
    void hashedEntries();
    void revokedKey();
    void openSshFindsWhatWeWrite();
    void unreadableFileIsError();
    void concurrentAdds();
    void waitsForAnotherWritersLock();

private:
    cd::HostKey makeKey(const QString &type = u"ed25519"_s);
    QString freshPath();

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void tst_KnownHosts::initTestCase()
{
    if (cd::test::SshNodeFarm::sshKeygenPath().isEmpty())
        CD_SKIP_OR_FAIL(u"ssh-keygen not found (package openssh-client)"_s);
    QVERIFY(m_dir.isValid());
}

cd::HostKey tst_KnownHosts::makeKey(const QString &type)
{
    const QString path = m_dir.filePath(u"key%1"_s.arg(++m_counter));
    if (!cd::test::generateKey(path, type))
        return {};
    return cd::HostKey::fromBase64(
        cd::test::publicKey(path + u".pub"_s).section(u' ', 1, 1).toLatin1());
}

QString tst_KnownHosts::freshPath()
{
    return m_dir.filePath(u"cluster%1/known_hosts"_s.arg(++m_counter));
}

void tst_KnownHosts::addThenCheck()
{
    const cd::HostKey key = makeKey();
    QVERIFY(!key.isNull());
    cd::KnownHosts knownHosts(freshPath());
    QCOMPARE(knownHosts.check(u"127.0.0.2"_s, 2222, key), cd::KnownHosts::Check::Unknown);
    QVERIFY(knownHosts.add(u"127.0.0.2"_s, 2222, key));
    QCOMPARE(knownHosts.check(u"127.0.0.2"_s, 2222, key), cd::KnownHosts::Check::Ok);
    QCOMPARE(knownHosts.lines(), QStringList{key.knownHostsLine(u"127.0.0.2"_s, 2222)});
    QVERIFY(knownHosts.lines().first().startsWith(u"[127.0.0.2]:2222 ssh-ed25519 AAAA"));
    // Same key again: nothing added. Other port, other host: separate entries.
    QVERIFY(knownHosts.add(u"127.0.0.2"_s, 2222, key));
    QCOMPARE(knownHosts.lines().size(), 1);
    QCOMPARE(knownHosts.check(u"127.0.0.2"_s, 22, key), cd::KnownHosts::Check::Unknown);
    QCOMPARE(knownHosts.check(u"127.0.0.3"_s, 2222, key), cd::KnownHosts::Check::Unknown);
    QVERIFY(knownHosts.add(u"127.0.0.2"_s, 22, key));
    QCOMPARE(knownHosts.lines().last(), key.knownHostsLine(u"127.0.0.2"_s, 22));
    QVERIFY(knownHosts.lines().last().startsWith(u"127.0.0.2 ssh-ed25519 "));
    QVERIFY(!QFile::exists(knownHosts.path() + u".lock"_s));
}

void tst_KnownHosts::conflictingKeyIsNotAdded()
{
    const cd::HostKey recorded = makeKey();
    const cd::HostKey presented = makeKey();
    cd::KnownHosts knownHosts(freshPath());
    QVERIFY(knownHosts.add(u"10.0.0.5"_s, 22, recorded));
    const QByteArray before = cd::test::readAll(knownHosts.path());
    cd::HostKey expected;
    QCOMPARE(knownHosts.check(u"10.0.0.5"_s, 22, presented, &expected),
             cd::KnownHosts::Check::Changed);
    QCOMPARE(expected, recorded);
    QCOMPARE(expected.sha256, recorded.sha256);
    QVERIFY(!knownHosts.add(u"10.0.0.5"_s, 22, presented));
    QCOMPARE(cd::test::readAll(knownHosts.path()), before);
}

void tst_KnownHosts::otherKeyTypeCountsAsChanged()
{
    const cd::HostKey ed25519 = makeKey(u"ed25519"_s);
    const cd::HostKey ecdsa = makeKey(u"ecdsa"_s);
    cd::KnownHosts knownHosts(freshPath());
    QVERIFY(knownHosts.add(u"10.0.0.6"_s, 22, ed25519));
    cd::HostKey expected;
    QCOMPARE(knownHosts.check(u"10.0.0.6"_s, 22, ecdsa, &expected), cd::KnownHosts::Check::Changed);
    QCOMPARE(expected, ed25519);
}

void tst_KnownHosts::replaceAndRemove()
{
    const cd::HostKey oldKey = makeKey();
    const cd::HostKey newKey = makeKey();
    const cd::HostKey otherKey = makeKey();
    cd::KnownHosts knownHosts(freshPath());
    QVERIFY(QDir().mkpath(QFileInfo(knownHosts.path()).absolutePath()));
    QVERIFY(cd::test::writeAll(knownHosts.path(), "# cluster c1\n\n"));
    QVERIFY(knownHosts.add(u"10.0.0.7"_s, 22, oldKey));
    QVERIFY(knownHosts.add(u"10.0.0.8"_s, 22, otherKey));
    QVERIFY(knownHosts.replace(u"10.0.0.7"_s, 22, newKey));
    QCOMPARE(knownHosts.check(u"10.0.0.7"_s, 22, newKey), cd::KnownHosts::Check::Ok);
    QCOMPARE(knownHosts.check(u"10.0.0.7"_s, 22, oldKey), cd::KnownHosts::Check::Changed);
    QCOMPARE(knownHosts.lines().size(), 2);
    QVERIFY(knownHosts.remove(u"10.0.0.7"_s, 22));
    QCOMPARE(knownHosts.check(u"10.0.0.7"_s, 22, newKey), cd::KnownHosts::Check::Unknown);
    QCOMPARE(knownHosts.check(u"10.0.0.8"_s, 22, otherKey), cd::KnownHosts::Check::Ok);
    QVERIFY(knownHosts.remove(u"10.0.0.99"_s, 22)); // nothing to remove is fine
    QVERIFY(cd::test::readAll(knownHosts.path()).startsWith("# cluster c1\n\n"));
    QVERIFY(cd::KnownHosts(freshPath()).remove(u"10.0.0.7"_s, 22)); // no file at all
}

void tst_KnownHosts::sharedLinesAndWildcards()
{
    const cd::HostKey key = makeKey();
    const cd::HostKey wild = makeKey();
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const QByteArray blob = key.type.toLatin1() + ' ' + key.base64Blob;
    QVERIFY(cd::test::writeAll(path, "10.0.1.1,[10.0.1.2]:2222 " + blob
                                         + " comment\n"
                                           "*.example.org,!bad.example.org "
                                         + wild.type.toLatin1() + ' ' + wild.base64Blob + "\n"));
    cd::KnownHosts knownHosts(path);
    QCOMPARE(knownHosts.check(u"10.0.1.1"_s, 22, key), cd::KnownHosts::Check::Ok);
    QCOMPARE(knownHosts.check(u"10.0.1.2"_s, 2222, key), cd::KnownHosts::Check::Ok);
    QCOMPARE(knownHosts.check(u"Good.Example.org"_s, 22, wild), cd::KnownHosts::Check::Ok);
    QCOMPARE(knownHosts.check(u"bad.example.org"_s, 22, wild), cd::KnownHosts::Check::Unknown);
    // Removing one name of a shared line keeps the other (and the comment).
    QVERIFY(knownHosts.remove(u"10.0.1.1"_s, 22));
    QCOMPARE(knownHosts.check(u"10.0.1.1"_s, 22, key), cd::KnownHosts::Check::Unknown);
    QCOMPARE(knownHosts.lines().first(),
             u"[10.0.1.2]:2222 "_s + QString::fromLatin1(blob) + u" comment"_s);
    // A host matched only through a wildcard is not ours to edit.
    QVERIFY(knownHosts.remove(u"good.example.org"_s, 22));
    QCOMPARE(knownHosts.lines().size(), 2);
}

void tst_KnownHosts::hashedEntries()
{
    const cd::HostKey key = makeKey();
    const cd::HostKey other = makeKey();
    cd::KnownHosts knownHosts(freshPath());
    QVERIFY(knownHosts.add(u"127.0.0.5"_s, 2200, key));
    QVERIFY(knownHosts.add(u"127.0.0.6"_s, 22, other));
    const cd::test::ProcessResult hashed = cd::test::runProcess(
        cd::test::SshNodeFarm::sshKeygenPath(), {u"-H"_s, u"-f"_s, knownHosts.path()});
    QCOMPARE(hashed.exitCode, 0);
    QVERIFY(knownHosts.lines().first().startsWith(u"|1|"));
    QCOMPARE(knownHosts.check(u"127.0.0.5"_s, 2200, key), cd::KnownHosts::Check::Ok);
    QCOMPARE(knownHosts.check(u"127.0.0.5"_s, 2200, other), cd::KnownHosts::Check::Changed);
    QCOMPARE(knownHosts.check(u"127.0.0.5"_s, 22, key), cd::KnownHosts::Check::Unknown);
    QVERIFY(knownHosts.remove(u"127.0.0.5"_s, 2200));
    QCOMPARE(knownHosts.lines().size(), 1);
    QCOMPARE(knownHosts.check(u"127.0.0.6"_s, 22, other), cd::KnownHosts::Check::Ok);
}

void tst_KnownHosts::revokedKey()
{
    const cd::HostKey key = makeKey();
    cd::KnownHosts knownHosts(freshPath());
    QVERIFY(knownHosts.add(u"10.0.2.1"_s, 22, key));
    QVERIFY(cd::test::writeAll(knownHosts.path(), cd::test::readAll(knownHosts.path())
                                                      + "@revoked * " + key.type.toLatin1() + ' '
                                                      + key.base64Blob + '\n'));
    QCOMPARE(knownHosts.check(u"10.0.2.1"_s, 22, key), cd::KnownHosts::Check::Changed);
    QVERIFY(!knownHosts.add(u"10.0.2.2"_s, 22, key));
}

void tst_KnownHosts::openSshFindsWhatWeWrite()
{
    const cd::HostKey key = makeKey();
    cd::KnownHosts knownHosts(freshPath());
    QVERIFY(knownHosts.add(u"127.0.0.9"_s, 2345, key));
    QVERIFY(knownHosts.add(u"10.0.3.1"_s, 22, makeKey()));
    const cd::test::ProcessResult found
        = cd::test::runProcess(cd::test::SshNodeFarm::sshKeygenPath(),
                               {u"-F"_s, u"[127.0.0.9]:2345"_s, u"-f"_s, knownHosts.path()});
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(found.out.contains(QString::fromLatin1(key.base64Blob)), qPrintable(found.out));
}

void tst_KnownHosts::unreadableFileIsError()
{
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(path)); // a directory where the file should be
    cd::KnownHosts knownHosts(path);
    QCOMPARE(knownHosts.check(u"10.0.0.1"_s, 22, makeKey()), cd::KnownHosts::Check::Error);
    QVERIFY(!knownHosts.add(u"10.0.0.1"_s, 22, makeKey()));
}

void tst_KnownHosts::concurrentAdds()
{
    // Many writers at once (as 50 nodes trusted on first use): no line may be lost.
    const cd::HostKey key = makeKey();
    const QString path = freshPath();
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QList<QFuture<bool>> futures;
    for (int i = 0; i < 200; ++i) {
        futures += QtConcurrent::run(&pool, [path, key, i] {
            // Every second write targets the same host: duplicates must collapse.
            return cd::KnownHosts(path).add(u"10.1.%1.%2"_s.arg(i / 100).arg(i % 2 ? i : 0), 22,
                                            key);
        });
    }
    for (QFuture<bool> &future : futures)
        QVERIFY(future.result());
    QCOMPARE(cd::KnownHosts(path).lines().size(), 100 + 2);
}

void tst_KnownHosts::waitsForAnotherWritersLock()
{
    // Another process holding the lock (simulated with our own QLockFile, which the writer
    // cannot tell apart) delays the change instead of racing it.
    const cd::HostKey key = makeKey();
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    QVERIFY(lock->tryLock(0));
    QElapsedTimer timer;
    timer.start();
    QFuture<bool> added = QtConcurrent::run(
        [path, key] { return cd::KnownHosts(path).add(u"10.2.0.1"_s, 22, key); });
    QTest::qWait(400);
    QVERIFY(!added.isFinished());
    lock.reset();
    QVERIFY(added.result());
    QVERIFY(timer.elapsed() >= 400);
    QCOMPARE(cd::KnownHosts(path).check(u"10.2.0.1"_s, 22, key), cd::KnownHosts::Check::Ok);
}

QTEST_GUILESS_MAIN(tst_KnownHosts)
#include "tst_knownhosts.moc"
