#pragma once

#include "providers/net/httpresponse.h"

#include <QDateTime>
#include <QString>

namespace cd {

struct SigV4Credentials final
{
    QString accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // temporary credentials only

    bool isComplete() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

// A request as SigV4 sees it. `path` and `query` are as they appear on the request line
// (already percent-encoded by the HTTP layer, or raw as in the AWS test suite).
struct SigV4Request final
{
    QByteArray method;
    QByteArray path = "/";
    QByteArray query;    // without '?'
    HttpHeaders headers; // must contain Host
    QByteArray body;
};

// AWS Signature Version 4 (header signing), written against Amazon's test suite. Every
// header present when sign() runs is signed. Path segments are URI-encoded once more, as for
// every service but S3.
class SigV4Signer final
{
public:
    struct Options
    {
        bool normalizePath = true;     // remove dot segments and empty segments
        bool signSessionToken = true;  // false: the token header is added after signing
        bool addContentSha256 = false; // add and sign x-amz-content-sha256
    };

    SigV4Signer(SigV4Credentials credentials, QString region, QString service);
    SigV4Signer(SigV4Credentials credentials, QString region, QString service, Options options);

    const SigV4Credentials &credentials() const { return m_credentials; }
    QString region() const { return m_region; }
    QString service() const { return m_service; }

    // Sets X-Amz-Date (and the token, x-amz-content-sha256 as configured) and Authorization.
    // Returns false (request untouched) when the credentials are incomplete.
    bool sign(SigV4Request &request, const QDateTime &time) const;

    // The steps, public for the test suite.
    QByteArray canonicalRequest(const SigV4Request &request) const;
    QByteArray signedHeaders(const SigV4Request &request) const;
    QByteArray credentialScope(const QDateTime &time) const;
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time) const;
    QByteArray signature(const QByteArray &stringToSign, const QDateTime &time) const; // hex
    QByteArray authorization(const SigV4Request &request, const QDateTime &time) const;

    static QByteArray amzDate(const QDateTime &time); // 20150830T123600Z
    static QByteArray canonicalUri(const QByteArray &path, bool normalize);
    static QByteArray canonicalQuery(const QByteArray &query);
    // RFC 3986 unreserved characters stay, everything else becomes %XX (upper case).
    static QByteArray uriEncode(const QByteArray &bytes, bool keepSlash = false);

private:
    SigV4Credentials m_credentials;
    QString m_region;
    QString m_service;
    Options m_options;
};

} // namespace cd
