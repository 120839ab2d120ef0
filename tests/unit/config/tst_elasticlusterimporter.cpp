// The ElastiCluster importer on the real example configs of ../shared/compat/elasticluster:
// every field compared with the expectations in tests/unit/config/data, secrets kept out of
// every stored value, and the same input giving the same result.
#include "model/config/elasticlusterimporter.h"
#include "model/config/templatebuilder.h"
#include "model/domain/domainjson.h"
#include "tests/support/testenv.h"
#include "tests/unit/config/importertestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using namespace cd::test::importer;

namespace {

// Every imported object as JSON text: what would reach the database, a log or an export.
QByteArray serialized(const ImportResult &r)
{
    QJsonArray all;
    for (const CloudAccount &a : r.accounts)
        all.append(json::toJson(a));
    for (const LoginProfile &l : r.logins)
        all.append(json::toJson(l));
    for (const SetupProfile &s : r.setups)
        all.append(json::toJson(s));
    for (const ClusterTemplate &t : r.templates)
        all.append(json::toJson(t));
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

// Compares the fields `expected` lists (JSON names as in examples.json) with `actual`.
void compareFields(const QJsonObject &expected, const QHash<QString, QVariant> &actual)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!actual.contains(it.key()))
            continue;
        const QVariant value = actual.value(it.key());
        const QByteArray what = it.key().toUtf8();
        if (it->isArray())
            QCOMPARE(value.toStringList(), strings(*it));
        else if (it->isObject() && value.canConvert<StringMap>())
            QCOMPARE(value.value<StringMap>(), json::stringMapFromJson(it->toObject()));
        else if (it->isBool())
            QVERIFY2(value.toBool() == it->toBool(), what.constData());
        else if (it->isDouble())
            QVERIFY2(value.toInt() == it->toInt(), what.constData());
        else
            QVERIFY2(value.toString() == it->toString(),
                     qPrintable(it.key() + u": "_s + value.toString()));
    }
}

