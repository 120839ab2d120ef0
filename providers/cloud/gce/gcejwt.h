#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cd::gce {

// Base64url without padding (RFC 7515 §2), as JWTs want it.
QByteArray base64Url(const QByteArray &data);

// RS256 (RSASSA-PKCS1-v1_5 with SHA-256) over `data` with a PEM private key (PKCS#8 or
// PKCS#1, as Google's service-account keys carry it), through OpenSSL. Empty with *error set
// when the key cannot be read or signing fails; the key never reaches a message or a log.
QByteArray signRs256(const QByteArray &privateKeyPem, const QByteArray &data, QString *error);

// A signed JWT "header.claims.signature" with {"alg":"RS256","typ":"JWT"[,"kid"]}.
QByteArray signedJwt(const QJsonObject &claims,
                     const QByteArray &privateKeyPem,
                     const QString &keyId,
                     QString *error);

} // namespace cd::gce
