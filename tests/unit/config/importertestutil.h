#pragma once

// Helpers shared by the importer's tests: the test data, the importer's options, and lookups
// in an ImportResult.
#include "model/config/elasticlusterimporter.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>

namespace cd::test::importer {

using namespace Qt::StringLiterals;
using Severity = ImportIssue::Severity;

inline QString dataDir()
{
    return test::sourceDir() + u"/tests/unit/config/data"_s;
}

inline QString examplesDir()
{
    return test::sharedDir() + u"/compat/elasticluster"_s;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

inline ElastiClusterImporter::Options options()
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

inline ImportResult importData(const QString &name, const KnownNames &known = {})
{
    ElastiClusterImporter::Options o = options();
    o.known = known;
    return ElastiClusterImporter(o).importText(name, readFile(dataDir() + u'/' + name));
}

inline QString allIssues(const ImportResult &result)
{
    QStringList lines;
    for (const ImportIssue &issue : result.issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

inline bool hasIssue(const ImportResult &r, int line, Severity severity, const QString &phrase)
{
    return std::any_of(r.issues.cbegin(), r.issues.cend(), [&](const ImportIssue &i) {
        return i.line == line && i.severity == severity && i.message.contains(phrase);
    });
}

// "cluster/NAME", "cloud/NAME", "login/NAME" or "setup/NAME" of an imported object.
inline QStringList importedNames(const ImportResult &r)
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

} // namespace cd::test::importer
