// The numeric settings of cloud accounts: defaults, ranges, the retry policy they make, and the
// sentence a bad one gives, for AccountNumbers itself and through every HTTP cloud's factory.
#include "providers/cloud/accountnumbers.h"
#include "providers/cloud/cloudproviderfactory.h"
#include "providers/net/httpclient.h"

#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

class TstAccountNumbers : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenUnset()
    {
        RetryPolicy defaults;
        defaults.maxAttempts = 3;
        AccountNumbers numbers(u"x"_s, defaults);
        int own = 7;
        numbers.add(u"x_own"_s, 1, 10, &own);
        ProviderConfig config;
        QCOMPARE(numbers.read(config, u"X"_s), QString());
        QCOMPARE(numbers.timeout(), std::chrono::seconds(60));
        QCOMPARE(numbers.retry().maxAttempts, 3);
        QCOMPARE(numbers.retry().baseDelay, defaults.baseDelay);
        QCOMPARE(own, 7);
    }

    void valuesAreRead()
    {
        AccountNumbers numbers(u"x"_s, RetryPolicy{});
        int own = 0;
        numbers.add(u"x_own"_s, 1, 10, &own);
        ProviderConfig config;
        config.settings = {{u"x_timeout_s"_s, u" 90 "_s},
                           {u"x_retry_attempts"_s, u"1"_s},
                           {u"x_retry_base_ms"_s, u"500"_s},
                           {u"x_retry_max_ms"_s, u"100"_s},
                           {u"x_own"_s, u"10"_s}};
        QCOMPARE(numbers.read(config, u"X"_s), QString());
        QCOMPARE(numbers.timeout(), std::chrono::seconds(90));
        QCOMPARE(numbers.retry().maxAttempts, 1);
        QCOMPARE(numbers.retry().baseDelay, std::chrono::milliseconds(500));
        // A maximum below the base is raised to it.
        QCOMPARE(numbers.retry().maxDelay, std::chrono::milliseconds(500));
        QCOMPARE(own, 10);
    }

    void badValueIsNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("range");
        QTest::newRow("zero timeout") << u"x_timeout_s"_s << u"0"_s << u"from 1 to 3600"_s;
        QTest::newRow("not a number") << u"x_retry_attempts"_s << u"five"_s << u"from 1 to 20"_s;
        QTest::newRow("above its range") << u"x_own"_s << u"11"_s << u"from 1 to 10"_s;
        QTest::newRow("negative") << u"x_retry_base_ms"_s << u"-1"_s << u"from 0 to 600000"_s;
    }

    void badValueIsNamed()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, range);
        AccountNumbers numbers(u"x"_s, RetryPolicy{});
        int own = 3;
        numbers.add(u"x_own"_s, 1, 10, &own);
        ProviderConfig config;
        config.name = u"lab"_s;
        config.settings.insert(key, value);
        QCOMPARE(numbers.read(config, u"X"_s),
                 u"The X account “lab”: %1 must be a number %2."_s.arg(key, range));
        QCOMPARE(own, 3);
    }

    void everyCloudChecksItsNumbers_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("key");
        QTest::newRow("ec2 common") << u"ec2"_s << u"EC2"_s << u"ec2_retry_attempts"_s;
        QTest::newRow("ec2 own") << u"ec2"_s << u"EC2"_s << u"ec2_page_size"_s;
        QTest::newRow("openstack common")
            << u"openstack"_s << u"OpenStack"_s << u"openstack_timeout_s"_s;
        QTest::newRow("openstack own")
            << u"openstack"_s << u"OpenStack"_s << u"openstack_create_concurrency"_s;
        QTest::newRow("gce common") << u"gce"_s << u"GCE"_s << u"gce_retry_max_ms"_s;
        QTest::newRow("gce own") << u"gce"_s << u"GCE"_s << u"gce_poll_interval_ms"_s;
    }

    void everyCloudChecksItsNumbers()
    {
        QFETCH(QString, type);
        QFETCH(QString, cloud);
        QFETCH(QString, key);
        CloudProviderFactory factory;
        CloudProviderFactory::registerBuiltins(factory);
        HttpClient http;
        ProviderContext context{&http, {}};
        ProviderConfig config;
        config.type = type;
        config.name = u"acct"_s;
        config.region = u"eu-west-1"_s;
        config.project = u"proj"_s;
        config.endpoint = type == u"openstack" ? u"https://127.0.0.1:5000/v3"_s : QString();
        config.settings = {{u"ec2_access_key"_s, u"AKID"_s},
                           {u"username"_s, u"alice"_s},
                           {u"gce_client_id"_s, u"id.apps.googleusercontent.com"_s}};
        config.secrets = {{u"ec2_secret_key"_s, "s"},
                          {u"password"_s, "p"},
                          {u"gce_client_secret"_s, "s"},
                          {u"gce_refresh_token"_s, "r"}};
        QString error;
        QVERIFY2(factory.create(config, context, &error), qPrintable(error));
        config.settings.insert(key, u"-5"_s);
        QVERIFY(!factory.create(config, context, &error));
        QVERIFY2(
            error.startsWith(u"The %1 account “acct”: %2 must be a number from "_s.arg(cloud, key)),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstAccountNumbers)
#include "tst_accountnumbers.moc"
