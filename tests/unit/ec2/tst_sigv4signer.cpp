// SigV4 against Amazon's own test suite (../shared/compat/ec2/sigv4-testsuite): every case of
// the botocore copy and every header-signing case of the aws-c-auth copy, data-driven.
#include "providers/cloud/ec2/sigv4signer.h"

#include "tests/support/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::SigV4Request;
using cd::SigV4Signer;

namespace {

const QByteArray kAccessKey = "AKIDEXAMPLE";
const QByteArray kSecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

QString suiteDir()
{
    return cd::test::sharedDir() + u"/compat/ec2/sigv4-testsuite"_s;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "METHOD target HTTP/1.1", "Name:value" lines (continuation lines start with blanks), a
// blank line, the body.
SigV4Request parseRequest(const QByteArray &text)
{
    SigV4Request request;
    const QList<QByteArray> lines = text.split('\n');
    const QList<QByteArray> start = lines.value(0).split(' ');
    request.method = start.value(0);
    // The target may contain spaces ("/example space/"): everything up to " HTTP/".
    const QByteArray first = lines.value(0);
    QByteArray target = first.mid(request.method.size() + 1);
    target.truncate(target.lastIndexOf(" HTTP/"));
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    qsizetype i = 1;
    for (; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    request.body = lines.mid(i + 1).join('\n');
    return request;
}

// The value of the Authorization line of a signed request file.
QByteArray authorizationLine(const QByteArray &signedRequest)
{
    for (const QByteArray &line : signedRequest.split('\n')) {
        if (line.startsWith("Authorization:"))
            return line.mid(14).trimmed();
    }
    return {};
}

QByteArray headerLine(const QByteArray &signedRequest, QByteArrayView name)
{
    for (const QByteArray &line : signedRequest.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class tst_SigV4Signer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void suite_data();
    void suite();
    void encoding();
    void incompleteCredentialsSignNothing();

private:
    int m_cases = 0;
};

void tst_SigV4Signer::initTestCase()
{
    QVERIFY2(QDir(suiteDir()).exists(), qPrintable(suiteDir()));
}

void tst_SigV4Signer::suite_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("signToken");
    QTest::addColumn<bool>("normalize");
    QTest::addColumn<bool>("signBody");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("authorization"); // full header, or only the signature
    QTest::addColumn<QByteArray>("signedRequest");

    // botocore layout: <case>/<case>.{req,creq,sts,authz,sreq}, some one level deeper.
    QDirIterator botocore(suiteDir(), {u"*.req"_s}, QDir::Files, QDirIterator::Subdirectories);
    int botocoreCases = 0;
    while (botocore.hasNext()) {
        const QString req = botocore.next();
        if (req.contains(u"/aws-c-auth-v4/"))
            continue;
        const QString base = req.chopped(4);
        const QByteArray canonical = readFile(base + u".creq"_s);
        const QByteArray signedRequest = readFile(base + u".sreq"_s);
        // The token is signed when the canonical request has it, else added afterwards.
        const QByteArray token = headerLine(signedRequest, "x-amz-security-token");
        QTest::newRow(qPrintable(u"botocore/"_s + QDir(suiteDir()).relativeFilePath(base)))
            << readFile(req) << token << canonical.contains("\nx-amz-security-token:") << true
            << false << canonical << readFile(base + u".sts"_s) << readFile(base + u".authz"_s)
            << signedRequest;
        ++botocoreCases;
    }
    QCOMPARE(botocoreCases, 34);

    const QDir awsc(suiteDir() + u"/aws-c-auth-v4"_s);
    int awscCases = 0;
    for (const QString &name : awsc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = awsc.filePath(name) + u'/';
        const QJsonObject context
            = QJsonDocument::fromJson(readFile(dir + u"context.json"_s)).object();
        const QJsonObject credentials = context.value(u"credentials").toObject();
        QCOMPARE(credentials.value(u"access_key_id").toString().toUtf8(), kAccessKey);
        QCOMPARE(context.value(u"timestamp").toString(), u"2015-08-30T12:36:00Z"_s);
        QTest::newRow(qPrintable(u"aws-c-auth/"_s + name))
            << readFile(dir + u"request.txt"_s) << credentials.value(u"token").toString().toUtf8()
            << !context.value(u"omit_session_token").toBool()
            << context.value(u"normalize").toBool(true) << context.value(u"sign_body").toBool()
            << readFile(dir + u"header-canonical-request.txt"_s)
            << readFile(dir + u"header-string-to-sign.txt"_s)
            << readFile(dir + u"header-signature.txt"_s)
            << readFile(dir + u"header-signed-request.txt"_s);
        ++awscCases;
    }
    QCOMPARE(awscCases, 38);
    m_cases = botocoreCases + awscCases;
}

void tst_SigV4Signer::suite()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, token);
    QFETCH(bool, signToken);
    QFETCH(bool, normalize);
    QFETCH(bool, signBody);
    QFETCH(QByteArray, canonical);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, signedRequest);
    QVERIFY(!canonical.isEmpty());
    QVERIFY(!authorization.isEmpty());

