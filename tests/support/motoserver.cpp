#include "tests/support/motoserver.h"

#include "tests/support/testenv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

constexpr int kStartAttempts = 3;

// Runs the event loop for `ms`, returning early if `process` ends.
void waitEvents(int ms, QProcess *process)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (process)
        QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

MotoServer::MotoServer(QObject *parent)
    : QObject(parent)
{
    // Loopback only: never let an http_proxy from the environment see our requests.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

MotoServer::~MotoServer()
{
    stop();
}

QString MotoServer::findExecutable()
{
    const QString fromEnv = qEnvironmentVariable("CLUSTERDECK_MOTO_SERVER");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
    const QStringList realPaths{
        QDir::homePath() + u"/.pyenv/versions/3.11.7/bin/moto_server",
        QStringLiteral("/root/.pyenv/versions/3.11.7/bin/moto_server"),
    };
    const QString found = cd::test::findExecutable(QStringLiteral("moto_server"), realPaths);
    // pyenv's shim needs pyenv's state under $HOME, which tests redirect: take the real one.
    if (!found.contains(u"/shims/"))
        return found;
    for (const QString &candidate : realPaths) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

void MotoServer::setEnvironment(const QString &name, const QString &value)
{
    m_environment.removeIf([&name](const auto &pair) { return pair.first == name; });
    m_environment.append({name, value});
}

bool MotoServer::start(std::chrono::milliseconds timeout)
{
    stop();
    m_errorString.clear();
    if (!m_dir.isValid()) {
        m_errorString = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeout);
    // A port found free may be taken before moto binds it (tests run in parallel): retry.
    for (int attempt = 0; attempt < kStartAttempts && !deadline.hasExpired(); ++attempt) {
        const quint16 port = freePort();
        if (port == 0) {
            m_errorString = u"no free port on 127.0.0.1"_s;
            return false;
        }
        if (!launch(port))
            return false;
        if (waitUntilAnswering(std::chrono::milliseconds(deadline.remainingTime())))
            return true;
        const bool exited = m_process->state() == QProcess::NotRunning;
        stop();
        if (!exited)
            break; // running but silent: another port will not help
    }
    if (m_errorString.isEmpty())
        m_errorString = u"moto_server did not answer"_s;
    return false;
}

bool MotoServer::launch(quint16 port)
{
    const QString program = findExecutable();
    if (program.isEmpty()) {
        m_errorString = u"moto_server not found (set CLUSTERDECK_MOTO_SERVER)"_s;
        return false;
    }
    m_log.clear();
    m_port = port;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments({u"-H"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port)});
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(u"home"_s);
    QDir().mkpath(home);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache");
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config");
    env.insert(u"MOTO_RECORDER_FILEPATH"_s, m_dir.filePath(u"recording.jsonl"_s));
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    env.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    env.remove(u"MOTO_ENABLE_RECORDING"_s);
    for (const auto &[name, value] : m_environment)
        env.insert(name, value);
    m_process->setProcessEnvironment(env);
    QProcess *process = m_process.get();
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this, process] { m_log += process->readAllStandardOutput(); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_errorString = u"cannot start "_s + program + u": "_s + m_process->errorString();
        m_process.reset();
        return false;
    }
    return true;
}

bool MotoServer::waitUntilAnswering(std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    // Werkzeug says where it bound; an HTTP answer alone might come from someone else's
    // server that won the race for the port.
    const QByteArray bound = "Running on http://127.0.0.1:" + QByteArray::number(m_port);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            m_log += m_process->readAllStandardOutput();
            m_errorString = u"moto_server exited (code %1): %2"_s.arg(m_process->exitCode())
                                .arg(QString::fromLocal8Bit(m_log).trimmed());
            return false;
        }
        if (m_log.contains(bound)) {
            const Reply reply = request("GET", u"/moto-api/"_s, {}, std::chrono::seconds(2));
            if (reply.status != 0 && isRunning())
                return true;
        }
        waitEvents(50, m_process.get());
    }
    m_errorString = u"moto_server did not answer within %1 ms; log: %2"_s.arg(timeout.count())
                        .arg(QString::fromLocal8Bit(m_log).trimmed());
    return false;
}

void MotoServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += m_process->readAllStandardOutput();
    m_process->disconnect(this);
    m_process.reset();
}

bool MotoServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 MotoServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString MotoServer::serverLog() const
{
    return QString::fromLocal8Bit(m_log);
}

QUrl MotoServer::endpoint() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(u"/"_s);
    return url;
}

MotoServer::Reply MotoServer::request(const QByteArray &verb,
                                      const QString &path,
                                      const QByteArray &body,
                                      std::chrono::milliseconds timeout)
{
    Reply result;
    if (m_port == 0) {
        result.error = u"not started"_s;
        return result;
    }
    QNetworkRequest request(endpoint().resolved(QUrl(path)));
    request.setTransferTimeout(int(timeout.count()));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

bool MotoServer::reset()
{
    const Reply reply = request("POST", u"/moto-api/reset"_s);
    if (reply.status != 200)
        m_errorString = u"reset failed: HTTP %1 %2"_s.arg(reply.status).arg(reply.error);
    return reply.status == 200;
}

bool MotoServer::resetRecording()
{
    const Reply reply = request("POST", u"/moto-api/recorder/reset-recording"_s);
    return reply.status == 200;
}

bool MotoServer::startRecording()
{
    // reset-recording also creates the file that download-recording reads.
    if (!resetRecording())
        return false;
    return request("POST", u"/moto-api/recorder/start-recording"_s).status == 200;
}

bool MotoServer::stopRecording()
{
    return request("POST", u"/moto-api/recorder/stop-recording"_s).status == 200;
}

QList<QJsonObject> MotoServer::recording()
{
    QList<QJsonObject> entries;
    const Reply reply = request("GET", u"/moto-api/recorder/download-recording"_s);
    if (reply.status != 200) {
        m_errorString
            = u"download-recording failed: HTTP %1 %2"_s.arg(reply.status).arg(reply.error);
        return entries;
    }
    for (const QByteArray &line : reply.body.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            entries.append(document.object());
    }
    return entries;
}

} // namespace cd::test
