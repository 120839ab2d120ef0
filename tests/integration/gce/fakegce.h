#pragma once

#include "tests/integration/gce/testrsakey.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace cd::test {

// A fake Google Compute Engine (compute v1 + OAuth2 token endpoint) on 127.0.0.1, on a thread
// of its own so that it keeps answering while a test waits for a child process (the CLI).
// Answers are built from the real sample bodies in ../shared/compat/gce (read at run time);
// where no sample exists the body follows compute-v1-discovery.json's schema and the code says
// so. The token endpoint verifies each JWT's RS256 signature with the public half of a key
// pair made at start, and its iss/scope/aud/iat/exp claims. Instances live in memory:
// insert → PROVISIONING, RUNNING (natIP 35.x, networkIP 10.x) once its operation is DONE.
class FakeGce final
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray authorization;
        QByteArray body;
        QJsonObject json() const;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    static constexpr auto Project = "clusterdeck-fake";
    static constexpr auto Zone = "europe-west1-b";
    static constexpr auto ClientEmail = "deployer@clusterdeck-fake.iam.gserviceaccount.com";

    FakeGce();
    ~FakeGce();

    bool start(QString *error);
    QUrl computeBase() const; // http://127.0.0.1:PORT/compute/v1/
    QUrl tokenUri() const;    // http://127.0.0.1:PORT/token
    // A service-account key file (one line of JSON) holding the test's private key.
    QByteArray serviceAccountJson() const;
    // An `authorized_user` ADC file pointing at this token endpoint.
    QByteArray authorizedUserJson() const;
    static QByteArray sample(const QString &relativePath);
    static QString projectPath(); // /compute/v1/projects/<Project>

    // Controls (thread-safe).
    void setTokenLifetime(int seconds);
    void revokeTokens();
    // The next `times` requests whose method matches and whose path contains `pathPart` get
    // this answer instead.
    void failNext(const QByteArray &method, const QString &pathPart, Answer answer, int times = 1);
    void clearFailures();
    // The next operation of `type` (insert, delete, stop, start) finishes DONE with this
    // Operation.error object and status, and changes nothing.
    void failNextOperation(const QString &type, const QJsonObject &operationError, int httpStatus);
    void setListPageLimit(int items);
    void setPollsUntilDone(int polls);
    void addInstance(const QJsonObject &instance);

    // Observations (thread-safe).
    QList<Request> requests() const;
    QList<Request> requests(const QByteArray &method, const QString &pathPart) const;
    void clearRequests();
    QStringList tokenProblems() const;
    int tokensIssued() const;
    QList<QJsonObject> instances() const;
    QHash<QString, QJsonObject> firewalls() const;

private:
    class Server;
    struct Operation
    {
        QJsonObject json;
        QString instance;
        QString type; // insert, delete, stop, start
        int pollsLeft = 0;
        QJsonObject error;
        int errorStatus = 0;
    };

    Answer handle(const Request &request);
    Answer token(const Request &request);
    QString jwtProblem(const QByteArray &assertion) const;
    Answer compute(const Request &request, const QString &rest);
    Answer insert(const Request &request);
    Answer list(const Request &request);
    Answer operationGet(const QString &name);
    Answer startOperation(const QString &type, const QString &target, const Request &request);
    Answer firewalls(const Request &request, const QStringList &parts);
    void finishOperation(Operation &operation);
    QJsonObject newInstance(const QJsonObject &body);
    static Answer json(const QJsonObject &object, int status = 200);
    static Answer googleError(int status, const QString &reason, const QString &message);

    mutable QMutex m_mutex;
    TestRsaKey m_key;
    QThread m_thread;
    Server *m_server = nullptr;
    quint16 m_port = 0;
    QList<Request> m_requests;
    QStringList m_tokenProblems;
    QHash<QByteArray, bool> m_tokens; // issued access token → still valid
    int m_tokenLifetime = 3600;
    QList<std::pair<std::pair<QByteArray, QString>, std::pair<Answer, int>>> m_failures;
    QHash<QString, std::pair<QJsonObject, int>> m_operationErrors; // by type
    int m_pageLimit = 500;
    int m_pollsUntilDone = 1;
    QList<QJsonObject> m_instances; // in creation order
    QHash<QString, Operation> m_operations;
    QHash<QString, QJsonObject> m_firewalls;
    QHash<QString, QString> m_requestIds; // requestId → operation name
    int m_serial = 0;
};

} // namespace cd::test
