#include "model/config/elasticlusterimporter.h"
#include "model/config/templatebuilder.h"
#include "model/domain/domainjson.h"
#include "tests/support/bigconfig.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;
using Severity = ImportIssue::Severity;

namespace {

QString dataDir()
{
    return test::sourceDir() + u"/tests/unit/config/data"_s;
}

QString examplesDir()
{
    return test::sharedDir() + u"/compat/elasticluster"_s;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

ElastiClusterImporter::Options options()
{
    ElastiClusterImporter::Options o;
    QProcessEnvironment env;
    env.insert(u"CD_TEST_USER"_s, u"tester"_s);
    env.insert(u"CD_TEST_KEYDIR"_s, u"/keys"_s);
    env.insert(u"CD_TEST_OS_PASSWORD"_s, u"FromTheEnvironment-42"_s);
    env.insert(u"CD_IMAGE"_s, u"0123"_s);
    o.environment = env;
    o.playbooksDir = u"/opt/playbooks"_s;
    o.homeDir = u"/home/tester"_s;
    return o;
}

ImportResult importData(const QString &name, const KnownNames &known = {})
{
    ElastiClusterImporter::Options o = options();
    o.known = known;
    return ElastiClusterImporter(o).importText(name, readFile(dataDir() + u'/' + name));
}

QString allIssues(const ImportResult &result)
{
    QStringList lines;
    for (const ImportIssue &issue : result.issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

bool hasIssue(const ImportResult &r, int line, Severity severity, const QString &phrase)
{
    return std::any_of(r.issues.cbegin(), r.issues.cend(), [&](const ImportIssue &i) {
        return i.line == line && i.severity == severity && i.message.contains(phrase);
    });
}

// "cluster/NAME", "cloud/NAME", "login/NAME" or "setup/NAME" of an imported object.
QStringList importedNames(const ImportResult &r)
{
    QStringList names;
    for (const CloudAccount &a : r.accounts)
        names << u"cloud/"_s + a.name;
    for (const LoginProfile &l : r.logins)
        names << u"login/"_s + l.name;
    for (const SetupProfile &s : r.setups)
        names << u"setup/"_s + s.name;
    for (const ClusterTemplate &t : r.templates)
        names << u"cluster/"_s + t.name;
    return names;
}

const ClusterTemplate *findTemplate(const ImportResult &r, const QString &name)
{
    for (const ClusterTemplate &t : r.templates)
        if (t.name == name)
            return &t;
    return nullptr;
}

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
    void brokenInputs_data();
    void brokenInputs();
    void missingReferencesKeepTheTemplate();
    void countsAndMinimums();
    void duplicateSectionsMerge();
    void expansion();
    void unknownKeysAreKept();
    void nonUtf8LineIsSkipped();
    void iniSyntax();
    void kindNames_data();
    void kindNames();
    void configDirectoryIsMerged();
    void missingFileIsReported();
    void tenMegabytesImport();
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

void TestElastiClusterImporter::brokenInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QStringList>("imported");
    QTest::addColumn<QStringList>("skipped");

    const auto row
        = [](const char *name, const char *file, int line, bool error, const QString &phrase,
             const QStringList &imported, const QStringList &skipped = {}) {
              QTest::newRow(name) << QString::fromLatin1(file) << line << error << phrase
                                  << imported << skipped;
          };
    row("missing cloud", "missing-references.conf", 7, false, u"[cloud/nowhere]"_s,
        {u"cluster/orphan"_s, u"cluster/stored"_s});
    row("missing login", "missing-references.conf", 8, false, u"[login/nobody]"_s,
        {u"cluster/orphan"_s});
    row("kind without groups", "missing-references.conf", 26, false, u"`gpu_groups`"_s,
        {u"cluster/ungrouped"_s});
    row("count in words", "bad-counts.conf", 7, true, u"whole number of nodes"_s,
        {u"cluster/good"_s, u"setup/s"_s}, {u"cluster/words"_s});
    row("negative count", "bad-counts.conf", 11, true, u"not “-1”"_s, {u"cluster/good"_s},
        {u"cluster/negative"_s});
    row("min above count", "bad-counts.conf", 16, true, u"at least 3 nodes"_s, {u"cluster/good"_s},
        {u"cluster/min-too-big"_s});
    row("old min key", "bad-counts.conf", 22, false, u"old name of `compute_nodes_min`"_s,
        {u"cluster/good"_s});
    row("unknown login key", "unknown-keys.conf", 3, false, u"`image_passwd`"_s, {u"login/u"_s});
    row("unknown setup key", "unknown-keys.conf", 7, false, u"`compute_grups`"_s, {u"setup/s"_s});
    row("unknown cluster key", "unknown-keys.conf", 14, false, u"`flavour`"_s, {u"cluster/c"_s});
    row("unknown kind key", "unknown-keys.conf", 18, false, u"`colour`"_s, {u"cluster/c"_s});
    row("kind starts with a digit", "bad-kind-names.conf", 6, true, u"“1st”"_s, {u"cluster/fine"_s},
        {u"cluster/leading-digit"_s});
    row("kind ends with a digit", "bad-kind-names.conf", 10, true, u"“node2”"_s,
        {u"cluster/fine"_s}, {u"cluster/trailing-digit"_s});
    row("circular a↔b", "circular.conf", 5, true, u"`a` → `b` → `a`"_s, {u"cluster/fine"_s},
        {u"cluster/loop"_s});
    row("cycle behind another key", "circular.conf", 20, true, u"`x` → `y` → `x`"_s,
        {u"cluster/fine"_s}, {u"cluster/through"_s});
    row("refers to itself", "circular.conf", 10, true, u"refers to itself"_s, {u"cluster/fine"_s},
        {u"cluster/self"_s});
    row("interpolation bomb", "interpolation-bomb.conf", 22, true, u"grows beyond"_s,
        {u"cluster/fine"_s, u"setup/s"_s}, {u"cluster/bomb"_s});
    row("header without ]", "header-typo.conf", 4, true, u"no closing `]`"_s, {u"cluster/fine"_s},
        {u"cluster/broken"_s});
    row("section type typo", "header-typo.conf", 7, false, u"Did you mean [cluster/…]"_s,
        {u"cluster/fine"_s});
    row("duplicate section", "duplicate-section.conf", 9, false, u"appears again"_s,
        {u"cluster/twice"_s});
    row("duplicate key", "duplicate-section.conf", 10, false, u"sets `flavor` again"_s,
        {u"cluster/twice"_s});
    row("unset variable", "expansion.conf", 9, false, u"$CD_TEST_UNSET_VAR"_s,
        {u"login/u"_s, u"cluster/c"_s});
    row("old setup_provider", "missing-references.conf", 31, false, u"old name of `setup`"_s,
        {u"cluster/old-style"_s});
    row("ssh_to names no kind", "missing-references.conf", 40, false,
        u"no node kind of this cluster"_s, {u"cluster/bad-ssh-to"_s});
    row("lines before any section", "no-header.conf", 1, true, u"before any section header"_s,
        {u"setup/s"_s});
    row("login without image_user", "incomplete-sections.conf", 1, true, u"no `image_user`"_s,
        {u"cluster/c"_s, u"cloud/os"_s}, {u"login/nouser"_s});
    row("cloud without provider", "incomplete-sections.conf", 4, true, u"no `provider`"_s,
        {u"cluster/c"_s}, {u"cloud/noprovider"_s});
    row("old tenant_name", "incomplete-sections.conf", 9, false, u"old name of `project_name`"_s,
        {u"cloud/os"_s});
    row("unknown cloud key", "incomplete-sections.conf", 10, false, u"`region`"_s, {u"cloud/os"_s});
    row("storage section", "incomplete-sections.conf", 12, false, u"[storage] was ignored"_s,
        {u"setup/s"_s});
    row("refers to a skipped cloud", "incomplete-sections.conf", 16, false,
        u"[cloud/noprovider], which could not be imported"_s, {u"cluster/c"_s});
    row("refers to a skipped login", "incomplete-sections.conf", 17, false,
        u"[login/nouser], which could not be imported"_s, {u"cluster/c"_s});
    row("override of an undeclared kind", "incomplete-sections.conf", 24, false,
        u"declares no `frontend_nodes`"_s, {u"cluster/c"_s});
    row("override of a missing cluster", "incomplete-sections.conf", 27, false,
        u"[cluster/ghost], which is not defined"_s, {u"cluster/c"_s});
    row("too many slashes", "incomplete-sections.conf", 30, true, u"not a valid section name"_s,
        {u"cluster/c"_s});
    row("empty section", "incomplete-sections.conf", 33, false, u"has no keys"_s, {u"cluster/c"_s},
        {u"cluster/e"_s});
}

void TestElastiClusterImporter::brokenInputs()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(bool, error);
    QFETCH(QString, phrase);
    QFETCH(QStringList, imported);
    QFETCH(QStringList, skipped);
    const ImportResult result = importData(file);
    QVERIFY2(hasIssue(result, line, error ? Severity::Error : Severity::Warning, phrase),
             qPrintable(allIssues(result)));
    for (const ImportIssue &issue : result.issues)
        QCOMPARE(issue.file, file);
    const QStringList names = importedNames(result);
    for (const QString &name : imported)
        QVERIFY2(names.contains(name), qPrintable(name + u" not in "_s + names.join(u", ")));
    for (const QString &name : skipped)
        QVERIFY2(!names.contains(name), qPrintable(name));
}

void TestElastiClusterImporter::missingReferencesKeepTheTemplate()
{
    const KnownNames known{{u"stored-cloud"_s}, {u"stored-login"_s}, {u"stored-setup"_s}};
    const ImportResult result = importData(u"missing-references.conf"_s, known);
    const ClusterTemplate *orphan = findTemplate(result, u"orphan"_s);
    QVERIFY(orphan);
    QVERIFY(!orphan->startable());
    QVERIFY(orphan->whyNotStartable().contains(u"[cloud/nowhere]"));
    QVERIFY(orphan->whyNotStartable().contains(u"[login/nobody]"));
    QVERIFY(orphan->unresolved.contains(u"cloud/nowhere"_s));
    QVERIFY(orphan->unresolved.contains(u"login/nobody"_s));
    QCOMPARE(orphan->kinds.size(), 2);
    const ClusterTemplate *stored = findTemplate(result, u"stored"_s);
    QVERIFY(stored);
    QVERIFY2(stored->startable(), qPrintable(stored->whyNotStartable()));
    const ClusterTemplate *ungrouped = findTemplate(result, u"ungrouped"_s);
    QVERIFY(ungrouped);
    QVERIFY(ungrouped->notStartableReason.contains(u"`gpu`"));
    QVERIFY(!ungrouped->notStartableReason.contains(u"`frontend`"));
    const ClusterTemplate *oldStyle = findTemplate(result, u"old-style"_s);
    QVERIFY(oldStyle);
    QCOMPARE(oldStyle->setup, u"slurm"_s);
    QCOMPARE(oldStyle->sshTo, u"compute001"_s); // a node name of an existing kind
    QVERIFY2(oldStyle->startable(), qPrintable(oldStyle->whyNotStartable()));
    const ClusterTemplate *badSshTo = findTemplate(result, u"bad-ssh-to"_s);
    QVERIFY(badSshTo);
    QCOMPARE(badSshTo->sshTo, QString());
    QVERIFY(badSshTo->startable());
    QVERIFY(!result.hasErrors());
}

void TestElastiClusterImporter::countsAndMinimums()
{
    const ImportResult result = importData(u"bad-counts.conf"_s);
    QCOMPARE(result.templates.size(), 1);
    const ClusterTemplate &good = result.templates.first();
    QCOMPARE(good.kinds.size(), 2);
    QCOMPARE(good.kinds.at(0).name, u"frontend"_s);
    QCOMPARE(good.kinds.at(0).minCount, 1);
    QCOMPARE(good.kinds.at(1).count, 3);
    QCOMPARE(good.kinds.at(1).minCount, 1);
    QCOMPARE(good.totalCount(), 4);
}

void TestElastiClusterImporter::duplicateSectionsMerge()
{
    const ImportResult result = importData(u"duplicate-section.conf"_s);
    QCOMPARE(result.templates.size(), 1);
    const NodeKindSpec &compute = result.templates.first().kinds.first();
    QCOMPARE(compute.count, 1);
    QCOMPARE(compute.flavor, u"large"_s);
    QCOMPARE(compute.image, u"img"_s);
    QCOMPARE(result.templates.first().sourceFile, u"duplicate-section.conf"_s);
}

void TestElastiClusterImporter::expansion()
{
    const ImportResult result = importData(u"expansion.conf"_s);
    QCOMPARE(result.logins.size(), 1);
    const LoginProfile &login = result.logins.first();
    QCOMPARE(login.imageUser, u"tester"_s);
    QCOMPARE(login.userKeyPrivate, u"/home/tester/.ssh/id_ed25519"_s);
    QCOMPARE(login.userKeyPublic, u"/keys/id_ed25519.pub"_s);
    QCOMPARE(login.userKeyName, u"$CD_TEST_UNSET_VAR"_s);
    QCOMPARE(result.setups.size(), 1);
    QCOMPARE(result.setups.first().playbookPath, u"/opt/playbooks/site.yml"_s);
    QCOMPARE(result.setups.first().ansibleExtraArgs, u"-e dir=/opt/playbooks"_s);
    QCOMPARE(result.templates.size(), 1);
    const ClusterTemplate &t = result.templates.first();
    QCOMPARE(t.sshProxyCommand, u"ssh -W %h:%p -l %r bastion.example.org"_s);
    QCOMPARE(t.settings.value(u"global_var_note"_s), u"100% sure"_s);
    QCOMPARE(t.kinds.first().image, u"img-7"_s); // %(base_image)s from [DEFAULT], nested
    QCOMPARE(t.kinds.first().userData, u"#!/bin/sh\necho first\n\necho second"_s);
    QVERIFY(!result.hasErrors());
}

void TestElastiClusterImporter::unknownKeysAreKept()
{
    const ImportResult result = importData(u"unknown-keys.conf"_s);
    QCOMPARE(result.templates.size(), 1);
    const ClusterTemplate &t = result.templates.first();
    QCOMPARE(t.settings.value(u"flavour"_s), u"big"_s);
    QCOMPARE(t.kinds.first().flavor, u"huge"_s);
    QCOMPARE(t.kinds.first().settings.value(u"colour"_s), u"blue"_s);
    QCOMPARE(result.setups.first().settings.value(u"compute_grups"_s), u"typo"_s);
    QVERIFY(!result.hasErrors());

    const ImportResult incomplete = importData(u"incomplete-sections.conf"_s);
    QCOMPARE(incomplete.accounts.size(), 1);
    QCOMPARE(incomplete.accounts.first().project, u"proj"_s);
    QCOMPARE(incomplete.accounts.first().settings, (StringMap{{u"region"_s, u"RegionOne"_s}}));
    const ClusterTemplate *c = findTemplate(incomplete, u"c"_s);
    QVERIFY(c);
    QVERIFY(c->whyNotStartable().contains(u"[cloud/noprovider] could not be imported"));
}

void TestElastiClusterImporter::nonUtf8LineIsSkipped()
{
    const QByteArray config = "[login/u]\n"
                              "image_user=ubuntu\n"
                              "image_userdata=caf\xe9\n" // Latin-1, line 3
                              "user_key_name=k\n"
                              "[cloud/\xff\xfe]\n" // line 5: a header we cannot read
                              "provider=ec2_boto\n"
                              "[setup/s]\n"
                              "compute_groups=x\n"_ba;
    const ImportResult result
        = ElastiClusterImporter(options()).importText(u"latin1.conf"_s, config);
    QVERIFY2(hasIssue(result, 3, Severity::Error, u"not valid UTF-8"_s),
             qPrintable(allIssues(result)));
    QVERIFY2(hasIssue(result, 5, Severity::Error, u"section header"_s),
             qPrintable(allIssues(result)));
    QCOMPARE(importedNames(result), (QStringList{u"login/u"_s, u"setup/s"_s}));
    QCOMPARE(result.logins.first().imageUserData, QString());
    QCOMPARE(result.logins.first().userKeyName, u"k"_s);
}

void TestElastiClusterImporter::iniSyntax()
{
    const QByteArray config = "\xEF\xBB\xBF; a comment\r\n"
                              "[cluster/c]\r\n"
                              "  setup: s\r\n"
                              "cloud = c\r\n"
                              "login=l\r\n"
                              "compute_nodes =   2  \r\n"
                              "# another comment\r\n"
                              "image_userdata = line one\r\n"
                              "    line two\r\n"
                              "    # not part of the value\r\n"
                              "    line three\r\n"
                              "Flavor = Case-Sensitive-Key\r\n"
                              "[setup/s]\n"
                              "compute_groups = a , b,,c\n"_ba;
    ElastiClusterImporter::Options o = options();
    o.known = {{u"c"_s}, {u"l"_s}, {}};
    const ImportResult result = ElastiClusterImporter(o).importText(u"syntax.conf"_s, config);
    QVERIFY2(result.issues.size() == 1, qPrintable(allIssues(result))); // `Flavor` is unknown
    QVERIFY(hasIssue(result, 12, Severity::Warning, u"`Flavor`"_s));
    QCOMPARE(result.templates.size(), 1);
    const ClusterTemplate &t = result.templates.first();
    QCOMPARE(t.setup, u"s"_s);
    QCOMPARE(t.kinds.first().count, 2);
    QCOMPARE(t.kinds.first().userData, u"line one\nline two\nline three"_s);
    QCOMPARE(t.kinds.first().flavor, QString());
    QCOMPARE(t.settings.value(u"Flavor"_s), u"Case-Sensitive-Key"_s);
    QCOMPARE(result.setups.first().kindGroups.value(u"compute"_s),
             (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY(t.startable());
}

void TestElastiClusterImporter::kindNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"compute"_s << true;
    QTest::newRow("underscore") << u"small_worker"_s << true;
    QTest::newRow("hyphen") << u"large-worker"_s << true;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("digit inside") << u"gpu4x_node"_s << true;
    QTest::newRow("leading digit") << u"1st"_s << false;
    QTest::newRow("trailing digit") << u"node2"_s << false;
    QTest::newRow("trailing hyphen") << u"node-"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"a.b"_s << false;
    QTest::newRow("non-ASCII") << u"wörker"_s << false;
}

void TestElastiClusterImporter::kindNames()
{
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QCOMPARE(TemplateBuilder::isValidKindName(kind), valid);
}

void TestElastiClusterImporter::configDirectoryIsMerged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString main = dir.filePath(u"config"_s);
    QVERIFY(writeFile(main, "[setup/s]\ncompute_groups=slurm_worker\n\n"
                            "[cluster/c]\ncloud=mycloud\nlogin=l\nsetup=s\ncompute_nodes=2\n"
                            "flavor=small\n"_ba));
    QVERIFY(QDir(dir.path()).mkdir(u"config.d"_s));
    QVERIFY(writeFile(main + u".d/20-cloud.conf"_s,
                      "[cloud/mycloud]\nprovider=ec2_boto\nec2_region=eu-west-1\n"
                      "[login/l]\nimage_user=admin\n"_ba));
    QVERIFY(
        writeFile(main + u".d/10-override.conf"_s, "# bigger nodes\n[cluster/c]\nflavor=big\n"_ba));
    QVERIFY(writeFile(main + u".d/notes.txt"_s, "[cluster/ignored]\ncompute_nodes=1\n"_ba));

    const ImportResult result = ElastiClusterImporter(options()).importFiles({main});
    QCOMPARE(result.filesRead,
             (QStringList{main, main + u".d/10-override.conf"_s, main + u".d/20-cloud.conf"_s}));
    QCOMPARE(importedNames(result),
             (QStringList{u"cloud/mycloud"_s, u"login/l"_s, u"setup/s"_s, u"cluster/c"_s}));
    const ClusterTemplate &t = result.templates.first();
    QVERIFY2(t.startable(), qPrintable(t.whyNotStartable()));
    QCOMPARE(t.kinds.first().flavor, u"big"_s);
    QCOMPARE(t.sourceFile, main);
    QCOMPARE(result.accounts.first().sourceFile, main + u".d/20-cloud.conf"_s);
    // The override is reported where it is, in the .d file.
    QVERIFY(std::any_of(result.issues.cbegin(), result.issues.cend(), [&](const ImportIssue &i) {
        return i.file == main + u".d/10-override.conf"_s && i.line == 2
               && i.message.contains(u"appears again");
    }));
    QVERIFY(!result.hasErrors());
}

void TestElastiClusterImporter::missingFileIsReported()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"nothing-here"_s);
    const ImportResult result = ElastiClusterImporter(options()).importFiles({missing});
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().file, missing);
    QCOMPARE(result.issues.first().severity, Severity::Error);
    QVERIFY(result.filesRead.isEmpty());
}

// Correctness on a large input; how fast it is lives in tests/bench/bench_importer.
void TestElastiClusterImporter::tenMegabytesImport()
{
    int clusters = 0;
    const QByteArray big = test::bigConfig(10 * 1024 * 1024, &clusters);
    const ImportResult result = ElastiClusterImporter(options()).importText(u"big.conf"_s, big);
    QVERIFY2(result.issues.isEmpty(), qPrintable(allIssues(result).left(2000)));
    QCOMPARE(result.templates.size(), clusters);
    QCOMPARE(result.templates.last().kinds.last().flavor, u"m5.xlarge"_s);
    QCOMPARE(result.templates.last().kinds.first().flavor, u"m5.large"_s);
    QCOMPARE(result.templates.last().kinds.first().image, u"ami-0123"_s);
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
