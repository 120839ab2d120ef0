#include "widgets/wizard/wizardkeygen.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

WizardKeyGen::WizardKeyGen(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(30000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_process.kill();
        done(false, tr("ssh-keygen did not finish within 30 seconds."));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false, tr("ssh-keygen could not be started (%1). Is OpenSSH installed?")
                            .arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0 && QFileInfo::exists(m_path))
            return done(true, {});
        const QString output = QString::fromLocal8Bit(m_process.readAll()).trimmed();
        done(false, tr("ssh-keygen failed: %1")
                        .arg(output.isEmpty() ? tr("exit code %1").arg(code) : output));
    });
}

WizardKeyGen::~WizardKeyGen()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}

void WizardKeyGen::start(const QString &privateKeyPath, const QString &comment)
{
    m_path = privateKeyPath;
    const QString dir = QFileInfo(privateKeyPath).absolutePath();
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        QTimer::singleShot(0, this, [this, dir] {
            done(false, tr("The keys folder %1 could not be made.").arg(dir));
        });
        return;
    }
    const QString program = QStandardPaths::findExecutable(u"ssh-keygen"_s);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_timeout->start();
    m_process.start(program.isEmpty() ? u"ssh-keygen"_s : program,
                    {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s, comment, u"-f"_s,
                     privateKeyPath});
}

void WizardKeyGen::cancel()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    done(false, tr("Cancelled."));
}

void WizardKeyGen::done(bool ok, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    emit finished(ok, error);
}

} // namespace cd
