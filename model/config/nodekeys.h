#pragma once

#include "model/config/inireader.h"

#include <QCoreApplication>

#include <optional>

namespace cd {

// The per-node keys of [cluster/NAME] (inherited by every kind) and [cluster/NAME/KIND]
// (one kind's overrides), and the value parsers the section readers share.
class NodeKeys final
{
    Q_DECLARE_TR_FUNCTIONS(ElastiClusterImporter)

public:
    // Applies a key NodeKindSpec has a field for (flavor, image_id, image_userdata,
    // security_group, network_ids, boot_disk_size, boot_disk_type, tags, scheduling, price);
    // false if `entry` is not one. Bad values are reported and ignored.
    static bool apply(NodeKindSpec &kind,
                      const IniEntry &entry,
                      const QString &section,
                      QList<ImportIssue> &issues);

    // The other per-node keys ElastiCluster copies from [cluster/NAME] to every kind
    // (accelerator_count, placement_group…), kept in NodeKindSpec::settings.
    static bool isInherited(const QString &key);

    // A whole number >= 0, as Python's int() reads it (surrounding blanks, an optional `+`).
    static std::optional<int> parseCount(const QString &text);
    // "a, b,,c" → a, b, c
    static QStringList commaList(const QString &text);
};

} // namespace cd