void compareReason(const QJsonObject &expected, const QString &reason)
{
    if (!expected.contains(u"reason"))
        return;
    const QStringList phrases = strings(expected.value(u"reason"));
    if (phrases.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    for (const QString &phrase : phrases)
        QVERIFY2(reason.contains(phrase), qPrintable(phrase + u" not in: "_s + reason));
}

QStringList namesOf(const QJsonValue &list)
{
    QStringList names;
    for (const QJsonValue &v : list.toArray())
        names << v.toObject().value(u"name").toString();
    return names;
}

void checkExample(const QJsonObject &expected, const ImportResult &r)
{
    QStringList names;
    for (const CloudAccount &a : r.accounts)
        names << a.name;
    QCOMPARE(names, namesOf(expected.value(u"accounts")));
    for (qsizetype i = 0; i < r.accounts.size(); ++i) {
        const CloudAccount &a = r.accounts.at(i);
        const QJsonObject e = expected.value(u"accounts").toArray().at(i).toObject();
        compareFields(e, {{u"type"_s, CloudAccount::typeName(a.type)},
                          {u"provider"_s, a.provider},
                          {u"endpoint"_s, a.endpoint},
                          {u"region"_s, a.region},
                          {u"project"_s, a.project},
                          {u"secretRefs"_s, QStringList(a.secretRefs.keys())},
                          {u"settings"_s, QVariant::fromValue(a.settings)}});
        compareReason(e, a.notStartableReason);
        for (auto it = a.secretRefs.cbegin(); it != a.secretRefs.cend(); ++it)
            QCOMPARE(it.value(), u"account/%1/%2"_s.arg(a.name, it.key()));
        QCOMPARE(a.sourceFile, expected.value(u"file").toString());
    }
    names.clear();
    for (const LoginProfile &l : r.logins)
        names << l.name;
    QCOMPARE(names, namesOf(expected.value(u"logins")));
    for (qsizetype i = 0; i < r.logins.size(); ++i) {
        const LoginProfile &l = r.logins.at(i);
        compareFields(expected.value(u"logins").toArray().at(i).toObject(),
                      {{u"imageUser"_s, l.imageUser},
                       {u"imageSudo"_s, l.imageSudo},
                       {u"imageUserSudo"_s, l.imageUserSudo},
                       {u"userKeyName"_s, l.userKeyName},
                       {u"userKeyPrivate"_s, l.userKeyPrivate},
                       {u"userKeyPublic"_s, l.userKeyPublic}});
        QCOMPARE(l.sourceFile, expected.value(u"file").toString());
    }
    names.clear();
    for (const SetupProfile &s : r.setups)
        names << s.name;
    QCOMPARE(names, namesOf(expected.value(u"setups")));
    for (qsizetype i = 0; i < r.setups.size(); ++i) {
        const SetupProfile &s = r.setups.at(i);
        const QJsonObject e = expected.value(u"setups").toArray().at(i).toObject();
        compareFields(
            e, {{u"provider"_s, s.provider}, {u"globalVars"_s, QVariant::fromValue(s.globalVars)}});
        QMap<QString, QStringList> groups;
        const QJsonObject g = e.value(u"kindGroups").toObject();
        for (auto it = g.begin(); it != g.end(); ++it)
            groups.insert(it.key(), strings(*it));
        QCOMPARE(s.kindGroups, groups);
        if (e.contains(u"kindVars")) {
            QMap<QString, StringMap> vars;
            const QJsonObject v = e.value(u"kindVars").toObject();
            for (auto it = v.begin(); it != v.end(); ++it)
                vars.insert(it.key(), json::stringMapFromJson(it->toObject()));
            QCOMPARE(s.kindVars, vars);
        }
        QCOMPARE(s.sourceFile, expected.value(u"file").toString());
    }
    names.clear();
    for (const ClusterTemplate &t : r.templates)
        names << t.name;
    QCOMPARE(names, namesOf(expected.value(u"templates")));
    for (qsizetype i = 0; i < r.templates.size(); ++i) {
        const ClusterTemplate &t = r.templates.at(i);
        const QJsonObject e = expected.value(u"templates").toArray().at(i).toObject();
        compareFields(e, {{u"cloud"_s, t.cloud},
                          {u"login"_s, t.login},
                          {u"setup"_s, t.setup},
                          {u"sshTo"_s, t.sshTo},
                          {u"startTimeoutSec"_s, t.startTimeoutSec},
                          {u"sshProbeTimeoutSec"_s, t.sshProbeTimeoutSec},
                          {u"settings"_s, QVariant::fromValue(t.settings)}});
        compareReason(e, t.whyNotStartable());
        QCOMPARE(t.sourceFile, expected.value(u"file").toString());
        QStringList kinds;
        for (const NodeKindSpec &k : t.kinds)
            kinds << k.name;
        QCOMPARE(kinds, namesOf(e.value(u"kinds")));
        for (qsizetype k = 0; k < t.kinds.size(); ++k) {
            const NodeKindSpec &spec = t.kinds.at(k);
            compareFields(e.value(u"kinds").toArray().at(k).toObject(),
                          {{u"count"_s, spec.count},
                           {u"min"_s, spec.minCount},
                           {u"flavor"_s, spec.flavor},
                           {u"image"_s, spec.image},
                           {u"securityGroup"_s, spec.securityGroup},
                           {u"networks"_s, spec.networks},
                           {u"settings"_s, QVariant::fromValue(spec.settings)}});
        }
    }
    const auto errors = std::count_if(r.issues.cbegin(), r.issues.cend(), [](const ImportIssue &i) {
        return i.severity == Severity::Error;
    });
    QCOMPARE(int(errors), expected.value(u"errors").toInt());
    for (const QJsonValue &v : expected.value(u"issues").toArray()) {
        const QJsonObject issue = v.toObject();
        const Severity severity
            = issue.value(u"severity") == u"error"_s ? Severity::Error : Severity::Warning;
        QVERIFY2(
            hasIssue(r, issue.value(u"line").toInt(), severity, issue.value(u"phrase").toString()),
            qPrintable(u"line %1 “%2”\n"_s.arg(issue.value(u"line").toInt())
                           .arg(issue.value(u"phrase").toString())
                       + allIssues(r)));
    }
}

} // namespace

class TestElastiClusterImporter final : public QObject
{
    Q_OBJECT

private slots:
    void everyExampleHasExpectations();
    void examples_data();
    void examples();
    void allExamplesTogether();
    void secrets_data();
    void secrets();
    void deterministic_data();
    void deterministic();
};

void TestElastiClusterImporter::everyExampleHasExpectations()
{
    const QJsonObject expected
        = QJsonDocument::fromJson(readFile(dataDir() + u"/examples.json"_s)).object();
    QStringList files
        = QDir(examplesDir())
              .entryList({u"*.conf"_s, u"config.template"_s}, QDir::Files, QDir::Name);
    QStringList keys = expected.keys();
    keys.removeAll(u"_comment"_s);
    keys.sort();
    QVERIFY2(files.size() >= 18, qPrintable(examplesDir()));
    QCOMPARE(files, keys);
}

void TestElastiClusterImporter::examples_data()
{
    QTest::addColumn<QString>("file");
    const QJsonObject expected
        = QJsonDocument::fromJson(readFile(dataDir() + u"/examples.json"_s)).object();
    for (const QString &file : expected.keys())
        if (file != u"_comment")
            QTest::newRow(qPrintable(file)) << file;
}

void TestElastiClusterImporter::examples()
{
    QFETCH(QString, file);
    QJsonObject expected = QJsonDocument::fromJson(readFile(dataDir() + u"/examples.json"_s))
                               .object()
                               .value(file)
                               .toObject();
    const QString path = examplesDir() + u'/' + file;
    expected.insert(u"file"_s, path);
    const ImportResult result = ElastiClusterImporter(options()).importFiles({path});
    QCOMPARE(result.filesRead, QStringList{path});
    checkExample(expected, result);
}

