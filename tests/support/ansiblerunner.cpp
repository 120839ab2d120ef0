#include "tests/support/ansiblerunner.h"

#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

bool writeFile(const QString &path, const QString &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(content.toUtf8());
    return file.commit();
}

} // namespace

AnsibleRunner::AnsibleRunner(const SshNodeFarm &farm, const QString &playbookPath, QObject *parent)
    : QObject(parent)
    , m_farm(farm)
    , m_playbook(playbookPath)
{}

AnsibleRunner::~AnsibleRunner()
{
    kill();
}

QString AnsibleRunner::ansiblePlaybookPath()
{
    return cd::test::findExecutable(u"ansible-playbook"_s, {u"/usr/bin/ansible-playbook"_s});
}

QString AnsibleRunner::nodeName(int i)
{
    return u"node%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
}

QString AnsibleRunner::configPath() const
{
    return m_dir.filePath(u"ansible.cfg"_s);
}

QString AnsibleRunner::inventoryPath() const
{
    return m_dir.filePath(u"inventory.ini"_s);
}

bool AnsibleRunner::writeFiles()
{
    const QString dir = m_dir.path();
    for (const QString &sub : {u"home"_s, u"local-tmp"_s, u"remote-tmp"_s, u"cp"_s}) {
        if (!QDir(dir).mkpath(sub)) {
            m_errorString = u"cannot create "_s + sub;
            return false;
        }
    }
    // No ControlMaster: ControlPersist would leave daemonised ssh masters behind that no
    // PID of ours points to; with pipelining a task costs one connection anyway.
    const QString config = u"[defaults]\n"
                           "home = %1/home\n"
                           "local_tmp = %1/local-tmp\n"
                           "remote_tmp = %1/remote-tmp\n"
                           "host_key_checking = True\n"
                           "forks = %2\n"
                           "stdout_callback = ansible.posix.jsonl\n"
                           "retry_files_enabled = False\n"
                           "nocows = True\n"
                           "interpreter_python = /usr/bin/python3\n"
                           "\n"
                           "[ssh_connection]\n"
                           "pipelining = True\n"
                           "control_path_dir = %1/cp\n"
                           "ssh_args = -F /dev/null -o ControlMaster=no"
                           " -o UserKnownHostsFile=%3 -o GlobalKnownHostsFile=/dev/null"
                           " -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes\n"_s.arg(
                               dir, QString::number(m_forks), m_farm.knownHostsFile());
    QString inventory = u"[nodes]\n"_s;
    for (int i = 0; i < m_farm.nodeCount(); ++i) {
        inventory += u"%1 ansible_host=%2 ansible_port=%3 ansible_user=%4"
                     " ansible_ssh_private_key_file=%5"
                     " ansible_python_interpreter=/usr/bin/python3\n"_s.arg(
                         nodeName(i), m_farm.address(i), QString::number(m_farm.port(i)),
                         m_farm.user(), m_farm.clientKeyPath());
    }
    if (!writeFile(configPath(), config) || !writeFile(inventoryPath(), inventory)) {
        m_errorString = u"cannot write ansible.cfg or the inventory in "_s + dir;
        return false;
    }
    return true;
}

bool AnsibleRunner::start()
{
    kill();
    m_events.clear();
    m_otherOutput.clear();
    m_partialLine.clear();
    m_stderr.clear();
    m_exitCode = -1;
    m_errorString.clear();
    const QString program = ansiblePlaybookPath();
    if (program.isEmpty()) {
        m_errorString = u"ansible-playbook not found (package ansible)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_errorString = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    if (!writeFiles())
        return false;

    QStringList arguments{u"-i"_s, inventoryPath()};
    if (!m_extraVars.isEmpty()) {
        const QJsonDocument vars(QJsonObject::fromVariantMap(m_extraVars));
        arguments << u"-e"_s << QString::fromUtf8(vars.toJson(QJsonDocument::Compact));
    }
    arguments << m_playbook;

    // Nothing inherited may redirect Ansible (another config, callback or home).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"ANSIBLE_"))
            env.remove(key);
    }
    const QString dir = m_dir.path();
    env.insert(u"ANSIBLE_CONFIG"_s, configPath());
    env.insert(u"ANSIBLE_HOME"_s, dir + u"/home");
    env.insert(u"ANSIBLE_LOCAL_TEMP"_s, dir + u"/local-tmp");
    env.insert(u"ANSIBLE_STDOUT_CALLBACK"_s, u"ansible.posix.jsonl"_s);
    env.insert(u"ANSIBLE_NOCOLOR"_s, u"1"_s);
    env.insert(u"HOME"_s, dir + u"/home"); // the local ssh client reads ~/.ssh otherwise
    env.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);

    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    process->setProgram(program);
    process->setArguments(arguments);
    process->setWorkingDirectory(dir);
    process->setProcessEnvironment(env);
    connect(process, &QProcess::readyReadStandardOutput, this, &AnsibleRunner::readStdout);
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { m_stderr += process->readAllStandardError(); });
    connect(process, &QProcess::finished, this,
            [this, process](int code, QProcess::ExitStatus status) {
                readStdout();
                m_stderr += process->readAllStandardError();
                if (!m_partialLine.isEmpty())
                    takeLine(std::exchange(m_partialLine, {}));
                m_exitCode = status == QProcess::NormalExit ? code : -1;
                emit finished(m_exitCode);
            });
    process->start();
    if (!process->waitForStarted(10000)) {
        m_errorString = u"cannot start ansible-playbook: "_s + process->errorString();
        m_process.reset();
        return false;
    }
    return true;
}

bool AnsibleRunner::waitForFinished(std::chrono::milliseconds timeout)
{
    if (!m_process)
        return false;
    if (m_process->state() != QProcess::NotRunning) {
        QEventLoop loop;
        connect(this, &AnsibleRunner::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_errorString = u"ansible-playbook did not finish within %1 ms"_s.arg(timeout.count());
        kill();
        return false;
    }
    return true;
}

bool AnsibleRunner::run(std::chrono::milliseconds timeout)
{
    return start() && waitForFinished(timeout);
}

void AnsibleRunner::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // Workers and their ssh clients share our process group and could outlive
        // ansible-playbook: collect them first, stop them by PID after it.
        const QList<qint64> workers = descendantProcesses(m_process->processId());
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        for (const qint64 pid : workers)
            terminateProcess(pid);
    }
    m_process->disconnect(this);
    m_process.reset();
}

bool AnsibleRunner::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 AnsibleRunner::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QList<QJsonObject> AnsibleRunner::events(const QString &name) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &event : m_events) {
        if (event.value(u"_event").toString() == name)
            result.append(event);
    }
    return result;
}

void AnsibleRunner::readStdout()
{
    if (!m_process)
        return;
    m_partialLine += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_partialLine.left(newline);
        m_partialLine.remove(0, newline + 1);
        takeLine(line);
    }
}

void AnsibleRunner::takeLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_otherOutput.append(QString::fromUtf8(trimmed));
        return;
    }
    m_events.append(document.object());
    emit eventReceived(m_events.constLast());
}

} // namespace cd::test
