// FakeGce: the server on its thread, the OAuth2 token endpoint with JWT verification, and the
// controls and observations tests use. The compute routes are in fakegcecompute.cpp.
#include "tests/integration/gce/fakegce.h"

#include "tests/support/testenv.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QtHttpServer/QAbstractHttpServer>

using namespace Qt::StringLiterals;

namespace cd::test {

class FakeGce::Server final : public QAbstractHttpServer
{
public:
    explicit Server(FakeGce *fake)
        : m_fake(fake)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request r;
        r.method = QVariant::fromValue(request.method()).toString().toUpper().toLatin1();
        r.path = request.url().path();
        r.query = request.query();
        r.authorization = request.value("authorization");
        r.body = request.body();
        const Answer answer = m_fake->handle(r);
        makeResponder(request, socket)
            .write(answer.body, "application/json; charset=UTF-8",
                   QHttpServerResponder::StatusCode(answer.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    FakeGce *m_fake;
};

QJsonObject FakeGce::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeGce::FakeGce() = default;

FakeGce::~FakeGce()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QByteArray FakeGce::sample(const QString &relativePath)
{
    QFile file(sharedDir() + u"/compat/gce/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing GCE sample %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString FakeGce::projectPath()
{
    return u"/compute/v1/projects/"_s + QLatin1StringView(Project);
}

bool FakeGce::start(QString *error)
{
    if (!m_key.isValid()) {
        *error = u"could not make an RSA key"_s;
        return false;
    }
    m_thread.setObjectName(u"fake-gce"_s);
    m_thread.start();
    m_server = new Server(this);
    m_server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_server, [this] { m_port = m_server->listen(QHostAddress(u"127.0.0.1"_s), 0); },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        *error = u"the fake GCE could not listen on 127.0.0.1"_s;
    return m_port != 0;
}

QUrl FakeGce::computeBase() const
{
    return QUrl(u"http://127.0.0.1:%1/compute/v1/"_s.arg(m_port));
}

QUrl FakeGce::tokenUri() const
{
    return QUrl(u"http://127.0.0.1:%1/token"_s.arg(m_port));
}

QByteArray FakeGce::serviceAccountJson() const
{
    // The fields of a key file as the IAM console hands it out.
    const QJsonObject key{
        {u"type"_s, u"service_account"_s},
        {u"project_id"_s, QLatin1StringView(Project)},
        {u"private_key_id"_s, u"0123456789abcdef0123456789abcdef01234567"_s},
        {u"private_key"_s, QString::fromLatin1(m_key.privateKeyPem())},
        {u"client_email"_s, QLatin1StringView(ClientEmail)},
        {u"client_id"_s, u"104857600000000000000"_s},
        {u"auth_uri"_s, u"https://accounts.google.com/o/oauth2/auth"_s},
        {u"token_uri"_s, tokenUri().toString()},
    };
    return QJsonDocument(key).toJson(QJsonDocument::Compact);
}

QByteArray FakeGce::authorizedUserJson() const
{
    // What `gcloud auth application-default login` writes; token_uri added for the fake.
    const QJsonObject adc{{u"type"_s, u"authorized_user"_s},
                          {u"client_id"_s, u"764086051850-fake.apps.googleusercontent.com"_s},
                          {u"client_secret"_s, u"d-FL95Q19q7MQmFpd7hHD0Ty"_s},
                          {u"refresh_token"_s, u"1//fake-refresh-token"_s},
                          {u"token_uri"_s, tokenUri().toString()}};
    return QJsonDocument(adc).toJson(QJsonDocument::Compact);
}

void FakeGce::setTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_tokenLifetime = seconds;
}

void FakeGce::revokeTokens()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = false;
}

void FakeGce::failNext(const QByteArray &method, const QString &pathPart, Answer answer, int times)
{
    QMutexLocker lock(&m_mutex);
    m_failures.append({{method, pathPart}, {answer, times}});
}

void FakeGce::clearFailures()
{
    QMutexLocker lock(&m_mutex);
    m_failures.clear();
    m_operationErrors.clear();
}

void FakeGce::failNextOperation(const QString &type,
                                const QJsonObject &operationError,
                                int httpStatus)
{
    QMutexLocker lock(&m_mutex);
    m_operationErrors.insert(type, {operationError, httpStatus});
}

void FakeGce::setListPageLimit(int items)
{
    QMutexLocker lock(&m_mutex);
    m_pageLimit = items;
}

void FakeGce::setPollsUntilDone(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_pollsUntilDone = polls;
}

void FakeGce::addInstance(const QJsonObject &instance)
{
    QMutexLocker lock(&m_mutex);
    m_instances.append(instance);
}

QList<FakeGce::Request> FakeGce::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<FakeGce::Request> FakeGce::requests(const QByteArray &method, const QString &pathPart) const
{
    QList<Request> matching;
    for (const Request &r : requests()) {
        if (r.method == method && r.path.contains(pathPart))
            matching.append(r);
    }
    return matching;
}

void FakeGce::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

QStringList FakeGce::tokenProblems() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokenProblems;
}

int FakeGce::tokensIssued() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_tokens.size());
}

