#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QThread;

namespace cd::test {

// A small OpenStack on 127.0.0.1 (QHttpServer): Keystone v3 tokens, Nova, Neutron and Glance
// answering with the published sample bodies of ../shared/compat/openstack/ (read at run
// time), adapted to what was asked: ids, names, addresses and states replaced, the catalog's
// endpoints rewritten to this server (/compute, /network, /image), the token's expires_at set
// from now. Bodies without a sample are built from the api-ref schema (said where it happens).
// Servers live in memory: BUILD, then ACTIVE with a 10.0.0.x address after `buildPolls`
// listings. Every request is recorded. Thread-safe: run it in a thread of its own
// (startInThread) when the test blocks on a child process.
class FakeOpenStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeOpenStack)

public:
    struct Recorded
    {
        QByteArray method;
        QString path; // without the service prefix's host, e.g. /compute/v2.1/<p>/servers
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };
    struct Fault
    {
        QByteArray method;
        QString pathContains;
        int status = 500;
        QByteArray body;
        int times = 1;
    };

    explicit FakeOpenStack(QObject *parent = nullptr);
    ~FakeOpenStack() override;

    // Serve HTTPS with this certificate (call before start()).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // Listens on 127.0.0.1 (any free port); false with errorString() when it cannot, e.g.
    // because a sample file is missing.
    bool start();
    // The same, on a thread of its own (this object is moved there; stop() brings it down).
    bool startInThread();
    void stop();
    QString errorString() const { return m_error; }

    QUrl baseUrl() const;                    // http://127.0.0.1:PORT
    QUrl authUrl() const;                    // …/identity/v3
    QString projectId() const;               // from the token sample
    static constexpr auto UserName = "demo"; // what Keystone accepts
    static constexpr auto Password = "s3cret";
    static constexpr auto AppCredentialId = "423f19a4ac1e4f48bbb4180756e6eb6c";
    static constexpr auto AppCredentialSecret = "rEaqvJka48mpv";

    // Knobs (thread-safe).
    void setTokenLifetime(int seconds);
    void setBuildPolls(int polls);        // listings before a new server is ACTIVE
    void setFloatingPolls(int polls);     // listings before a new floating IP is ACTIVE
    void failServer(const QString &name); // that server goes to ERROR with the sample's fault
    void addFault(const Fault &fault);    // the next matching request(s) get this answer
    void clearFaults();
    void revokeTokens(); // every issued token is refused from now on
    void clearRequests();

    QList<Recorded> requests() const;
    QList<Recorded> requests(const QByteArray &method, const QString &pathContains) const;
    int serverCount() const;
    QJsonObject server(const QString &id) const;
    QJsonArray floatingIps() const;
    QJsonArray securityGroups() const;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    Reply dispatch(const Recorded &request);
    Reply keystone(const Recorded &request);
    Reply nova(const Recorded &request, const QString &path);
    Reply novaServers(const Recorded &request, const QString &path);
    Reply neutron(const Recorded &request, const QString &path);
    Reply neutronFloatingIps(const Recorded &request, const QString &path);
    Reply glance(const Recorded &request, const QString &path);
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QJsonObject sample(const QString &relative);
    QJsonObject newServer(const QJsonObject &asked);
    void advance(QJsonObject &server);
    QJsonArray listServers(const QUrlQuery &query);
    QJsonObject page(const QJsonArray &all,
                     const QUrlQuery &query,
                     const QString &collection,
                     const QString &path);
    static Reply json(const QJsonObject &body, int status = 200);
    static Reply novaError(int status, const QString &name, const QString &message);
    static Reply neutronError(int status, const QString &type, const QString &message);

    mutable QMutex m_mutex;
    std::unique_ptr<QHttpServer> m_server;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
    QHash<QString, QJsonObject> m_samples;

    QHash<QByteArray, QDateTime> m_tokens; // id → expiry
    int m_tokenLifetime = 3600;
    int m_tokensIssued = 0;
    int m_buildPolls = 1;
    int m_floatingPolls = 1;
    QStringList m_failing;
    QList<Fault> m_faults;
    QList<Recorded> m_requests;

    QList<QJsonObject> m_servers; // in creation order
    QHash<QString, int> m_serverPolls;
    int m_nextAddress = 10;
    QHash<QString, QJsonObject> m_keypairs;
    QList<QJsonObject> m_groups;
    QList<QJsonObject> m_serverGroups;
    QList<QJsonObject> m_floatingIps;
    QHash<QString, int> m_floatingPollsLeft;
    int m_nextFloating = 100;
    int m_nextId = 1;
};

} // namespace cd::test
