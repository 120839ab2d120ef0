#include "model/config/valueexpander.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr auto Warning = ImportIssue::Severity::Warning;
constexpr auto Error = ImportIssue::Severity::Error;

struct Resolved
{
    QString value;
    bool fromSecret = false;
};

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_';
}

// One section's `%(name)s` interpolation: memoised (each key is expanded once, so the work is
// linear), with cycle, depth and size checks so that no input can make it hang.
class Interpolation final
{
    Q_DECLARE_TR_FUNCTIONS(ElastiClusterImporter)

public:
    Interpolation(const IniSection &section,
                  const IniSection *defaults,
                  const QString &playbooksDir,
                  const ValueExpander::Rules &rules,
                  QList<ImportIssue> &issues)
        : m_section(section)
        , m_defaults(defaults)
        , m_playbooksDir(playbooksDir)
        , m_rules(rules)
        , m_issues(issues)
    {}

    // nullopt: the section cannot be used; failureMessage() says why.
    std::optional<Resolved> resolve(const QString &name, int depth)
    {
        if (const auto it = m_done.constFind(name); it != m_done.cend())
            return *it;
        if (m_active.contains(name)) {
            QStringList chain = m_stack.mid(m_stack.indexOf(name));
            chain.append(name);
            for (QString &step : chain)
                step = u'`' + step + u'`';
            m_failure = tr("`%1` refers to itself through %(…)s references: %2")
                            .arg(name, chain.join(u" → "_s));
            m_failureAt = lookup(name);
            return std::nullopt;
        }
        const IniEntry *entry = lookup(name);
        Q_ASSERT(entry);
        if (!entry->value.contains(u'%')) // most values: nothing to expand, nothing to remember
            return Resolved{entry->value, m_rules.isSecret(name)};
        m_active.insert(name);
        m_stack.append(name);
        std::optional<Resolved> result = interpolate(*entry, depth);
        m_stack.removeLast();
        m_active.remove(name);
        if (!result)
            return std::nullopt;
        result->fromSecret = result->fromSecret || m_rules.isSecret(name);
        m_done.insert(name, *result);
        return result;
    }

    const IniEntry *lookup(const QString &name) const
    {
        if (const IniEntry *entry = m_section.find(name))
            return entry;
        return m_defaults ? m_defaults->find(name) : nullptr;
    }

    QString failureMessage() const { return m_failure; }
    const IniEntry *failureAt() const { return m_failureAt; }
    bool isReferenced(const QString &name) const { return m_referenced.contains(name); }

    // Once per line and message: a value may repeat the same mistake.
    void warn(const IniEntry &entry, const QString &message)
    {
        if (m_reported.contains(entry.line, message))
            return;
        m_reported.insert(entry.line, message);
        m_issues.append({entry.file, entry.line, Warning, message});
    }

private:
    std::optional<Resolved> interpolate(const IniEntry &entry, int depth)
    {
        const QString &raw = entry.value;
        if (!raw.contains(u'%'))
            return Resolved{raw};
        if (depth > ValueExpander::MaxDepth) {
            m_failure = tr("the %(…)s references of `%1` are nested more than %2 deep")
                            .arg(entry.key)
                            .arg(ValueExpander::MaxDepth);
            m_failureAt = &entry;
            return std::nullopt;
        }
        Resolved out;
        out.value.reserve(raw.size());
        qsizetype i = 0;
        while (i < raw.size()) {
            const qsizetype percent = raw.indexOf(u'%', i);
            if (percent < 0) {
                out.value += QStringView(raw).sliced(i);
                break;
            }
            out.value += QStringView(raw).sliced(i, percent - i);
            const QChar next = percent + 1 < raw.size() ? raw.at(percent + 1) : QChar();
            if (next == u'%') {
                out.value += u'%';
                i = percent + 2;
                continue;
            }
            const qsizetype close = next == u'(' ? raw.indexOf(u')', percent + 2) : -1;
            if (close < 0 || close == percent + 2 || close + 1 >= raw.size()
                || raw.at(close + 1) != u's') {
                warn(entry, tr("`%1` in [%2] has a `%` that starts neither `%%` nor `%(name)s`; "
                               "it was kept as written (write `%%` for a literal `%`).")
                                .arg(entry.key, m_section.name));
                out.value += u'%';
                i = percent + 1;
                continue;
            }
            const QString name = raw.sliced(percent + 2, close - percent - 2);
            i = close + 2;
            if (lookup(name)) {
                m_referenced.insert(name);
                const std::optional<Resolved> value = resolve(name, depth + 1);
                if (!value)
                    return std::nullopt;
                out.value += value->value;
                out.fromSecret = out.fromSecret || value->fromSecret;
            } else if ((name == u"elasticluster_playbooks" || name == u"ansible_pb_dir")
                       && !m_playbooksDir.isEmpty()) {
                out.value += m_playbooksDir;
            } else {
                warn(entry, tr("`%1` in [%2] refers to %(%3)s, which is set neither in [%2] nor "
                               "in [DEFAULT]; it was kept as written.")
                                .arg(entry.key, m_section.name, name));
                out.value += QStringView(raw).sliced(percent, close + 2 - percent);
            }
            if (out.value.size() > ValueExpander::MaxInterpolatedSize) {
                m_failure = tr("`%1` grows beyond %2 characters when its %(…)s references are "
                               "expanded")
                                .arg(entry.key)
                                .arg(ValueExpander::MaxInterpolatedSize);
                m_failureAt = &entry;
                return std::nullopt;
            }
        }
        return out;
    }

