#pragma once

#include "providers/setup/jsonleventparser.h"
#include "providers/setup/setupprovider.h"

#include <QFile>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace cd {

// Configures nodes with ansible-playbook (run through QProcess, in its own process group),
// streaming per-host events from the jsonl callback as they happen.
class AnsibleSetupProvider final : public SetupProvider
{
public:
    QString typeName() const override { return QStringLiteral("ansible"); }
    std::unique_ptr<SetupRun> createRun(const SetupRequest &request) override;
};

class AnsibleRun final : public SetupRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleRun)

public:
    explicit AnsibleRun(SetupRequest request, QObject *parent = nullptr);
    ~AnsibleRun() override;

    void start() override;
    void cancel() override;

    qint64 processId() const;
    const SetupRequest &request() const { return m_request; }

private:
    bool writeFiles(QString *error);
    void readOutput();
    void take(const QList<SetupEvent> &events);
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void finishWith(SetupResult result);
    void signalGroup(int signal);

    SetupRequest m_request;
    std::unique_ptr<QProcess> m_process;
    JsonlEventParser m_parser;
    QFile m_eventLog;
    QFile m_errorLog;
    QTimer m_killTimer;
    SetupResult m_result;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace cd
