// SSH value types: ElastiCluster's address forms, the ssh_proxy_command escapes, and host key
// fingerprints checked against ssh-keygen.
#include "providers/ssh/sshtypes.h"
#include "tests/integration/ssh/sshtesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SshTypes : public QObject
{
    Q_OBJECT

private slots:
    void parseAddress_data();
    void parseAddress();
    void rejectsAddress_data();
    void rejectsAddress();
    void addressRoundTrip();
    void expandProxyCommand_data();
    void expandProxyCommand();
    void fingerprintMatchesSshKeygen_data();
    void fingerprintMatchesSshKeygen();
    void knownHostsLine();
    void malformedKeyIsNull();
    void metaTypesRegistered();
};

void tst_SshTypes::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("defaultPort");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << u"1.2.3.4"_s << 22 << u"1.2.3.4"_s << 22;
    QTest::newRow("ipv4 port") << u"1.2.3.4:2222"_s << 22 << u"1.2.3.4"_s << 2222;
    QTest::newRow("ipv4 default port") << u"10.0.0.5"_s << 2022 << u"10.0.0.5"_s << 2022;
    QTest::newRow("ipv6 bracket port") << u"[::1]:2200"_s << 22 << u"::1"_s << 2200;
    QTest::newRow("ipv6 bracket") << u"[fe80::1]"_s << 22 << u"fe80::1"_s << 22;
    QTest::newRow("ipv6 bare") << u"2001:db8::7"_s << 22 << u"2001:db8::7"_s << 22;
    QTest::newRow("name port") << u"node.example.org:22"_s << 2 << u"node.example.org"_s << 22;
    QTest::newRow("name") << u"frontend001"_s << 22 << u"frontend001"_s << 22;
    QTest::newRow("spaces") << u"  192.0.2.1:23 "_s << 22 << u"192.0.2.1"_s << 23;
}

void tst_SshTypes::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(int, defaultPort);
    QFETCH(QString, host);
    QFETCH(int, port);
    const std::optional<cd::SshAddress> address = cd::SshAddress::parse(text, defaultPort);
    QVERIFY(address);
    QCOMPARE(address->host, host);
    QCOMPARE(address->port, port);
}

void tst_SshTypes::rejectsAddress_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &bad :
         {u""_s, u"1.2.3.4:0"_s, u"1.2.3.4:65536"_s, u"1.2.3.4:x"_s, u"1.2.3.4:"_s, u"[::1"_s,
          u"[::1]x"_s, u"[::1]:"_s, u"1.2.3.4:22:33"_s, u"host;rm -rf ~"_s, u"a b"_s, u"$(id)"_s,
          u"-oProxyCommand=x"_s, u"`id`.example.org"_s, u"user@host"_s, u"[]:22"_s})
        QTest::newRow(qPrintable(bad.isEmpty() ? u"empty"_s : bad)) << bad;
}

void tst_SshTypes::rejectsAddress()
{
    QFETCH(QString, text);
    QVERIFY(!cd::SshAddress::parse(text));
}

void tst_SshTypes::addressRoundTrip()
{
    for (const QString &text : {u"1.2.3.4"_s, u"1.2.3.4:2222"_s, u"[::1]:2200"_s, u"a.b:7"_s}) {
        const std::optional<cd::SshAddress> address = cd::SshAddress::parse(text);
        QVERIFY(address);
        QCOMPARE(address->toString(), text);
    }
}

void tst_SshTypes::expandProxyCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected"); // empty: an error
    QTest::newRow("bastion") << u"ssh -W %h:%p bastion"_s << u"u"_s
                             << u"ssh -W 10.0.0.5:2222 bastion"_s;
    QTest::newRow("user") << u"ssh %r@gw nc %h %p"_s << u"centos"_s
                          << u"ssh centos@gw nc 10.0.0.5 2222"_s;
    QTest::newRow("percent") << u"x 100%% %%h"_s << u"u"_s << u"x 100% %h"_s;
    QTest::newRow("unknown escape") << u"nc %x"_s << u"u"_s << QString();
    QTest::newRow("lone percent") << u"nc %h %"_s << u"u"_s << QString();
    QTest::newRow("unsafe user") << u"ssh %r@gw"_s << u"a;reboot"_s << QString();
    QTest::newRow("unsafe user unused") << u"nc %h"_s << u"a;reboot"_s << u"nc 10.0.0.5"_s;
}