void TestElastiClusterImporter::allExamplesTogether()
{
    // One configuration made of every example: sections repeat across files and merge.
    QStringList paths;
    for (const QString &file :
         QDir(examplesDir()).entryList({u"*.conf"_s}, QDir::Files, QDir::Name))
        paths << examplesDir() + u'/' + file;
    const ElastiClusterImporter importer(options());
    const ImportResult first = importer.importFiles(paths);
    QCOMPARE(first.filesRead, paths);
    QVERIFY(!first.templates.isEmpty());
    // openstack-auth.conf now defines [cloud/openstack] for the other files' templates.
    const ClusterTemplate *ceph = findTemplate(first, u"ceph1"_s);
    QVERIFY(ceph);
    QVERIFY2(ceph->startable(), qPrintable(ceph->whyNotStartable()));
    QVERIFY(first == importer.importFiles(paths));
}

void TestElastiClusterImporter::secrets_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("forbidden"); // must appear in no JSON and no message

    QTest::newRow("ec2_secret_key")
        << "[cloud/aws]\nprovider=ec2_boto\nec2_url=https://ec2.eu-west-1.amazonaws.com\n"
           "ec2_region=eu-west-1\nec2_access_key=AKIDEXAMPLE\nec2_secret_key=S3cr3t-EC2-Value\n"_ba
        << u"account/aws/ec2_secret_key"_s << u"S3cr3t-EC2-Value"_s
        << QStringList{u"S3cr3t-EC2-Value"_s};
    QTest::newRow("openstack password")
        << "[cloud/os]\nprovider=openstack\nauth_url=https://keystone:5000/v3\nusername=me\n"
           "password=0penStack-Pa55\nproject_name=p\n"_ba
        << u"account/os/password"_s << u"0penStack-Pa55"_s << QStringList{u"0penStack-Pa55"_s};
    QTest::newRow("gce_client_secret")
        << "[cloud/g]\nprovider=google\ngce_project_id=p\ngce_client_id=id\n"
           "gce_client_secret=GoogleClientSecret-9\n"_ba
        << u"account/g/gce_client_secret"_s << u"GoogleClientSecret-9"_s
        << QStringList{u"GoogleClientSecret-9"_s};
    QTest::newRow("azure secret")
        << "[cloud/az]\nprovider=azure\nsubscription_id=s\nsecret=AzureSecret-77\n"_ba
        << u"account/az/secret"_s << u"AzureSecret-77"_s << QStringList{u"AzureSecret-77"_s};
    QTest::newRow("from the environment")
        << "[cloud/os]\nprovider=openstack\npassword=$CD_TEST_OS_PASSWORD\n"_ba
        << u"account/os/password"_s << u"FromTheEnvironment-42"_s
        << QStringList{u"FromTheEnvironment-42"_s};
    QTest::newRow("copied by %(password)s")
        << "[cloud/os]\nprovider=openstack\npassword=Hunter2-Interp\nauth_hint=me:%(password)s\n"_ba
        << u"account/os/password"_s << u"Hunter2-Interp"_s << QStringList{u"Hunter2-Interp"_s};
    QTest::newRow("$ inside the secret")
        << "[cloud/os]\nprovider=openstack\npassword=abc$defSecretPart\n"_ba
        << u"account/os/password"_s << u"abc$defSecretPart"_s << QStringList{u"defSecretPart"_s};
}

void TestElastiClusterImporter::secrets()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, ref);
    QFETCH(QString, secret);
    QFETCH(QStringList, forbidden);
    const ImportResult result = ElastiClusterImporter(options()).importText(u"s.conf"_s, config);
    QCOMPARE(result.accounts.size(), 1);
    const CloudAccount &account = result.accounts.first();
    const QString key = ref.section(u'/', 2);
    QCOMPARE(account.secretRefs.value(key), ref);
    const auto it = std::find_if(result.secrets.cbegin(), result.secrets.cend(),
                                 [&](const ImportedSecret &s) { return s.ref == ref; });
    QVERIFY(it != result.secrets.cend());
    QCOMPARE(it->value, secret.toUtf8());
    const QByteArray json = serialized(result);
    for (const QString &text : forbidden) {
        QVERIFY2(!json.contains(text.toUtf8()), json.constData());
        QVERIFY2(!allIssues(result).contains(text), qPrintable(allIssues(result)));
    }
    QVERIFY(!account.settings.contains(key));
}

void TestElastiClusterImporter::deterministic_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file :
         QDir(examplesDir())
             .entryList({u"*.conf"_s, u"config.template"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << examplesDir() + u'/' + file;
    for (const QString &file : QDir(dataDir()).entryList({u"*.conf"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << dataDir() + u'/' + file;
}

void TestElastiClusterImporter::deterministic()
{
    QFETCH(QString, path);
    const ImportResult first = ElastiClusterImporter(options()).importFiles({path});
    const ImportResult second = ElastiClusterImporter(options()).importFiles({path});
    QVERIFY(!first.filesRead.isEmpty());
    QVERIFY(first == second);
    QCOMPARE(serialized(first), serialized(second));
    QCOMPARE(allIssues(first), allIssues(second));
}

QTEST_GUILESS_MAIN(TestElastiClusterImporter)
#include "tst_elasticlusterimporter.moc"
