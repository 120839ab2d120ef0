// SecretStore contract, run against both implementations: the real OS keychain (QtKeychain →
// Secret Service → gnome-keyring, as scripts/test starts it) and the in-memory store.
#include "providers/secrets/keychainsecretstore.h"
#include "providers/secrets/memorysecretstore.h"
#include "tests/support/awaitfuture.h"
#include "tests/support/testenv.h"

#include <QTest>
#include <QUuid>

#include <memory>

using namespace cd;
using cd::test::await;
using namespace Qt::StringLiterals;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void missingEntry_data();
    void missingEntry();

private:
    std::unique_ptr<SecretStore> makeStore(const QString &kind);
    void addStores();
};

void TestSecretStore::addStores()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("keychain") << u"keychain"_s;
    QTest::newRow("memory") << u"memory"_s;
}

std::unique_ptr<SecretStore> TestSecretStore::makeStore(const QString &kind)
{
    if (kind == u"memory")
        return std::make_unique<MemorySecretStore>();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return nullptr;
    // A service name of our own so a developer's real keychain entries are never touched.
    return std::make_unique<KeychainSecretStore>(u"clusterdeck-test"_s);
}

void TestSecretStore::roundTrip_data()
{
    addStores();
}

void TestSecretStore::roundTrip()
{
    QFETCH(QString, kind);
    auto store = makeStore(kind);
    if (!store)
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);

    const QString key = u"account/test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray secret("s3cr3t \xc3\xa4 \x00 binary", 18);

    const SecretStatus written = await(store->write(key, secret));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

    const SecretValue read = await(store->read(key));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read.value(), secret);

    // Overwrite replaces, never duplicates.
    QVERIFY(await(store->write(key, "second")).ok());
    const SecretValue reread = await(store->read(key));
    QVERIFY(reread.ok());
    QCOMPARE(reread.value(), QByteArray("second"));

    const SecretStatus removed = await(store->remove(key));
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));

    const SecretValue gone = await(store->read(key));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, SecretError::Kind::NotFound);
    QVERIFY(!SecretStore::describe(gone.error()).isEmpty());
}

void TestSecretStore::missingEntry_data()
{
    addStores();
}

void TestSecretStore::missingEntry()
{
    QFETCH(QString, kind);
    auto store = makeStore(kind);
    if (!store)
        CD_SKIP_OR_FAIL(u"no session bus: run under scripts/test (dbus + gnome-keyring)"_s);
    const SecretValue value
        = await(store->read(u"never-written-"_s + QUuid::createUuid().toString()));
    QVERIFY(!value.ok());
    QCOMPARE(value.error().kind, SecretError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
