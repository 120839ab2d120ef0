#include "providers/core/logging.h"
#include "providers/setup/ansiblefiles.h"
#include "providers/setup/ansiblesetupprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions mode)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(mode);
    file.write(content);
    return file.commit();
}

constexpr auto privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto readableMode = privateMode | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr int killGraceMs = 5000;

} // namespace

std::unique_ptr<SetupRun> AnsibleSetupProvider::createRun(const SetupRequest &request)
{
    return std::make_unique<AnsibleRun>(request);
}

AnsibleRun::AnsibleRun(SetupRequest request, QObject *parent)
    : SetupRun(parent)
    , m_request(std::move(request))
{
    m_result.runDirectory = m_request.runDirectory;
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(killGraceMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

AnsibleRun::~AnsibleRun()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        signalGroup(SIGKILL);
    }
}

qint64 AnsibleRun::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool AnsibleRun::writeFiles(QString *error)
{
    const QDir dir(m_request.runDirectory);
    for (const QString &sub : {u"home"_s, u"tmp"_s, u"cp"_s, u"out"_s}) {
        if (!dir.mkpath(sub)) {
            *error = tr("Cannot create %1.").arg(dir.filePath(sub));
            return false;
        }
    }
    QStringList command{AnsibleFiles::program(m_request)};
    command << AnsibleFiles::arguments(m_request);
    for (QString &part : command)
        part = AnsibleFiles::quote(part);
    const bool ok = writeFile(AnsibleFiles::inventoryPath(m_request),
                              AnsibleFiles::inventory(m_request).toUtf8(), readableMode)
                    && writeFile(AnsibleFiles::configPath(m_request),
                                 AnsibleFiles::config(m_request).toUtf8(), readableMode)
                    && writeFile(AnsibleFiles::extraVarsPath(m_request),
                                 AnsibleFiles::extraVars(m_request), privateMode)
                    && writeFile(dir.filePath(u"command.txt"_s), command.join(u' ').toUtf8() + '\n',
                                 readableMode);
    if (!ok) {
        *error = tr("Cannot write the run's files in %1.").arg(dir.path());
        return false;
    }
    m_eventLog.setFileName(dir.filePath(u"events.jsonl"_s));
    m_errorLog.setFileName(dir.filePath(u"stderr.log"_s));
    if (!m_eventLog.open(QIODevice::WriteOnly) || !m_errorLog.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the run's logs in %1.").arg(dir.path());
        return false;
    }
    return true;
}

void AnsibleRun::start()
{
    QString error;
    QStringList command = AnsibleFiles::splitArguments(m_request.command);
    SetupRequest located = m_request;
    located.command = command.value(0);
    const QString program = AnsibleFiles::program(located);
    if (program.isEmpty()) {
        error = tr("“%1” was not found: install Ansible (Debian package ansible) or set "
                   "ansible_command.")
                    .arg(located.command.isEmpty() ? u"ansible-playbook"_s : located.command);
    } else if (m_request.nodes.isEmpty()) {
        error = tr("There are no nodes to configure.");
    } else {
        writeFiles(&error);
    }
    if (!error.isEmpty()) {
        SetupResult result = m_result;
        result.error = error;
        QMetaObject::invokeMethod(
            this, [this, result] { finishWith(result); }, Qt::QueuedConnection);
        return;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(command.mid(1) + AnsibleFiles::arguments(m_request));
    m_process->setWorkingDirectory(m_request.runDirectory);
    m_process->setProcessEnvironment(
        AnsibleFiles::environment(m_request, QProcessEnvironment::systemEnvironment()));
    // Its own process group, so cancel reaches ssh and every worker Ansible forked.
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &AnsibleRun::readOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { m_errorLog.write(m_process->readAllStandardError()); });
    connect(m_process.get(), &QProcess::finished, this, &AnsibleRun::processFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        SetupResult result = m_result;
        result.error = tr("Cannot run %1: %2").arg(m_process->program(), m_process->errorString());
        finishWith(result);
    });
    qCInfo(lcSetup).noquote() << "ansible run for" << m_request.cluster << "in"
                              << m_request.runDirectory;
    m_process->start();
}

