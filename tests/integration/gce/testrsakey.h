#pragma once

#include <QByteArray>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace cd::test {

// A throw-away RSA key pair made at test time (OpenSSL): the private half goes into the
// fake service-account key file, the public half verifies the JWTs the provider signs.
class TestRsaKey final
{
public:
    TestRsaKey();
    ~TestRsaKey();

    bool isValid() const { return m_key != nullptr; }
    QByteArray privateKeyPem() const; // PKCS#8, as Google's key files carry it
    // True when `signature` is a valid RS256 signature of `data` by this key.
    bool verify(const QByteArray &data, const QByteArray &signature) const;

private:
    EVP_PKEY *m_key = nullptr;
};

} // namespace cd::test
