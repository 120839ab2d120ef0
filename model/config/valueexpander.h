#pragma once

#include "model/config/inireader.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace cd {

// Expands the values of one section the way ElastiCluster does, in its order:
// 1. `%(name)s` from the same section, then [DEFAULT], then the built-in names
//    `elasticluster_playbooks` and `ansible_pb_dir`; `%%` is a literal `%`;
// 2. `$VAR` and `${VAR}` from the environment (and the two built-in names);
// 3. a leading `~` in path keys becomes the home directory.
// Unknown names are left as written, with a warning. A circular or runaway `%(…)s` makes the
// section unusable: an error is reported and expand() returns nothing, instead of hanging.
class ValueExpander final
{
    Q_DECLARE_TR_FUNCTIONS(ElastiClusterImporter)

public:
    struct Rules
    {
        std::function<bool(const QString &key)> isSecret; // never quote its value or its parts
        std::function<bool(const QString &key)> isPath;   // gets `~` expanded
    };

    static constexpr int MaxDepth = 64;
    static constexpr qsizetype MaxInterpolatedSize = 4 * 1024 * 1024; // characters

    ValueExpander(QProcessEnvironment environment,
                  QString playbooksDir,
                  QString homeDir,
                  const IniSection *defaults);

    std::optional<IniSection>
    expand(const IniSection &section, const Rules &rules, QList<ImportIssue> &issues) const;

private:
    // Calls `unset` with each $VAR or ${VAR} that names no variable (it stays as written).
    QString expandVariables(const QString &value,
                            const std::function<void(const QString &token)> &unset) const;

    QProcessEnvironment m_environment;
    QString m_playbooksDir;
    QString m_homeDir;
    const IniSection *m_defaults = nullptr;
};

} // namespace cd
