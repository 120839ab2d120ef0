#include "model/config/templatebuilder.h"

#include "model/config/nodekeys.h"
#include "model/config/sectionreader.h"

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr auto Warning = ImportIssue::Severity::Warning;
constexpr auto Error = ImportIssue::Severity::Error;

// Cluster-level keys ElastiCluster knows that ClusterDeck keeps as template settings.
const QSet<QString> &knownClusterSettings()
{
    static const QSet<QString> keys{u"location"_s, u"thread_pool_max_size"_s};
    return keys;
}

bool isVariable(const QString &key)
{
    return key.startsWith(u"global_var_") || key.contains(u"_var_");
}

bool isClusterOnly(const QString &key)
{
    static const QSet<QString> keys{u"cloud"_s,  u"setup"_s,         u"setup_provider"_s,
                                    u"ssh_to"_s, u"start_timeout"_s, u"ssh_probe_timeout"_s};
    return keys.contains(key) || key.endsWith(u"_nodes") || key.endsWith(u"_nodes_min")
           || isVariable(key);
}

} // namespace

bool TemplateBuilder::isValidKindName(const QString &kind)
{
    const auto isLetter
        = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (kind.isEmpty() || !isLetter(kind.front()) || isDigit(kind.back()) || kind.back() == u'-')
        return false;
    for (QChar c : kind)
        if (!isLetter(c) && !isDigit(c) && c != u'_' && c != u'-')
            return false;
    return true;
}

// A template being built, and where each of its parts was written.
struct TemplateBuilder::Draft
{
    Draft(const IniSection &section, QList<ImportIssue> &issues)
        : section(section)
        , issues(issues)
    {}

    const IniSection &section;
    QList<ImportIssue> &issues;
    ClusterTemplate t;
    NodeKindSpec base; // what every kind inherits from [cluster/NAME]
    const IniEntry *cloud = nullptr;
    const IniEntry *login = nullptr;
    const IniEntry *setup = nullptr;
    QList<const IniEntry *> declared; // KIND_nodes, in order
    QList<std::pair<QString, const IniEntry *>> minimums;
    QHash<QString, qsizetype> kindIndex;
    QHash<QString, const IniEntry *> declaredAt;
    QStringList reasons; // why it cannot start
    bool broken = false;

    void warn(const QString &file, int line, const QString &message)
    {
        issues.append({file, line, Warning, message});
    }
    void warn(const IniEntry &at, const QString &message) { warn(at.file, at.line, message); }
    void error(const IniEntry &at, const QString &message)
    {
        issues.append({at.file, at.line, Error, message});
        broken = true;
    }
};

std::optional<ClusterTemplate> TemplateBuilder::build(const QString &name,
                                                      const IniSection &section,
                                                      const QList<KindOverride> &overrides,
                                                      QList<ImportIssue> &issues) const
{
    Draft draft(section, issues);
    draft.t.name = name;
    draft.t.sourceFile = section.file;
    draft.base.securityGroup = u"default"_s;
    readClusterKeys(draft);
    declareKinds(draft);
    if (draft.broken)
        return std::nullopt;
    ClusterTemplate &t = draft.t;
    t.cloud = draft.cloud ? draft.cloud->value : QString();
    t.login = draft.login ? draft.login->value : QString();
    t.setup = draft.setup ? draft.setup->value : QString();
    checkReference(draft, u"cloud"_s, draft.cloud, m_context.clouds.contains(t.cloud),
                   m_context.brokenClouds, m_context.knownClouds, tr("Its cloud"));
    checkReference(draft, u"login"_s, draft.login, m_context.logins.contains(t.login),
                   m_context.brokenLogins, m_context.knownLogins, tr("Its login"));
    checkReference(draft, u"setup"_s, draft.setup, m_context.setups.contains(t.setup),
                   m_context.brokenSetups, m_context.knownSetups, tr("Its setup"));
    for (const KindOverride &override : overrides)
        applyOverride(draft, override);
    crossCheck(draft);
    t.notStartableReason = draft.reasons.join(u' ');
    return std::move(draft.t);
}

