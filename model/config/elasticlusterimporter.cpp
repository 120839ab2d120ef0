#include "model/config/elasticlusterimporter.h"

#include "model/config/inireader.h"
#include "model/config/sectionreader.h"
#include "model/config/templatebuilder.h"
#include "model/config/valueexpander.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr auto Warning = ImportIssue::Severity::Warning;
constexpr auto Error = ImportIssue::Severity::Error;

const QStringList &sectionTypes()
{
    static const QStringList types{u"cloud"_s, u"login"_s, u"setup"_s, u"cluster"_s, u"storage"_s};
    return types;
}

// Edit distance, to suggest `cluster` for `clustr`.
int distance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const bool same = a.at(i - 1).toLower() == b.at(j - 1).toLower();
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString suggestedType(const QString &type)
{
    if (type.size() > 20)
        return {};
    for (const QString &known : sectionTypes())
        if (distance(type, known) <= 2)
            return known;
    return {};
}

} // namespace

QString ImportIssue::toString() const
{
    const QString level = severity == Severity::Error
                              ? QCoreApplication::translate("ElastiClusterImporter", "error")
                              : QCoreApplication::translate("ElastiClusterImporter", "warning");
    return (line > 0 ? u"%1:%2: "_s.arg(file).arg(line) : u"%1: "_s.arg(file)) + level + u": "_s
           + message;
}

bool ImportResult::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &issue) {
        return issue.severity == ImportIssue::Severity::Error;
    });
}

ElastiClusterImporter::ElastiClusterImporter(Options options)
    : m_options(std::move(options))
{}

ImportResult ElastiClusterImporter::importText(const QString &fileName,
                                               const QByteArray &content) const
{
    return importSources({{fileName, content}}, {});
}

ImportResult ElastiClusterImporter::importFiles(const QStringList &paths) const
{
    QList<Source> sources;
    QList<ImportIssue> issues;
    QStringList seen;
    const auto read = [&](const QString &path) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            return;
        seen.append(absolute);
        QFile file(path);
        if (file.size() > MaxFileSize) {
            issues.append({path, 0, Error,
                           tr("The file is larger than %1 MB and was not read; this is not an "
                              "ElastiCluster configuration file.")
                               .arg(MaxFileSize / (1024 * 1024))});
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            issues.append(
                {path, 0, Error, tr("The file could not be read: %1.").arg(file.errorString())});
            return;
        }
        sources.append({path, file.readAll()});
    };

    for (const QString &given : paths) {
        QString path = given;
        if (path == u"~" || path.startsWith(u"~/"))
            path = m_options.homeDir + path.sliced(1);
        const QFileInfo info(path);
        const QFileInfo dotD(path + u".d"_s);
        if (info.isFile())
            read(path);
        else if (info.exists())
            issues.append({path, 0, Error, tr("This is not a file; it was not read.")});
        else if (!dotD.isDir())
            issues.append({path, 0, Error, tr("The configuration file does not exist.")});
        if (dotD.isDir()) {
            const QFileInfoList parts
                = QDir(dotD.filePath()).entryInfoList({u"*.conf"_s}, QDir::Files, QDir::Name);
            for (const QFileInfo &part : parts)
                read(part.filePath());
        }
    }
    return importSources(sources, issues);
}

