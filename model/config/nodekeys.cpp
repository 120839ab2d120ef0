#include "model/config/nodekeys.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace cd {

std::optional<int> NodeKeys::parseCount(const QString &text)
{
    QStringView digits = QStringView(text).trimmed();
    if (digits.startsWith(u'+'))
        digits = digits.sliced(1);
    if (digits.isEmpty())
        return std::nullopt;
    for (QChar c : digits)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QStringList NodeKeys::commaList(const QString &text)
{
    QStringList items;
    for (QStringView item : QStringView(text).split(u','))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed().toString());
    return items;
}

bool NodeKeys::isInherited(const QString &key)
{
    static const QSet<QString> keys{u"node_name"_s,
                                    u"accelerator_count"_s,
                                    u"accelerator_type"_s,
                                    u"allow_project_ssh_keys"_s,
                                    u"min_cpu_platform"_s,
                                    u"boot_disk_device"_s,
                                    u"boot_disk_iops"_s,
                                    u"placement_group"_s,
                                    u"local_ssd_count"_s,
                                    u"local_ssd_interface"_s,
                                    u"floating_network_id"_s,
                                    u"request_floating_ip"_s,
                                    u"image_user_password"_s,
                                    u"storage_account_type"_s,
                                    u"timeout"_s};
    return keys.contains(key);
}

bool NodeKeys::apply(NodeKindSpec &kind,
                     const IniEntry &entry,
                     const QString &section,
                     QList<ImportIssue> &issues)
{
    const QString &key = entry.key;
    const QString &value = entry.value;
    const auto warn = [&](const QString &message) {
        issues.append({entry.file, entry.line, ImportIssue::Severity::Warning, message});
    };
    if (key == u"flavor") {
        kind.flavor = value;
    } else if (key == u"image_id") {
        kind.image = value;
    } else if (key == u"image_userdata") {
        kind.userData = value;
    } else if (key == u"security_group") {
        kind.securityGroup = value;
    } else if (key == u"network_ids") {
        kind.networks = commaList(value);
    } else if (key == u"boot_disk_type") {
        kind.bootDiskType = value;
    } else if (key == u"boot_disk_size") {
        if (const std::optional<int> size = parseCount(value))
            kind.bootDiskSizeGb = *size;
        else
            warn(tr("`boot_disk_size` in [%1] must be a whole number of GB, not “%2”; it was "
                    "ignored.")
                     .arg(section, value));
    } else if (key == u"tags") {
        kind.tags.clear();
        for (const QString &tag : commaList(value)) {
            const qsizetype equals = tag.indexOf(u'=');
            if (equals < 0)
                kind.tags.insert(tag, QString());
            else
                kind.tags.insert(tag.first(equals).trimmed(), tag.sliced(equals + 1).trimmed());
        }
    } else if (key == u"scheduling") {
        kind.preemptible = value.trimmed().compare(u"preemptible", Qt::CaseInsensitive) == 0;
        if (!kind.preemptible && !value.trimmed().isEmpty()) {
            kind.settings.insert(key, value);
            warn(tr("`scheduling` in [%1] is “%2”; only “preemptible” is known. It was kept as "
                    "a setting.")
                     .arg(section, value));
        }
    } else if (key == u"price") {
        bool ok = false;
        const double price = value.trimmed().toDouble(&ok);
        if (!ok || price < 0)
            warn(tr("`price` in [%1] must be a number of dollars per hour (0 for on-demand), "
                    "not “%2”; it was ignored.")
                     .arg(section, value));
        else
            kind.spotPrice = price == 0 ? QString() : value.trimmed();
    } else {
        return false;
    }
    return true;
}

} // namespace cd