void TemplateBuilder::readClusterKeys(Draft &draft) const
{
    const QString &where = draft.section.name;
    ClusterTemplate &t = draft.t;
    const IniEntry *setupProvider = nullptr;
    for (const IniEntry &e : draft.section.entries()) {
        const QString &key = e.key;
        SectionReader::warnIfPlaceholder(e, where, draft.issues);
        if (key == u"cloud") {
            draft.cloud = &e;
        } else if (key == u"login") {
            draft.login = &e;
        } else if (key == u"setup") {
            draft.setup = &e;
        } else if (key == u"setup_provider") {
            setupProvider = &e;
        } else if (isVariable(key)) {
            t.settings.insert(key, e.value);
        } else if (key.endsWith(u"_min_nodes")) {
            const QString kind = key.chopped(10);
            const QString newKey = kind + u"_nodes_min"_s;
            if (draft.section.contains(newKey)) {
                draft.warn(e, tr("`%1` in [%2] was ignored: it is the old name of `%3`, which is "
                                 "also set.")
                                  .arg(key, where, newKey));
            } else {
                draft.warn(e, tr("`%1` in [%2] is the old name of `%3`; it was read as `%3`. "
                                 "Please rename it.")
                                  .arg(key, where, newKey));
                draft.minimums.append({kind, &e});
            }
        } else if (key.endsWith(u"_nodes_min")) {
            draft.minimums.append({key.chopped(10), &e});
        } else if (key.endsWith(u"_nodes")) {
            draft.declared.append(&e);
        } else if (key == u"ssh_to") {
            t.sshTo = e.value.trimmed();
        } else if (key == u"start_timeout" || key == u"ssh_probe_timeout") {
            const std::optional<int> seconds = NodeKeys::parseCount(e.value);
            if (seconds && *seconds > 0)
                (key == u"start_timeout" ? t.startTimeoutSec : t.sshProbeTimeoutSec) = *seconds;
            else
                draft.warn(e, tr("`%1` in [%2] must be a whole number of seconds above 0, not "
                                 "“%3”; the default was kept.")
                                  .arg(key, where, e.value));
        } else if (key == u"ssh_proxy_command") {
            t.sshProxyCommand = e.value;
        } else if (NodeKeys::apply(draft.base, e, where, draft.issues)) {
        } else if (NodeKeys::isInherited(key)) {
            draft.base.settings.insert(key, e.value);
        } else {
            t.settings.insert(key, e.value);
            if (!knownClusterSettings().contains(key) && !e.referenced)
                draft.warn(e, tr("`%1` in [%2] is not a key ElastiCluster knows; it was kept as "
                                 "a template setting. Check its spelling.")
                                  .arg(key, where));
        }
    }
    if (!setupProvider)
        return;
    if (draft.setup) {
        draft.warn(*setupProvider, tr("`setup_provider` in [%1] was ignored: it is the old name "
                                      "of `setup`, which is also set.")
                                       .arg(where));
    } else {
        draft.warn(*setupProvider, tr("`setup_provider` in [%1] is the old name of `setup`; it "
                                      "was read as `setup`. Please rename it.")
                                       .arg(where));
        draft.setup = setupProvider;
    }
}

