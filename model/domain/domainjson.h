#pragma once

#include "model/domain/cluster.h"
#include "model/domain/loginprofile.h"
#include "model/domain/setupprofile.h"

#include <QJsonObject>

namespace cd {

// JSON forms of the domain types: how the repository stores structured columns, how `export`
// writes a cluster, and what `--json` prints. Field names are stable (README documents them).
// fromJson never fails: unknown fields are ignored, missing ones keep their defaults.
namespace json {

QJsonObject toJson(const CloudAccount &account);
QJsonObject toJson(const LoginProfile &login);
QJsonObject toJson(const SetupProfile &setup);
QJsonObject toJson(const NodeKindSpec &kind);
QJsonObject toJson(const ClusterTemplate &tmpl);
QJsonObject toJson(const Node &node);
QJsonObject toJson(const Cluster &cluster); // includes nodes
QJsonObject toJson(const ClusterEvent &event);

CloudAccount accountFromJson(const QJsonObject &object);
LoginProfile loginFromJson(const QJsonObject &object);
SetupProfile setupFromJson(const QJsonObject &object);
NodeKindSpec kindFromJson(const QJsonObject &object);
ClusterTemplate templateFromJson(const QJsonObject &object);
Node nodeFromJson(const QJsonObject &object);
Cluster clusterFromJson(const QJsonObject &object);
ClusterEvent eventFromJson(const QJsonObject &object);

QJsonObject toJson(const StringMap &map);
StringMap stringMapFromJson(const QJsonObject &object);

} // namespace json
} // namespace cd
