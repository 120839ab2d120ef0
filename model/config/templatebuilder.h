#pragma once

#include "model/config/inireader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace cd {

// What cluster sections may refer to: the sections of this import, and names already stored.
struct TemplateContext final
{
    QHash<QString, const CloudAccount *> clouds; // imported
    QHash<QString, const LoginProfile *> logins;
    QHash<QString, const SetupProfile *> setups;
    QSet<QString> brokenClouds; // present in the files but skipped because of errors
    QSet<QString> brokenLogins;
    QSet<QString> brokenSetups;
    QSet<QString> knownClouds; // already stored in ClusterDeck
    QSet<QString> knownLogins;
    QSet<QString> knownSetups;
};

// A [cluster/NAME/KIND] section (already expanded).
struct KindOverride final
{
    QString kind;
    IniSection section;
};

// Builds one ClusterTemplate from an expanded [cluster/NAME] section and its kind overrides,
// and cross-checks it against the other sections (REFERENCE §1.2 "Cross-checks").
class TemplateBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ElastiClusterImporter)

public:
    explicit TemplateBuilder(const TemplateContext &context)
        : m_context(context)
    {}

    // nullopt (with errors in `issues`) when the section is broken: a count that is not a whole
    // number, a minimum above the count, an invalid kind name.
    std::optional<ClusterTemplate> build(const QString &name,
                                         const IniSection &section,
                                         const QList<KindOverride> &overrides,
                                         QList<ImportIssue> &issues) const;

    // Letters, digits, `_` and `-`; starts with a letter; ends with neither a digit nor `-`
    // (ElastiCluster: RFC 952, and the node names {kind}{index} must parse back).
    static bool isValidKindName(const QString &kind);

private:
    struct Draft;
    void readClusterKeys(Draft &draft) const;
    void declareKinds(Draft &draft) const; // sets draft.broken on errors
    void checkReference(Draft &draft,
                        const QString &type,
                        const IniEntry *ref,
                        bool imported,
                        const QSet<QString> &brokenNames,
                        const QSet<QString> &known,
                        const QString &subject) const;
    void applyOverride(Draft &draft, const KindOverride &override) const;
    void crossCheck(Draft &draft) const;

    const TemplateContext &m_context;
};

} // namespace cd
