#include "providers/cloud/ec2/sigv4signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr QByteArrayView kAlgorithm = "AWS4-HMAC-SHA256";

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// RFC 3986 section 5.2.4, plus collapsing empty segments ("//") as the AWS suite expects.
QByteArray normalizedPath(const QByteArray &path)
{
    const bool trailingSlash = path.endsWith('/');
    QList<QByteArray> output;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!output.isEmpty())
                output.removeLast();
            continue;
        }
        output.append(segment);
    }
    QByteArray result = '/' + output.join('/');
    if (trailingSlash && !output.isEmpty())
        result += '/';
    return result;
}

// Header values: trimmed, runs of whitespace (also folded continuation lines) collapsed.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

SigV4Signer::SigV4Signer(SigV4Credentials credentials, QString region, QString service)
    : SigV4Signer(std::move(credentials), std::move(region), std::move(service), Options())
{}

SigV4Signer::SigV4Signer(SigV4Credentials credentials,
                         QString region,
                         QString service,
                         Options options)
    : m_credentials(std::move(credentials))
    , m_region(std::move(region))
    , m_service(std::move(service))
    , m_options(options)
{}

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray result;
    result.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')
                                || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.'
                                || u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            result += c;
        } else {
            result += '%';
            result += hex[u >> 4];
            result += hex[u & 0xF];
        }
    }
    return result;
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &path, bool normalize)
{
    QByteArray source = path.isEmpty() ? QByteArray("/") : path;
    if (normalize)
        source = normalizedPath(source);
    return uriEncode(source, true);
}

QByteArray SigV4Signer::canonicalQuery(const QByteArray &query)
{
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        pairs.emplace_back(uriEncode(QByteArray::fromPercentEncoding(key)),
                           uriEncode(QByteArray::fromPercentEncoding(value)));
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray result;
    for (const auto &[key, value] : pairs) {
        if (!result.isEmpty())
            result += '&';
        result += key + '=' + value;
    }
    return result;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray SigV4Signer::signedHeaders(const SigV4Request &request) const
{
    std::map<QByteArray, int> names;
    for (const auto &header : request.headers)
        names.emplace(header.first.trimmed().toLower(), 0);
    QByteArray result;
    for (const auto &entry : names) {
        if (!result.isEmpty())
            result += ';';
        result += entry.first;
    }
    return result;
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request) const
{
    // Same name more than once: values joined by commas in the order they appear.
    std::map<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : request.headers) {
        QByteArray &joined = headers[name.trimmed().toLower()];
        if (!joined.isEmpty())
            joined += ',';
        joined += canonicalValue(value);
    }
    QByteArray canonicalHeaders;
    for (const auto &[name, value] : headers)
        canonicalHeaders += name + ':' + value + '\n';

    return request.method.toUpper() + '\n' + canonicalUri(request.path, m_options.normalizePath)
           + '\n' + canonicalQuery(request.query) + '\n' + canonicalHeaders + '\n'
           + signedHeaders(request) + '\n' + sha256Hex(request.body);
}

QByteArray SigV4Signer::credentialScope(const QDateTime &time) const
{
    return time.toUTC().toString(u"yyyyMMdd"_s).toLatin1() + '/' + m_region.toUtf8() + '/'
           + m_service.toUtf8() + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(const QByteArray &canonicalRequest,
                                     const QDateTime &time) const
{
    return kAlgorithm.toByteArray() + '\n' + amzDate(time) + '\n' + credentialScope(time) + '\n'
           + sha256Hex(canonicalRequest);
}

QByteArray SigV4Signer::signature(const QByteArray &stringToSign, const QDateTime &time) const
{
    const QByteArray date = time.toUTC().toString(u"yyyyMMdd"_s).toLatin1();
    QByteArray key = hmac("AWS4" + m_credentials.secretAccessKey, date);
    key = hmac(key, m_region.toUtf8());
    key = hmac(key, m_service.toUtf8());
    key = hmac(key, "aws4_request");
    return hmac(key, stringToSign).toHex();
}

QByteArray SigV4Signer::authorization(const SigV4Request &request, const QDateTime &time) const
{
    const QByteArray canonical = canonicalRequest(request);
    return kAlgorithm.toByteArray() + " Credential=" + m_credentials.accessKeyId.toUtf8() + '/'
           + credentialScope(time) + ", SignedHeaders=" + signedHeaders(request)
           + ", Signature=" + signature(stringToSign(canonical, time), time);
}

bool SigV4Signer::sign(SigV4Request &request, const QDateTime &time) const
{
    if (!m_credentials.isComplete())
        return false;
    removeHeader(request.headers, "authorization");
    setHeaderValue(request.headers, "X-Amz-Date", amzDate(time));
    const bool token = !m_credentials.sessionToken.isEmpty();
    if (token && m_options.signSessionToken)
        setHeaderValue(request.headers, "X-Amz-Security-Token", m_credentials.sessionToken);
    else
        removeHeader(request.headers, "x-amz-security-token");
    if (m_options.addContentSha256)
        setHeaderValue(request.headers, "x-amz-content-sha256", sha256Hex(request.body));
    const QByteArray value = authorization(request, time);
    if (token && !m_options.signSessionToken)
        setHeaderValue(request.headers, "X-Amz-Security-Token", m_credentials.sessionToken);
    request.headers.append({"Authorization", value});
    return true;
}

} // namespace cd