    const QDateTime time(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
    SigV4Signer::Options options;
    options.normalizePath = normalize;
    options.signSessionToken = signToken;
    options.addContentSha256 = signBody;
    const SigV4Signer signer({QString::fromLatin1(kAccessKey), kSecretKey, token}, u"us-east-1"_s,
                             u"service"_s, options);

    SigV4Request signable = parseRequest(request);
    QVERIFY(signer.sign(signable, time));
    const QByteArray header = cd::headerValue(signable.headers, "authorization");

    // The steps, from the request as signed (without its Authorization and, when the token is
    // added after signing, without the token).
    SigV4Request unsigned_ = signable;
    cd::removeHeader(unsigned_.headers, "authorization");
    if (!signToken)
        cd::removeHeader(unsigned_.headers, "x-amz-security-token");
    const QByteArray ourCanonical = signer.canonicalRequest(unsigned_);
    QCOMPARE(ourCanonical, canonical);
    QCOMPARE(signer.stringToSign(ourCanonical, time), stringToSign.trimmed());
    if (authorization.startsWith("AWS4-HMAC-SHA256"))
        QCOMPARE(header, authorization.trimmed());
    else
        QVERIFY2(header.endsWith(QByteArray("Signature=" + authorization.trimmed())),
                 header.constData());
    if (QByteArrayView(QTest::currentDataTag())
            .endsWith("get-vanilla-with-session-token/get-vanilla-with-session-token"))
        QEXPECT_FAIL("",
                     "upstream botocore .sreq carries a signature that matches neither its .authz "
                     "nor its .sts (the .authz, checked above, is the consistent one)",
                     Continue);
    QCOMPARE(header, authorizationLine(signedRequest));
    if (!token.isEmpty())
        QCOMPARE(cd::headerValue(signable.headers, "x-amz-security-token"), token);
}

void tst_SigV4Signer::encoding()
{
    QCOMPARE(SigV4Signer::uriEncode("a b/c~d*é"), QByteArray("a%20b%2Fc~d%2A%C3%A9"));
    QCOMPARE(SigV4Signer::uriEncode("/a b/", true), QByteArray("/a%20b/"));
    // Already-encoded paths from the wire are encoded once more (every service but S3).
    QCOMPARE(SigV4Signer::canonicalUri("/a%20b", true), QByteArray("/a%2520b"));
    QCOMPARE(SigV4Signer::canonicalUri("", true), QByteArray("/"));
    QCOMPARE(SigV4Signer::canonicalQuery("b=2&a=1&a=0&c"), QByteArray("a=0&a=1&b=2&c="));
    const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(SigV4Signer::amzDate(time), QByteArray("20260102T030405Z"));
}

void tst_SigV4Signer::incompleteCredentialsSignNothing()
{
    SigV4Request request;
    request.method = "POST";
    request.headers = {{"Host", "ec2.example"}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!SigV4Signer({u"AKID"_s, {}, {}}, u"us-east-1"_s, u"ec2"_s).sign(request, now));
    QVERIFY(!SigV4Signer({{}, "secret", {}}, u"us-east-1"_s, u"ec2"_s).sign(request, now));
    QCOMPARE(request.headers.size(), 1);
    QVERIFY(cd::headerValue(request.headers, "authorization").isEmpty());
}

QTEST_GUILESS_MAIN(tst_SigV4Signer)
#include "tst_sigv4signer.moc"
