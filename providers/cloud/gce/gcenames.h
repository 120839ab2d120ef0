#pragma once

#include "providers/cloud/cloudtypes.h"

#include <QJsonObject>

namespace cd::gce {

// Label keys and metadata keys that carry our cloud tags. Labels allow only [a-z0-9_-]
// (≤ 63 characters), so they hold an encoded value for filtering; the metadata items of the
// same names hold the real names.
inline constexpr auto ClusterKey = "clusterdeck-cluster";
inline constexpr auto NodeKey = "clusterdeck-node";
inline constexpr auto KindKey = "clusterdeck-kind";
// On every instance we create, so that one `=` filter (the only kind the compute v1 filter
// documentation promises, besides != > <) finds them all.
inline constexpr auto ManagedKey = "clusterdeck-managed";
// The filter for all our instances.
QString managedFilter();

// An injective encoding into [a-z0-9_-]: a-z 0-9 - stay, every other byte of the UTF-8 form
// becomes _hh (lower-case hex). Over 63 characters: the first 54, '-' and 8 hex digits of a
// hash (then only the metadata has the real name).
QString labelValue(const QString &value);
// The inverse for values that were not shortened; empty when `label` is not one of ours.
QString labelDecode(const QString &label);

// A valid instance name (RFC 1035, ≤ 63) for a node: "<cluster>-<node>" lower-cased; when
// that loses information (other characters, too long, not starting with a letter) a hash of
// the real pair is appended so that two nodes never share a name.
QString instanceName(const QString &cluster, const QString &node);
// The same rule for any resource name (firewall rules …).
QString resourceName(const QString &wanted);

// sourceImage for instances.insert: a URL or "projects/…" path as given; "family/F" or
// "P/family/F" as an image family; well-known public names (debian-12, ubuntu-2204-lts …)
// in their image projects, as families unless they end in a -vYYYYMMDD version.
QString sourceImage(const QString &image, const QString &project);

InstanceInfo::State stateFor(const QString &status);
// natIP of the first access config → public, networkIP → private; cluster/node from the
// metadata (labels decoded as a fallback); id = the instance's name.
InstanceInfo instanceFromJson(const QJsonObject &instance);

FlavorInfo flavorFromJson(const QJsonObject &machineType);
ImageInfo imageFromJson(const QJsonObject &image);
NetworkInfo networkFromJson(const QJsonObject &network);
// regions.get: the INSTANCES and CPUS quotas.
QuotaInfo quotaFromRegion(const QJsonObject &region);

} // namespace cd::gce
