// FakeOpenStack: the HTTP plumbing, the request log, Keystone and Glance.
#include "tests/integration/openstack/fakeopenstack.h"

#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

QByteArray FakeOpenStack::Recorded::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject FakeOpenStack::Recorded::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeOpenStack::FakeOpenStack(QObject *parent)
    : QObject(parent)
{}

FakeOpenStack::~FakeOpenStack()
{
    stop();
}

QJsonObject FakeOpenStack::sample(const QString &relative)
{
    if (m_samples.contains(relative))
        return m_samples.value(relative);
    QFile file(sharedDir() + u"/compat/openstack/"_s + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("FakeOpenStack: sample %s missing", qPrintable(file.fileName()));
        return {};
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    m_samples.insert(relative, object);
    return object;
}

bool FakeOpenStack::start()
{
    for (const QString &name :
         {u"keystone/admin/auth-password-project-scoped-response.json"_s,
          u"nova/servers/v2.100/servers-details-resp.json"_s,
          u"nova/servers/v2.100/server-create-resp.json"_s,
          u"nova/flavors/flavors-detail-resp.json"_s, u"nova/limits/limit-get-resp.json"_s,
          u"nova/os-keypairs/keypairs-get-resp.json"_s,
          u"nova/os-keypairs/keypairs-import-post-resp.json"_s,
          u"neutron/security-groups/security-group-create-response.json"_s,
          u"neutron/security-groups/security-group-rule-create-response.json"_s,
          u"neutron/networks/networks-list-response.json"_s,
          u"neutron/ports/ports-list-response.json"_s,
          u"neutron/floatingips/floatingip-create-response.json"_s,
          u"glance/images-list-response.json"_s}) {
        if (sample(name).isEmpty()) {
            m_error = u"sample %1 missing under %2/compat/openstack"_s.arg(name, sharedDir());
            return false;
        }
    }
    m_server = std::make_unique<QHttpServer>();
    if (!m_certificate.isNull())
        m_server->sslSetup(m_certificate, m_key);
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    m_port = m_server->listen(QHostAddress(u"127.0.0.1"_s), 0);
    if (m_port == 0) {
        m_error = u"cannot listen on 127.0.0.1"_s;
        m_server.reset();
        return false;
    }
    return true;
}

bool FakeOpenStack::startInThread()
{
    m_thread = new QThread;
    m_thread->setObjectName(u"fake-openstack"_s);
    m_thread->start();
    moveToThread(m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        this, [this, &ok] { ok = start(); }, Qt::BlockingQueuedConnection);
    return ok;
}

void FakeOpenStack::stop()
{
    if (m_thread) {
        QThread *thread = m_thread;
        m_thread = nullptr;
        QMetaObject::invokeMethod(
            this,
            [this, thread] {
                m_server.reset();
                moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
        return;
    }
    m_server.reset();
}

void FakeOpenStack::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

QUrl FakeOpenStack::baseUrl() const
{
    return QUrl(
        u"%1://127.0.0.1:%2"_s.arg(m_certificate.isNull() ? u"http"_s : u"https"_s).arg(m_port));
}

QUrl FakeOpenStack::authUrl() const
{
    return QUrl(baseUrl().toString() + u"/identity/v3"_s);
}

QString FakeOpenStack::projectId() const
{
    return u"a6944d763bf64ee6a275f1263fae0352"_s; // the token sample's project
}

void FakeOpenStack::setTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_tokenLifetime = seconds;
}

void FakeOpenStack::setBuildPolls(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_buildPolls = polls;
}

void FakeOpenStack::setFloatingPolls(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_floatingPolls = polls;
}

void FakeOpenStack::failServer(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    m_failing << name;
}

void FakeOpenStack::addFault(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults << fault;
}

void FakeOpenStack::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void FakeOpenStack::revokeTokens()
{
    QMutexLocker lock(&m_mutex);
    m_tokens.clear();
}

void FakeOpenStack::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

QList<FakeOpenStack::Recorded> FakeOpenStack::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<FakeOpenStack::Recorded> FakeOpenStack::requests(const QByteArray &method,
                                                       const QString &pathContains) const
{
    QList<Recorded> result;
    for (const Recorded &r : requests()) {
        if (r.method == method && r.path.contains(pathContains))
            result << r;
    }
    return result;
}

int FakeOpenStack::serverCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_servers.size());
}

QJsonObject FakeOpenStack::server(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    for (const QJsonObject &s : m_servers) {
        if (s.value(u"id").toString() == id)
            return s;
    }
    return {};
}

QJsonArray FakeOpenStack::floatingIps() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray result;
    for (const QJsonObject &f : m_floatingIps)
        result.append(f);
    return result;
}

QJsonArray FakeOpenStack::securityGroups() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray result;
    for (const QJsonObject &g : m_groups)
        result.append(g);
    return result;
}

void FakeOpenStack::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Recorded recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.headers = request.headers();
    recorded.body = request.body();
    Reply reply;
    {
        QMutexLocker lock(&m_mutex);
        m_requests << recorded;
        reply = dispatch(recorded);
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : std::as_const(reply.headers))
        responder.writeHeader(name, value);
    if (!reply.body.isEmpty())
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("x-openstack-request-id", "req-fake-" + QByteArray::number(m_nextId));
    responder.writeBody(reply.body);
}

FakeOpenStack::Reply FakeOpenStack::json(const QJsonObject &body, int status)
{
    return Reply{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

FakeOpenStack::Reply
FakeOpenStack::novaError(int status, const QString &name, const QString &message)
{
    // Shape of nova/errors/fault-itemNotFound-404.json, with the fault's name as the key.
    return json({{name, QJsonObject{{u"code"_s, status}, {u"message"_s, message}}}}, status);
}

FakeOpenStack::Reply
FakeOpenStack::neutronError(int status, const QString &type, const QString &message)
{
    // No sample in compat/: the NeutronError shape of the neutron-lib api-ref ("Errors").
    return json({{u"NeutronError"_s,
                  QJsonObject{{u"type"_s, type}, {u"message"_s, message}, {u"detail"_s, u""_s}}}},
                status);
}

FakeOpenStack::Reply FakeOpenStack::dispatch(const Recorded &request)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->method == request.method && request.path.contains(it->pathContains)) {
            Reply reply{it->status, it->body, {}};
            if (--it->times <= 0)
                m_faults.erase(it);
            return reply;
        }
    }
    if (request.path.startsWith(u"/identity/v3/auth/tokens"))
        return keystone(request);
    const QByteArray token = request.header("X-Auth-Token");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_tokens.contains(token) || m_tokens.value(token) <= now) {
        // No sample: keystonemiddleware's 401 body as the Keystone api-ref describes it.
        return json(
            {{u"error"_s, QJsonObject{{u"code"_s, 401},
                                      {u"title"_s, u"Unauthorized"_s},
                                      {u"message"_s,
                                       u"The request you have made requires authentication."_s}}}},
            401);
    }
    const QString compute = u"/compute/v2.1/"_s + projectId();
    if (request.path.startsWith(compute))
        return nova(request, request.path.mid(compute.size()));
    if (request.path.startsWith(u"/network/v2.0"))
        return neutron(request, request.path.mid(13));
    if (request.path.startsWith(u"/image/v2"))
        return glance(request, request.path.mid(9));
    return novaError(404, u"itemNotFound"_s, u"No such path: "_s + request.path);
}

} // namespace cd::test