void TemplateBuilder::declareKinds(Draft &draft) const
{
    const QString &where = draft.section.name;
    QHash<QString, const IniEntry *> minimumOf;
    for (const auto &[kind, entry] : std::as_const(draft.minimums))
        minimumOf.insert(kind, entry);
    for (const IniEntry *e : std::as_const(draft.declared)) {
        const QString kind = e->key.chopped(6);
        if (!isValidKindName(kind)) {
            draft.error(*e, tr("`%1` in [%2] declares the node kind “%3”, but a kind name must "
                               "start with a letter, contain only letters, digits, `_` and `-`, "
                               "and not end with a digit or `-`. The cluster template was "
                               "skipped.")
                                .arg(e->key, where, kind));
            continue;
        }
        const std::optional<int> count = NodeKeys::parseCount(e->value);
        if (!count) {
            draft.error(*e, tr("`%1` in [%2] must be a whole number of nodes (0 or more), not "
                               "“%3”. The cluster template was skipped.")
                                .arg(e->key, where, e->value));
            continue;
        }
        NodeKindSpec spec = draft.base;
        spec.name = kind;
        spec.count = *count;
        spec.minCount = *count;
        if (const IniEntry *m = minimumOf.value(kind)) {
            const std::optional<int> minimum = NodeKeys::parseCount(m->value);
            if (!minimum)
                draft.error(*m, tr("`%1` in [%2] must be a whole number of nodes (0 or more), "
                                   "not “%3”. The cluster template was skipped.")
                                    .arg(m->key, where, m->value));
            else if (*minimum > *count)
                draft.error(*m, tr("`%1` in [%2] asks for at least %3 nodes, more than the %4 "
                                   "that `%5` starts. The cluster template was skipped.")
                                    .arg(m->key, where)
                                    .arg(*minimum)
                                    .arg(*count)
                                    .arg(e->key));
            else
                spec.minCount = *minimum;
        }
        draft.kindIndex.insert(kind, draft.t.kinds.size());
        draft.declaredAt.insert(kind, e);
        draft.t.kinds.append(spec);
    }
    for (const auto &[kind, entry] : std::as_const(draft.minimums))
        if (!draft.declaredAt.contains(kind) && isValidKindName(kind))
            draft.warn(*entry, tr("`%1` in [%2] sets a minimum for kind `%3`, but there is no "
                                  "`%3_nodes`; it was ignored.")
                                   .arg(entry->key, where, kind));
}

void TemplateBuilder::checkReference(Draft &draft,
                                     const QString &type,
                                     const IniEntry *ref,
                                     bool imported,
                                     const QSet<QString> &brokenNames,
                                     const QSet<QString> &known,
                                     const QString &subject) const
{
    const QString &where = draft.section.name;
    if (!ref || ref->value.isEmpty()) {
        draft.reasons << tr("It names no %1 section (add `%1=` to [%2]).").arg(type, where);
        draft.warn(draft.section.file, draft.section.line,
                   tr("[%1] names no %2 section (`%2=`); the template was imported but cannot "
                      "start until it does.")
                       .arg(where, type));
        return;
    }
    const QString &target = ref->value;
    if (imported || known.contains(target))
        return;
    // A missing or broken section is a reference the repository resolves once it is stored.
    const QString key = type + u'/' + target;
    if (brokenNames.contains(target)) {
        draft.t.unresolved.insert(
            key, tr("%1 [%2/%3] could not be imported.").arg(subject, type, target));
        draft.warn(*ref, tr("[%1] refers to [%2/%3], which could not be imported (see the "
                            "messages about it); the template was imported but cannot start "
                            "until it is fixed.")
                             .arg(where, type, target));
        return;
    }
    draft.t.unresolved.insert(key, tr("%1 [%2/%3] is not defined.").arg(subject, type, target));
    draft.warn(*ref, tr("[%1] refers to [%2/%3], which is neither in the imported files nor "
                        "stored in ClusterDeck; the template was imported but cannot start until "
                        "[%2/%3] exists.")
                         .arg(where, type, target));
}