void tst_SshTypes::expandProxyCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, user);
    QFETCH(QString, expected);
    const auto result = cd::expandProxyCommand(command, u"10.0.0.5"_s, 2222, user);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().kind, cd::SshError::Kind::Other);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }
    // A host a shell would interpret never reaches the command.
    QVERIFY(!cd::expandProxyCommand(u"nc %h %p"_s, u"1.2.3.4;id"_s, 22, user));
}

void tst_SshTypes::fingerprintMatchesSshKeygen_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("wireType");
    QTest::newRow("ed25519") << u"ed25519"_s << u"ssh-ed25519"_s;
    QTest::newRow("ecdsa") << u"ecdsa"_s << u"ecdsa-sha2-nistp256"_s;
    QTest::newRow("rsa") << u"rsa"_s << u"ssh-rsa"_s;
}

void tst_SshTypes::fingerprintMatchesSshKeygen()
{
    QFETCH(QString, type);
    QFETCH(QString, wireType);
    if (cd::test::SshNodeFarm::sshKeygenPath().isEmpty())
        CD_SKIP_OR_FAIL(u"ssh-keygen not found (package openssh-client)"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"key"_s);
    QVERIFY(cd::test::generateKey(path, type));
    const QString pub = cd::test::publicKey(path + u".pub"_s);
    const cd::HostKey key = cd::HostKey::fromBase64(pub.section(u' ', 1, 1).toLatin1());
    QVERIFY(!key.isNull());
    QCOMPARE(key.type, wireType);
    QCOMPARE(key.type, pub.section(u' ', 0, 0));
    const QString expected = cd::test::sshKeygenFingerprint(pub);
    QVERIFY(expected.startsWith(u"SHA256:"));
    QCOMPARE(key.sha256, expected);
}

void tst_SshTypes::knownHostsLine()
{
    cd::HostKey key;
    key.type = u"ssh-ed25519"_s;
    key.base64Blob = "AAAA";
    QCOMPARE(key.knownHostsLine(u"10.0.0.5"_s, 22), u"10.0.0.5 ssh-ed25519 AAAA"_s);
    QCOMPARE(key.knownHostsLine(u"127.0.0.2"_s, 2222), u"[127.0.0.2]:2222 ssh-ed25519 AAAA"_s);
    QCOMPARE(key.knownHostsLine(u"::1"_s, 2200), u"[::1]:2200 ssh-ed25519 AAAA"_s);
    QCOMPARE(key.knownHostsLine(u"Node.Example.ORG"_s, 22), u"node.example.org ssh-ed25519 AAAA"_s);
}

void tst_SshTypes::malformedKeyIsNull()
{
    QVERIFY(cd::HostKey::fromBase64("not base64!").isNull());
    QVERIFY(cd::HostKey::fromBase64("AAAA").isNull());
    QVERIFY(cd::HostKey::fromBase64(QByteArray("\xff\xff\xff\xffxx").toBase64()).isNull());
    QVERIFY(cd::HostKey::fromBase64(QByteArray()).isNull());
}

void tst_SshTypes::metaTypesRegistered()
{
    cd::registerSshMetaTypes();
    QVERIFY(QMetaType::fromName("cd::HostKey").isValid());
    QVERIFY(QMetaType::fromName("cd::SshError").isValid());
    QCOMPARE(cd::SshError::kindName(cd::SshError::Kind::HostKeyChanged), u"HostKeyChanged"_s);
}

QTEST_GUILESS_MAIN(tst_SshTypes)
#include "tst_sshtypes.moc"
