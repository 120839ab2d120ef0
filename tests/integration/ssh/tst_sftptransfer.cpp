// SftpTransfer against a real sshd node (SshNodeFarm, OpenSSH's sftp-server): a 20 MB file
// uploaded then downloaded comes back with the same checksum, progress climbs to the size,
// and a cancelled upload leaves nothing on the node.
#include "providers/ssh/sftplisting.h"
#include "providers/ssh/sftptransfer.h"
#include "tests/integration/ssh/sshtesthelpers.h"
#include "tests/support/awaitfuture.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_SftpTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripKeepsTheChecksum();
    void cancelledUploadLeavesNothing();

private:
    cd::SshTarget target() const;

    std::unique_ptr<cd::test::SshNodeFarm> m_farm;
    QTemporaryDir m_tmp;
    QString m_source;
};

void tst_SftpTransfer::initTestCase()
{
    if (cd::test::SshNodeFarm::sshdPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd not found (package openssh-server)"_s);
    m_farm = std::make_unique<cd::test::SshNodeFarm>();
    QVERIFY2(m_farm->start(1), qPrintable(m_farm->errorString()));
    m_source = m_tmp.filePath(u"source.bin"_s);
    QByteArray data(20 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(data.data()),
                                   data.size() / sizeof(quint32));
    QVERIFY(cd::test::writeAll(m_source, data));
}

void tst_SftpTransfer::cleanupTestCase()
{
    m_farm.reset();
}

cd::SshTarget tst_SftpTransfer::target() const
{
    cd::SshTarget t;
    t.host = m_farm->address(0);
    t.port = m_farm->port(0);
    t.user = m_farm->user();
    t.privateKeyPath = m_farm->clientKeyPath();
    t.knownHostsFile = m_farm->knownHostsFile();
    t.connectTimeoutMs = 10000;
    return t;
}

void tst_SftpTransfer::roundTripKeepsTheChecksum()
{
    const QString remote = m_farm->nodeHome(0) + u"/upload.bin"_s;
    cd::SftpTransfer up(target(), cd::SftpTransfer::Direction::Upload, m_source, remote);
    QSignalSpy upProgress(&up, &cd::SftpTransfer::progress);
    QSignalSpy upDone(&up, &cd::SftpTransfer::finished);
    QSignalSpy upFailed(&up, &cd::SftpTransfer::failed);
    up.start();
    QTRY_VERIFY_WITH_TIMEOUT(!upDone.isEmpty() || !upFailed.isEmpty(), 120000);
    QVERIFY2(upFailed.isEmpty(),
             qPrintable(upFailed.value(0).value(0).value<cd::SshError>().message));
    QVERIFY(!upProgress.isEmpty());
    QCOMPARE(upProgress.last().at(0).toLongLong(), QFileInfo(m_source).size());
    QVERIFY(!QFile::exists(remote + u".part"_s));

    const QString back = m_tmp.filePath(u"back.bin"_s);
    cd::SftpTransfer down(target(), cd::SftpTransfer::Direction::Download, back, remote);
    QSignalSpy downProgress(&down, &cd::SftpTransfer::progress);
    QSignalSpy downDone(&down, &cd::SftpTransfer::finished);
    QSignalSpy downFailed(&down, &cd::SftpTransfer::failed);
    down.start();
    QTRY_VERIFY_WITH_TIMEOUT(!downDone.isEmpty() || !downFailed.isEmpty(), 120000);
    QVERIFY2(downFailed.isEmpty(),
             qPrintable(downFailed.value(0).value(0).value<cd::SshError>().message));
    QCOMPARE(downProgress.last().at(1).toLongLong(), QFileInfo(m_source).size());
    QCOMPARE(QCryptographicHash::hash(cd::test::readAll(back), QCryptographicHash::Sha256),
             QCryptographicHash::hash(cd::test::readAll(m_source), QCryptographicHash::Sha256));

    // The listing shows it, folders first.
    QVERIFY(QDir(m_farm->nodeHome(0)).mkpath(u"a-folder"_s));
    const auto listed
        = cd::test::await(cd::SftpListing::list(target(), m_farm->nodeHome(0)), 30000);
    QVERIFY2(listed, listed ? "" : qPrintable(listed.error().message));
    QCOMPARE(listed.value().path, QFileInfo(m_farm->nodeHome(0)).canonicalFilePath());
    const QList<cd::SftpEntry> entries = listed.value().entries;
    QVERIFY(!entries.isEmpty());
    QVERIFY(entries.first().isDirectory);
    const auto file = std::find_if(entries.begin(), entries.end(),
                                   [](const cd::SftpEntry &e) { return e.name == u"upload.bin"; });
    QVERIFY(file != entries.end());
    QCOMPARE(file->size, QFileInfo(m_source).size());
    QVERIFY(!file->isDirectory);
}

void tst_SftpTransfer::cancelledUploadLeavesNothing()
{
    const QString remote = m_farm->nodeHome(0) + u"/cancelled.bin"_s;
    cd::SftpTransfer up(target(), cd::SftpTransfer::Direction::Upload, m_source, remote);
    QSignalSpy failed(&up, &cd::SftpTransfer::failed);
    QSignalSpy done(&up, &cd::SftpTransfer::finished);
    connect(&up, &cd::SftpTransfer::progress, &up, &cd::SftpTransfer::cancel);
    up.start();
    QVERIFY(failed.wait(60000));
    QVERIFY(done.isEmpty());
    QCOMPARE(failed.first().first().value<cd::SshError>().kind, cd::SshError::Kind::Cancelled);
    QVERIFY(!QFile::exists(remote));
    QVERIFY(!QFile::exists(remote + u".part"_s));
}

QTEST_GUILESS_MAIN(tst_SftpTransfer)
#include "tst_sftptransfer.moc"
