#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

class QProcess;

namespace cd::test {

// A real moto_server (AWS fake) on 127.0.0.1 and a free port, for tests that speak EC2. Its
// files (recording, HOME, working directory) stay in a private temporary directory. The
// blocking helpers spin a local event loop with a bound: test code only.
class MotoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MotoServer)

public:
    struct Reply
    {
        int status = 0; // HTTP status; 0 when no HTTP answer came
        QByteArray body;
        QString error;
    };

    explicit MotoServer(QObject *parent = nullptr);
    ~MotoServer() override;

    // CLUSTERDECK_MOTO_SERVER, then a real (non-shim) moto_server; empty if there is none.
    static QString findExecutable();

    // Extra environment for the server process (e.g. MOTO_ENABLE_AMI_VALIDATION=1), applied
    // by the next start().
    void setEnvironment(const QString &name, const QString &value);

    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    void stop();
    bool isRunning() const;
    qint64 processId() const;
    QString errorString() const { return m_errorString; }
    QString serverLog() const;

    QUrl endpoint() const;
    quint16 port() const { return m_port; }

    // POST /moto-api/reset: forgets every resource of every service.
    bool reset();
    // Recording of incoming requests (moto's recorder); startRecording() clears it first.
    bool startRecording();
    bool stopRecording();
    bool resetRecording();
    // One object per recorded request: headers, method, url, body (base64 when body_encoded).
    QList<QJsonObject> recording();

    // A plain HTTP request to the server (`path` relative to the endpoint).
    Reply request(const QByteArray &verb,
                  const QString &path,
                  const QByteArray &body = {},
                  std::chrono::milliseconds timeout = std::chrono::seconds(30));

private:
    bool launch(quint16 port);
    bool waitUntilAnswering(std::chrono::milliseconds timeout);

    QTemporaryDir m_dir;
    QList<std::pair<QString, QString>> m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace cd::test
