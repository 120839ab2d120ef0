#include "providers/cloud/ec2/keyfingerprint.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace cd::ec2 {

namespace {

// Reads one SSH "string" (uint32 big-endian length + bytes) at `offset`.
std::optional<QByteArray> readString(const QByteArray &blob, qsizetype &offset)
{
    if (offset + 4 > blob.size())
        return std::nullopt;
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData() + offset);
    const quint32 length = (quint32(data[0]) << 24) | (quint32(data[1]) << 16)
                           | (quint32(data[2]) << 8) | quint32(data[3]);
    offset += 4;
    if (length > quint32(blob.size() - offset))
        return std::nullopt;
    QByteArray value = blob.mid(offset, qsizetype(length));
    offset += qsizetype(length);
    return value;
}

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    while (length > 0) {
        bytes.prepend(char(length & 0xFF));
        length >>= 8;
    }
    return char(0x80 | bytes.size()) + bytes;
}

QByteArray der(unsigned char tag, const QByteArray &content)
{
    return char(tag) + derLength(content.size()) + content;
}

// An SSH mpint is already a two's-complement big-endian integer; DER wants it minimal.
QByteArray derInteger(QByteArray value)
{
    while (value.size() > 1 && value.at(0) == 0
           && (static_cast<unsigned char>(value.at(1)) & 0x80) == 0)
        value.remove(0, 1);
    if (value.isEmpty())
        value = QByteArray(1, '\0');
    return der(0x02, value);
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':'));
}

} // namespace

std::optional<SshPublicKey> SshPublicKey::parse(const QByteArray &line)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 2)
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(fields.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    qsizetype offset = 0;
    const auto type = readString(decoded.decoded, offset);
    if (!type || *type != fields.at(0))
        return std::nullopt;
    SshPublicKey key;
    key.type = QString::fromLatin1(*type);
    key.blob = decoded.decoded;
    key.comment = QString::fromUtf8(fields.mid(2).join(' '));
    return key;
}

QByteArray subjectPublicKeyInfo(const SshPublicKey &key)
{
    qsizetype offset = 0;
    if (!readString(key.blob, offset))
        return {};
    if (key.type == u"ssh-rsa") {
        const auto exponent = readString(key.blob, offset);
        const auto modulus = readString(key.blob, offset);
        if (!exponent || !modulus)
            return {};
        // SEQUENCE { SEQUENCE { rsaEncryption, NULL }, BIT STRING { RSAPublicKey } }
        const QByteArray algorithm = der(0x30, QByteArray::fromHex("06092a864886f70d010101")
                                                   + QByteArray::fromHex("0500"));
        const QByteArray rsaKey = der(0x30, derInteger(*modulus) + derInteger(*exponent));
        return der(0x30, algorithm + der(0x03, QByteArray(1, '\0') + rsaKey));
    }
    if (key.type == u"ssh-ed25519") {
        const auto point = readString(key.blob, offset);
        if (!point || point->size() != 32)
            return {};
        // SEQUENCE { SEQUENCE { id-Ed25519 }, BIT STRING { 32 bytes } }
        return QByteArray::fromHex("302a300506032b6570032100") + *point;
    }
    return {};
}

QStringList importedKeyFingerprints(const SshPublicKey &key)
{
    const QByteArray spki = subjectPublicKeyInfo(key);
    if (spki.isEmpty())
        return {};
    if (key.type == u"ssh-rsa")
        return {colonHex(QCryptographicHash::hash(spki, QCryptographicHash::Md5))};
    const QByteArray blobHash = QCryptographicHash::hash(key.blob, QCryptographicHash::Sha256);
    return {QString::fromLatin1(blobHash.toBase64(QByteArray::OmitTrailingEquals)),
            colonHex(QCryptographicHash::hash(spki, QCryptographicHash::Sha256))};
}

bool fingerprintMatches(const QString &cloud, const SshPublicKey &key)
{
    QString normalized = cloud.trimmed();
    if (normalized.startsWith(u"SHA256:"))
        normalized = normalized.mid(7);
    while (normalized.endsWith(u'='))
        normalized.chop(1);
    for (const QString &candidate : importedKeyFingerprints(key)) {
        if (candidate.compare(normalized,
                              candidate.contains(u':') ? Qt::CaseInsensitive : Qt::CaseSensitive)
            == 0)
            return true;
    }
    return false;
}

} // namespace cd::ec2
