#pragma once

#include "providers/ssh/sshtypes.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThreadPool;

namespace cd {

// One file copied to or from a machine over SFTP, on a worker thread (sshThreadPool()):
// connects like SshSession (the target's known_hosts, key/agent, ProxyCommand), reports
// progress, can be cancelled between blocks (a cancelled upload leaves no partial remote
// file; a cancelled download no partial local file). Deletes nothing it did not create.
class SftpTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SftpTransfer)

public:
    enum class Direction { Upload, Download };
    Q_ENUM(Direction)

    SftpTransfer(SshTarget target,
                 Direction direction,
                 QString localPath,
                 QString remotePath,
                 QObject *parent = nullptr);
    ~SftpTransfer() override;

    void start(QThreadPool *pool = nullptr);
    void cancel();

    Direction direction() const { return m_direction; }
    QString localPath() const { return m_localPath; }
    QString remotePath() const { return m_remotePath; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();
    void failed(const cd::SshError &error);

private:
    struct Shared;

    SshTarget m_target;
    Direction m_direction;
    QString m_localPath;
    QString m_remotePath;
    std::shared_ptr<Shared> m_shared;
};

} // namespace cd
