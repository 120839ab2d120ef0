#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <chrono>
#include <memory>

class QProcess;

namespace cd::test {

class SshNodeFarm;

// Runs ansible-playbook against the nodes of an SshNodeFarm (inventory node001, node002, ...)
// with the ansible.posix.jsonl callback and collects its events. Configuration, inventory and
// every file Ansible writes stay in a private temporary directory. Test-only: the product's
// runner lives in providers/setup/. The farm must outlive the runner.
class AnsibleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleRunner)

public:
    AnsibleRunner(const SshNodeFarm &farm, const QString &playbookPath, QObject *parent = nullptr);
    ~AnsibleRunner() override;

    static QString ansiblePlaybookPath();
    // "node001" for node 0.
    static QString nodeName(int i);

    // Passed as one JSON document with -e.
    void setExtraVars(const QVariantMap &vars) { m_extraVars = vars; }
    void setForks(int forks) { m_forks = forks; }

    // Writes ansible.cfg and the inventory, starts ansible-playbook, returns at once.
    bool start();
    // Waits for the end of the run; false on timeout (the run is then killed).
    bool waitForFinished(std::chrono::milliseconds timeout = std::chrono::minutes(2));
    // start() + waitForFinished(): true if ansible-playbook ran to its end, whatever its
    // exit code.
    bool run(std::chrono::milliseconds timeout = std::chrono::minutes(2));
    // Stops ansible-playbook and every process it started, by PID.
    void kill();

    bool isRunning() const;
    qint64 processId() const;
    // Exit code of the finished run; -1 while running, on a crash or before any run.
    int exitCode() const { return m_exitCode; }
    QList<QJsonObject> events() const { return m_events; }
    // Events whose "_event" is `name`, e.g. "v2_runner_on_ok".
    QList<QJsonObject> events(const QString &name) const;
    // stdout lines that were not JSON objects (should stay empty).
    QStringList otherOutput() const { return m_otherOutput; }
    QString stderrText() const { return QString::fromLocal8Bit(m_stderr); }
    QString errorString() const { return m_errorString; }

    QString configPath() const;
    QString inventoryPath() const;
    QString workDirectory() const { return m_dir.path(); }

signals:
    void eventReceived(const QJsonObject &event);
    void finished(int exitCode);

private:
    bool writeFiles();
    void readStdout();
    void takeLine(const QByteArray &line);

    const SshNodeFarm &m_farm;
    QString m_playbook;
    QVariantMap m_extraVars;
    int m_forks = 10;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_partialLine;
    QByteArray m_stderr;
    QList<QJsonObject> m_events;
    QStringList m_otherOutput;
    int m_exitCode = -1;
    QString m_errorString;
};

} // namespace cd::test
