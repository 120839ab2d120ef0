#pragma once

#include <QObject>
#include <QProcess>

#include <memory>

class QTimer;

namespace cd {

// Makes an ed25519 key pair without a passphrase with ssh-keygen, asynchronously (QProcess,
// bounded by a timeout); finished(ok, error) tells how it went. The folder is created private.
class WizardKeyGen final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardKeyGen)

public:
    explicit WizardKeyGen(QObject *parent = nullptr);
    ~WizardKeyGen() override;

    void start(const QString &privateKeyPath, const QString &comment);
    void cancel();

signals:
    void finished(bool ok, const QString &error);

private:
    void done(bool ok, const QString &error);

    QProcess m_process;
    QTimer *m_timeout = nullptr;
    QString m_path;
    bool m_finished = false;
};

} // namespace cd