ImportResult ElastiClusterImporter::importSources(const QList<Source> &sources,
                                                  QList<ImportIssue> issues) const
{
    ImportResult result;
    IniReader reader;
    for (const Source &source : sources) {
        reader.read(source.file, source.content, issues);
        result.filesRead.append(source.file);
    }
    // Each raw section is released once expanded: a big file is not held twice.
    std::optional<IniSection> defaults;
    if (const IniSection *found = reader.find(u"DEFAULT"_s))
        defaults = *found;
    QList<IniSection> raws = reader.takeSections();
    const ValueExpander expander(m_options.environment, m_options.playbooksDir, m_options.homeDir,
                                 defaults ? &*defaults : nullptr);
    const ValueExpander::Rules rules{&SectionReader::isSecretKey, &SectionReader::isPathKey};
    result.issues = std::move(issues); // the section readers add theirs here

    TemplateContext context;
    struct ClusterSection
    {
        QString name;
        IniSection section;
    };
    QList<ClusterSection> clusters;
    QList<std::pair<QString, KindOverride>> overrides;
    QSet<QString> clusterNames; // every [cluster/NAME] present, imported or not

    for (IniSection &raw : raws) {
        if (raw.name == u"DEFAULT")
            continue; // only a source of %(name)s values
        const auto report = [&](ImportIssue::Severity severity, const QString &message) {
            result.issues.append({raw.file, raw.line, severity, message});
        };
        const QStringList parts = raw.name.split(u'/');
        const QString &type = parts.first();
        if (type == u"storage" && parts.size() == 1) {
            report(Warning, tr("[storage] was ignored: ClusterDeck keeps its clusters in its own "
                               "data directory."));
            continue;
        }
        if (!sectionTypes().contains(type) || type == u"storage") {
            const QString suggestion = suggestedType(type);
            report(Warning, suggestion.isEmpty() || suggestion == type
                                ? tr("[%1] is not an ElastiCluster section (cloud/, login/, "
                                     "setup/, cluster/ or storage); it was ignored.")
                                      .arg(raw.name)
                                : tr("[%1] is not an ElastiCluster section; it was ignored. Did "
                                     "you mean [%2/…]?")
                                      .arg(raw.name, suggestion));
            continue;
        }
        const bool isCluster = type == u"cluster";
        if ((parts.size() != 2 && !(isCluster && parts.size() == 3))
            || std::any_of(parts.cbegin(), parts.cend(),
                           [](const QString &part) { return part.trimmed().isEmpty(); })) {
            report(Error, isCluster ? tr("[%1] is not a valid section name: expected "
                                         "[cluster/NAME] or [cluster/NAME/KIND]. The section was "
                                         "skipped.")
                                          .arg(raw.name)
                                    : tr("[%1] is not a valid section name: expected [%2/NAME]. "
                                         "The section was skipped.")
                                          .arg(raw.name, type));
            continue;
        }
        const QString &name = parts.at(1);
        if (isCluster && parts.size() == 2)
            clusterNames.insert(name);
        const auto markBroken = [&] {
            if (type == u"cloud")
                context.brokenClouds.insert(name);
            else if (type == u"login")
                context.brokenLogins.insert(name);
            else if (type == u"setup")
                context.brokenSetups.insert(name);
        };
        if (raw.isEmpty()) {
            report(Warning, tr("[%1] has no keys and was ignored.").arg(raw.name));
            markBroken();
            continue;
        }
        std::optional<IniSection> section = expander.expand(raw, rules, result.issues);
        raw = IniSection();
        if (!section) {
            markBroken();
            continue;
        }
        bool ok = true;
        if (type == u"cloud")
            ok = SectionReader::readCloud(*section, name, result);
        else if (type == u"login")
            ok = SectionReader::readLogin(*section, name, result);
        else if (type == u"setup")
            ok = SectionReader::readSetup(*section, name, result);
        else if (parts.size() == 2)
            clusters.append({name, std::move(*section)});
        else
            overrides.append({name, {parts.at(2), std::move(*section)}});
        if (!ok)
            markBroken();
    }

    // The result lists no longer change: templates may point into them.
    for (const CloudAccount &account : std::as_const(result.accounts))
        context.clouds.insert(account.name, &account);
    for (const LoginProfile &login : std::as_const(result.logins))
        context.logins.insert(login.name, &login);
    for (const SetupProfile &setup : std::as_const(result.setups))
        context.setups.insert(setup.name, &setup);
    const KnownNames &known = m_options.known;
    context.knownClouds = QSet<QString>(known.clouds.cbegin(), known.clouds.cend());
    context.knownLogins = QSet<QString>(known.logins.cbegin(), known.logins.cend());
    context.knownSetups = QSet<QString>(known.setups.cbegin(), known.setups.cend());

    QHash<QString, QList<KindOverride>> overridesOf;
    for (auto &[cluster, override] : overrides) {
        if (clusterNames.contains(cluster))
            overridesOf[cluster].append(std::move(override));
        else
            result.issues.append({override.section.file, override.section.line, Warning,
                                  tr("[%1] overrides a kind of [cluster/%2], which is not "
                                     "defined; it was ignored.")
                                      .arg(override.section.name, cluster)});
    }
    QList<ClusterTemplate> templates;
    const TemplateBuilder builder(context);
    templates.reserve(clusters.size());
    for (ClusterSection &cluster : clusters) {
        if (std::optional<ClusterTemplate> t = builder.build(
                cluster.name, cluster.section, overridesOf.take(cluster.name), result.issues))
            templates.append(std::move(*t));
        cluster.section = IniSection(); // built: release it
    }
    result.templates = std::move(templates);

    // Report in reading order: by file, then by line.
    QHash<QString, int> fileOrder;
    for (const Source &source : sources)
        fileOrder.insert(source.file, int(fileOrder.size()));
    std::stable_sort(result.issues.begin(), result.issues.end(),
                     [&](const ImportIssue &a, const ImportIssue &b) {
                         const int fa = fileOrder.value(a.file, -1);
                         const int fb = fileOrder.value(b.file, -1);
                         return fa != fb ? fa < fb : a.line < b.line;
                     });
    return result;
}

} // namespace cd