QHash<QString, QJsonObject> FakeGce::firewalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_firewalls;
}

QList<QJsonObject> FakeGce::instances() const
{
    QMutexLocker lock(&m_mutex);
    return m_instances;
}

FakeGce::Answer FakeGce::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

// Google's JSON API error shape ({"error": {code, message, errors[{domain, reason, message}]}})
// as in compat/gce/libcloud/global_images_family_notfound.json and
// google-docs/rate-limit-exceeded-403.json.
FakeGce::Answer FakeGce::googleError(int status, const QString &reason, const QString &message)
{
    const QJsonObject error{{u"code"_s, status},
                            {u"message"_s, message},
                            {u"errors"_s, QJsonArray{QJsonObject{{u"domain"_s, u"global"_s},
                                                                 {u"reason"_s, reason},
                                                                 {u"message"_s, message}}}}};
    return json(QJsonObject{{u"error"_s, error}}, status);
}

FakeGce::Answer FakeGce::handle(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        auto &[match, failure] = m_failures[i];
        if (match.first == request.method && request.path.contains(match.second)) {
            const Answer answer = failure.first;
            if (--failure.second <= 0)
                m_failures.removeAt(i);
            return answer;
        }
    }
    if (request.path == u"/token")
        return token(request);
    const QString prefix = projectPath() + u'/';
    // Public image projects (debian-cloud …) answer images.list too.
    const bool publicImages = request.path.startsWith(u"/compute/v1/projects/"_s)
                              && request.path.endsWith(u"/global/images"_s);
    if (!request.path.startsWith(prefix) && !publicImages)
        return googleError(404, u"notFound"_s, u"The requested URL was not found."_s);
    const QByteArray bearer
        = request.authorization.startsWith("Bearer ") ? request.authorization.mid(7) : QByteArray();
    // No published 401 body was found; this is the JSON API error shape with Google's wording.
    if (!m_tokens.value(bearer, false))
        return googleError(
            401, u"authError"_s,
            u"Request had invalid authentication credentials. Expected OAuth 2 "
            "access token, login cookie or other valid authentication credential."_s);
    if (!request.path.startsWith(prefix))
        return compute(request, u"global/images"_s);
    return compute(request, request.path.mid(prefix.size()));
}

FakeGce::Answer FakeGce::token(const Request &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grant = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    QString problem;
    if (grant == u"urn:ietf:params:oauth:grant-type:jwt-bearer") {
        problem = jwtProblem(form.queryItemValue(u"assertion"_s, QUrl::FullyDecoded).toLatin1());
    } else if (grant == u"refresh_token") {
        const QJsonObject adc = QJsonDocument::fromJson(authorizedUserJson()).object();
        for (const QString &key : {u"client_id"_s, u"client_secret"_s, u"refresh_token"_s}) {
            if (form.queryItemValue(key, QUrl::FullyDecoded) != adc.value(key).toString())
                problem = key + u" is wrong"_s;
        }
    } else {
        problem = u"unsupported grant_type "_s + grant;
    }
    if (!problem.isEmpty()) {
        m_tokenProblems.append(problem);
        // RFC 6749 §5.2 error shape, as Google's token endpoint answers it.
        return json({{u"error"_s, u"invalid_grant"_s}, {u"error_description"_s, problem}}, 400);
    }
    QJsonObject answer = QJsonDocument::fromJson(sample(u"oauth2/token-response.json"_s)).object();
    const QByteArray token = "ya29.fake-" + QByteArray::number(m_tokens.size() + 1);
    m_tokens.insert(token, true);
    answer.insert(u"access_token"_s, QString::fromLatin1(token));
    answer.insert(u"expires_in"_s, m_tokenLifetime);
    return json(answer);
}

QString FakeGce::jwtProblem(const QByteArray &assertion) const
{
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return u"the assertion is not a JWT"_s;
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding
                                                | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header = QJsonDocument::fromJson(decode(parts[0])).object();
    const QJsonObject claims = QJsonDocument::fromJson(decode(parts[1])).object();
    if (header.value(u"alg"_s).toString() != u"RS256")
        return u"alg is not RS256"_s;
    if (!m_key.verify(parts[0] + '.' + parts[1], decode(parts[2])))
        return u"the RS256 signature does not verify"_s;
    if (claims.value(u"iss"_s).toString() != QLatin1StringView(ClientEmail))
        return u"iss is not the service account"_s;
    if (!claims.value(u"scope"_s)
             .toString()
             .split(u' ')
             .contains(u"https://www.googleapis.com/auth/compute"_s))
        return u"scope lacks compute"_s;
    if (claims.value(u"aud"_s).toString() != tokenUri().toString())
        return u"aud is not the token_uri"_s;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 iat = claims.value(u"iat"_s).toInteger();
    const qint64 exp = claims.value(u"exp"_s).toInteger();
    if (exp <= now || iat > now + 60 || exp - iat > 3600)
        return u"iat/exp out of range"_s;
    return {};
}

} // namespace cd::test
