// The ElastiCluster importer on broken and unusual input: every problem reported with its line,
// the rest imported; references, merging, expansion, INI syntax, directories, a 10 MB file.
#include "model/config/elasticlusterimporter.h"
#include "model/config/templatebuilder.h"
#include "model/domain/domainjson.h"
#include "tests/support/bigconfig.h"
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

class TestImporterInputs final : public QObject
{
    Q_OBJECT

private slots:
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
};

void TestImporterInputs::brokenInputs_data()
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

void TestImporterInputs::brokenInputs()
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

void TestImporterInputs::missingReferencesKeepTheTemplate()
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

void TestImporterInputs::countsAndMinimums()
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

void TestImporterInputs::duplicateSectionsMerge()
{
    const ImportResult result = importData(u"duplicate-section.conf"_s);
    QCOMPARE(result.templates.size(), 1);
    const NodeKindSpec &compute = result.templates.first().kinds.first();
    QCOMPARE(compute.count, 1);
    QCOMPARE(compute.flavor, u"large"_s);
    QCOMPARE(compute.image, u"img"_s);
    QCOMPARE(result.templates.first().sourceFile, u"duplicate-section.conf"_s);
}

void TestImporterInputs::expansion()
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

void TestImporterInputs::unknownKeysAreKept()
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

void TestImporterInputs::nonUtf8LineIsSkipped()
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

void TestImporterInputs::iniSyntax()
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

void TestImporterInputs::kindNames_data()
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

void TestImporterInputs::kindNames()
{
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QCOMPARE(TemplateBuilder::isValidKindName(kind), valid);
}

void TestImporterInputs::configDirectoryIsMerged()
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

void TestImporterInputs::missingFileIsReported()
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
void TestImporterInputs::tenMegabytesImport()
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

QTEST_GUILESS_MAIN(TestImporterInputs)
#include "tst_importerinputs.moc"
