#pragma once

#include "providers/cloud/cloudtypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::openstack {

// Metadata keys ClusterDeck puts on every server beside CloudTags: the floating network the
// server wants an address from ("" when none), so later runs know without the template.
inline constexpr auto FloatingNetworkKey = "clusterdeck:floating_network";

// Nova's server status (and task state) → our instance state.
InstanceInfo::State serverState(const QString &status, const QString &taskState);
// One server of GET /servers/detail or GET /servers/{id}: state, fault message for ERROR,
// fixed and floating IPv4 addresses, flavor (name from 2.47 on, else id), metadata as tags.
InstanceInfo parseServer(const QJsonObject &server);

QList<FlavorInfo> parseFlavors(const QJsonArray &flavors);
// GET /limits: absolute instances and cores.
QuotaInfo parseLimits(const QJsonObject &limits);
QList<ImageInfo> parseImages(const QJsonArray &images);
QList<NetworkInfo> parseNetworks(const QJsonArray &networks);

// The fingerprint Nova reports for an imported OpenSSH key: MD5 of the key blob, "aa:bb:…".
QString novaFingerprint(const QByteArray &blob);

} // namespace cd::openstack
