#include "providers/cloud/gce/gcejwt.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd::gce {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(GceProvider)
};

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray signRs256(const QByteArray &privateKeyPem, const QByteArray &data, QString *error)
{
    Bio bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    // A null password callback with an empty string: an encrypted key fails instead of
    // prompting on the terminal.
    Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char *>(""))
                : nullptr);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        *error = Tr::tr("The service account's private key is not a readable RSA key.");
        return {};
    }
    MdContext context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSignUpdate(context.get(), data.constData(), size_t(data.size())) != 1
        || EVP_DigestSignFinal(context.get(), nullptr, &length) != 1) {
        *error = Tr::tr("Signing with the service account's key failed.");
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSignFinal(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                            &length)
        != 1) {
        *error = Tr::tr("Signing with the service account's key failed.");
        return {};
    }
    signature.resize(qsizetype(length));
    return signature;
}

QByteArray signedJwt(const QJsonObject &claims,
                     const QByteArray &privateKeyPem,
                     const QString &keyId,
                     QString *error)
{
    QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}};
    if (!keyId.isEmpty())
        header.insert(u"kid"_s, keyId);
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = signRs256(privateKeyPem, input, error);
    if (signature.isEmpty())
        return {};
    return input + '.' + base64Url(signature);
}

} // namespace cd::gce
