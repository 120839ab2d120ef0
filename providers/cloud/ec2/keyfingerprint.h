#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::ec2 {

// An OpenSSH public key line ("ssh-ed25519 AAAA… comment"), decoded.
struct SshPublicKey final
{
    QString type;    // ssh-rsa, ssh-ed25519 …
    QByteArray blob; // the key in SSH wire format (the base64 part, decoded)
    QString comment;

    static std::optional<SshPublicKey> parse(const QByteArray &line);
};

// The DER SubjectPublicKeyInfo of an RSA or Ed25519 key; empty for other types.
QByteArray subjectPublicKeyInfo(const SshPublicKey &key);

// The fingerprints EC2 may report for this key once imported, in every form it has used:
// RSA: MD5 of the DER SubjectPublicKeyInfo, "aa:bb:…" (AWS and moto agree).
// Ed25519: AWS gives the base64 SHA-256 of the SSH key blob (as `ssh-keygen -l` shows it);
// moto gives the SHA-256 of the DER SubjectPublicKeyInfo as "aa:bb:…". Both are accepted.
QStringList importedKeyFingerprints(const SshPublicKey &key);

// True when `cloud` (as DescribeKeyPairs reports it) is one of the key's fingerprints.
bool fingerprintMatches(const QString &cloud, const SshPublicKey &key);

} // namespace cd::ec2