void AnsibleRun::signalGroup(int signal)
{
    const qint64 pid = processId();
    if (pid > 0)
        ::kill(pid_t(-pid), signal);
}

void AnsibleRun::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        SetupResult result = m_result;
        result.outcome = SetupResult::Outcome::Cancelled;
        QMetaObject::invokeMethod(
            this, [this, result] { finishWith(result); }, Qt::QueuedConnection);
        return;
    }
    signalGroup(SIGTERM);
    m_killTimer.start();
}

void AnsibleRun::readOutput()
{
    const QByteArray bytes = m_process->readAllStandardOutput();
    m_eventLog.write(bytes);
    m_eventLog.flush();
    take(m_parser.feed(bytes));
}

void AnsibleRun::take(const QList<SetupEvent> &events)
{
    for (const SetupEvent &e : events) {
        if (e.type == SetupEvent::Type::HostFailed)
            m_result.failedHosts.insert(e.host, e.task + u": "_s + e.message);
        else if (e.type == SetupEvent::Type::HostUnreachable)
            m_result.unreachableHosts.insert(e.host, e.message);
        else if (e.type == SetupEvent::Type::Stats)
            m_result.stats = e.stats;
        emit event(e);
    }
}

void AnsibleRun::processFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    m_errorLog.write(m_process->readAllStandardError());
    take(m_parser.finish());
    m_killTimer.stop();
    // A process group may outlive its leader (ssh children): end it too.
    signalGroup(SIGKILL);
    SetupResult result = m_result;
    result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    // Failures that were ignored (ignore_errors) or rescued are not failures of the host.
    for (auto it = result.failedHosts.begin(); it != result.failedHosts.end();) {
        const auto stats = result.stats.constFind(it.key());
        it = (stats != result.stats.cend() && stats->failures == 0) ? result.failedHosts.erase(it)
                                                                    : std::next(it);
    }
    if (m_cancelled) {
        result.outcome = SetupResult::Outcome::Cancelled;
        result.error = tr("Setup was cancelled.");
        return finishWith(result);
    }
    QStringList missing;
    for (const SetupNode &node : std::as_const(m_request.nodes)) {
        const auto stats = result.stats.constFind(node.name);
        if (stats == result.stats.cend()) {
            missing << node.name;
        } else if (!stats->clean() && !result.failedHosts.contains(node.name)
                   && !result.unreachableHosts.contains(node.name)) {
            result.failedHosts.insert(node.name, tr("failed (see the run log)"));
        }
    }
    const bool clean = result.failedHosts.isEmpty() && result.unreachableHosts.isEmpty();
    if (status == QProcess::NormalExit && exitCode == 0 && clean && missing.isEmpty()) {
        result.outcome = SetupResult::Outcome::Succeeded;
        return finishWith(result);
    }
    result.outcome = SetupResult::Outcome::Failed;
    if (status != QProcess::NormalExit) {
        result.error = tr("ansible-playbook crashed.");
    } else if (!clean) {
        result.error = tr("Setup failed on %n node(s).", nullptr,
                          int(result.failedHosts.size() + result.unreachableHosts.size()));
    } else if (!missing.isEmpty() && result.stats.isEmpty()) {
        QFile log(m_errorLog.fileName());
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromUtf8(log.readAll()).trimmed().right(400).simplified();
        result.error = tr("ansible-playbook ended with code %1 before running any task: %2")
                           .arg(exitCode)
                           .arg(tail);
    } else {
        result.error = tr("ansible-playbook ended with code %1; no result for %2.")
                           .arg(exitCode)
                           .arg(missing.join(u", "_s));
    }
    finishWith(result);
}

void AnsibleRun::finishWith(SetupResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_eventLog.close();
    m_errorLog.close();
    emit finished(result);
}

} // namespace cd
