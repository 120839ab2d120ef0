#include "tests/integration/gce/testrsakey.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace cd::test {

TestRsaKey::TestRsaKey()
{
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    if (context && EVP_PKEY_keygen_init(context) == 1
        && EVP_PKEY_CTX_set_rsa_keygen_bits(context, 2048) == 1)
        EVP_PKEY_keygen(context, &m_key);
    EVP_PKEY_CTX_free(context);
}

TestRsaKey::~TestRsaKey()
{
    EVP_PKEY_free(m_key);
}

QByteArray TestRsaKey::privateKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, size);
    }
    BIO_free(bio);
    return pem;
}

bool TestRsaKey::verify(const QByteArray &data, const QByteArray &signature) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok
        = context && EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, m_key) == 1
          && EVP_DigestVerifyUpdate(context, data.constData(), size_t(data.size())) == 1
          && EVP_DigestVerifyFinal(context,
                                   reinterpret_cast<const unsigned char *>(signature.constData()),
                                   size_t(signature.size()))
                 == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

} // namespace cd::test