void TemplateBuilder::applyOverride(Draft &draft, const KindOverride &override) const
{
    const QString &where = override.section.name;
    const qsizetype index = draft.kindIndex.value(override.kind, -1);
    if (index < 0) {
        draft.warn(override.section.file, override.section.line,
                   tr("[%1] overrides kind `%2`, but [%3] declares no `%2_nodes`; it was "
                      "ignored.")
                       .arg(where, override.kind, draft.section.name));
        return;
    }
    NodeKindSpec &spec = draft.t.kinds[index];
    for (const IniEntry &e : override.section.entries()) {
        SectionReader::warnIfPlaceholder(e, where, draft.issues);
        if (NodeKeys::apply(spec, e, where, draft.issues))
            continue;
        if (e.key == u"image_user") {
            spec.imageUser = e.value;
        } else if (e.key == u"login") {
            spec.settings.insert(e.key, e.value);
            const LoginProfile *login = m_context.logins.value(e.value);
            if (login && spec.imageUser.isEmpty())
                spec.imageUser = login->imageUser;
            checkReference(draft, u"login"_s, &e, login != nullptr, m_context.brokenLogins,
                           m_context.knownLogins, tr("The login of kind `%1`").arg(spec.name));
        } else if (isClusterOnly(e.key)) {
            draft.warn(e, tr("`%1` in [%2] was ignored: it belongs in [%3].")
                              .arg(e.key, where, draft.section.name));
        } else {
            spec.settings.insert(e.key, e.value);
            if (!NodeKeys::isInherited(e.key) && e.key != u"ssh_proxy_command" && !e.referenced)
                draft.warn(e, tr("`%1` in [%2] is not a key ElastiCluster knows; it was kept as "
                                 "a setting of kind `%3`. Check its spelling.")
                                  .arg(e.key, where, spec.name));
        }
    }
}

void TemplateBuilder::crossCheck(Draft &draft) const
{
    const QString &where = draft.section.name;
    ClusterTemplate &t = draft.t;
    if (t.kinds.isEmpty()) {
        draft.reasons << tr("It declares no nodes (such as `compute_nodes=4`).");
        draft.warn(draft.section.file, draft.section.line,
                   tr("[%1] declares no nodes (such as `compute_nodes=4`); the template was "
                      "imported but cannot start.")
                       .arg(where));
    }
    if (const SetupProfile *setup = m_context.setups.value(t.setup)) {
        for (const NodeKindSpec &spec : std::as_const(t.kinds)) {
            if (setup->kindGroups.contains(spec.name))
                continue;
            draft.reasons << tr("Setup [setup/%1] gives kind `%2` no Ansible groups "
                                "(`%2_groups`).")
                                 .arg(t.setup, spec.name);
            draft.warn(*draft.declaredAt.value(spec.name),
                       tr("[%1] has nodes of kind `%2`, but [setup/%3] has no `%2_groups`; the "
                          "template was imported but cannot start until the setup says what "
                          "`%2` nodes run.")
                           .arg(where, spec.name, t.setup));
        }
    }
    if (const CloudAccount *cloud = m_context.clouds.value(t.cloud);
        cloud && cloud->type == CloudType::Ec2 && cloud->settings.contains(u"vpc"_s)) {
        for (const NodeKindSpec &spec : std::as_const(t.kinds)) {
            if (!spec.networks.isEmpty())
                continue;
            draft.reasons << tr("Cloud [cloud/%1] uses a VPC, so kind `%2` needs "
                                "`network_ids`.")
                                 .arg(t.cloud, spec.name);
            draft.warn(*draft.declaredAt.value(spec.name),
                       tr("[cloud/%1] uses a VPC, so kind `%2` of [%3] needs `network_ids` (a "
                          "subnet).")
                           .arg(t.cloud, spec.name, where));
        }
    }
    if (!t.sshTo.isEmpty() && !draft.kindIndex.contains(t.sshTo)) {
        // ElastiCluster also accepts a node name such as master001.
        QString kind = t.sshTo;
        while (!kind.isEmpty() && kind.back().isDigit())
            kind.chop(1);
        if (kind.size() == t.sshTo.size() || !draft.kindIndex.contains(kind)) {
            draft.warn(*draft.section.find(u"ssh_to"_s),
                       tr("`ssh_to` in [%1] names “%2”, which is no node kind of this cluster; it "
                          "was ignored, so ClusterDeck picks the node to log in to.")
                           .arg(where, t.sshTo));
            t.sshTo.clear();
        }
    }
}

} // namespace cd