    const IniSection &m_section;
    const IniSection *m_defaults;
    const QString &m_playbooksDir;
    const ValueExpander::Rules &m_rules;
    QList<ImportIssue> &m_issues;
    QHash<QString, Resolved> m_done;
    QSet<QString> m_active;
    QStringList m_stack;
    QString m_failure;
    const IniEntry *m_failureAt = nullptr;
    QMultiHash<int, QString> m_reported;
    QSet<QString> m_referenced;
};

} // namespace

ValueExpander::ValueExpander(QProcessEnvironment environment,
                             QString playbooksDir,
                             QString homeDir,
                             const IniSection *defaults)
    : m_environment(std::move(environment))
    , m_playbooksDir(std::move(playbooksDir))
    , m_homeDir(std::move(homeDir))
    , m_defaults(defaults)
{}

std::optional<IniSection> ValueExpander::expand(const IniSection &section,
                                                const Rules &rules,
                                                QList<ImportIssue> &issues) const
{
    Interpolation interpolation(section, m_defaults, m_playbooksDir, rules, issues);
    QList<Resolved> resolved;
    resolved.reserve(section.entries().size());
    for (const IniEntry &entry : section.entries()) {
        std::optional<Resolved> value = interpolation.resolve(entry.key, 0);
        if (!value) {
            const IniEntry &at = interpolation.failureAt() ? *interpolation.failureAt() : entry;
            issues.append({at.file, at.line, Error,
                           tr("In [%1], %2; the section was skipped.")
                               .arg(section.name, interpolation.failureMessage())});
            return std::nullopt;
        }
        resolved.append(std::move(*value));
    }

    IniSection out;
    out.name = section.name;
    out.file = section.file;
    out.line = section.line;
    for (qsizetype i = 0; i < resolved.size(); ++i) {
        IniEntry entry = section.entries().at(i);
        entry.fromSecret = resolved.at(i).fromSecret;
        entry.referenced = interpolation.isReferenced(entry.key);
        const bool secret = rules.isSecret(entry.key) || entry.fromSecret;
        entry.value = expandVariables(resolved.at(i).value, [&](const QString &token) {
            // Inside a secret, `$part` may be part of the secret itself: do not quote it.
            interpolation.warn(entry,
                               secret && token != resolved.at(i).value
                                   ? tr("The value of `%1` in [%2] contains a `$` that does not "
                                        "name a set environment variable; it was kept as written.")
                                         .arg(entry.key, section.name)
                                   : tr("`%1` in [%2] refers to the environment variable %3, "
                                        "which is not set; it was kept as written.")
                                         .arg(entry.key, section.name, token));
        });
        if (rules.isPath(entry.key) && entry.value.startsWith(u'~')
            && (entry.value.size() == 1 || entry.value.at(1) == u'/')) {
            entry.value = m_homeDir + entry.value.sliced(1);
        }
        out.set(std::move(entry));
    }
    return out;
}

// Python's os.path.expandvars: $name or ${name}; unknown names stay as written.
QString ValueExpander::expandVariables(const QString &value,
                                       const std::function<void(const QString &)> &unset) const
{
    if (!value.contains(u'$'))
        return value;
    QString result;
    result.reserve(value.size());
    qsizetype i = 0;
    while (i < value.size()) {
        const qsizetype dollar = value.indexOf(u'$', i);
        if (dollar < 0) {
            result += QStringView(value).sliced(i);
            break;
        }
        result += QStringView(value).sliced(i, dollar - i);
        qsizetype end = dollar + 1;
        QString name;
        if (end < value.size() && value.at(end) == u'{') {
            const qsizetype close = value.indexOf(u'}', end + 1);
            if (close >= 0) {
                name = value.sliced(end + 1, close - end - 1);
                end = close + 1;
            }
        } else {
            while (end < value.size() && isNameChar(value.at(end)))
                ++end;
            name = value.sliced(dollar + 1, end - dollar - 1);
        }
        if (name.isEmpty()) {
            result += u'$';
            i = dollar + 1;
            continue;
        }
        i = end;
        if ((name == u"elasticluster_playbooks" || name == u"ansible_pb_dir")
            && !m_playbooksDir.isEmpty()) {
            result += m_playbooksDir;
        } else if (m_environment.contains(name)) {
            result += m_environment.value(name);
        } else {
            const QString token = value.sliced(dollar, end - dollar);
            result += token;
            unset(token);
        }
    }
    return result;
}

} // namespace cd
