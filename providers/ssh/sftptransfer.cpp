#include "providers/ssh/sftptransfer.h"

#include "providers/ssh/sshsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QSaveFile>
#include <QThreadPool>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <mutex>

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(SftpTransfer)
};

constexpr qint64 kBlock = 64 * 1024;

} // namespace

// The worker reaches the object only through here, and only while it exists.
struct SftpTransfer::Shared
{
    std::mutex mutex;
    SftpTransfer *owner = nullptr;
    std::atomic_bool cancelled{false};

    template<typename F>
    void post(F call)
    {
        std::lock_guard lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(
                owner, [o = owner, call = std::move(call)] { call(o); }, Qt::QueuedConnection);
    }
};

namespace {

class Worker final
{
public:
    Worker(std::atomic_bool &cancelled,
           SshSession &session,
           std::function<void(qint64, qint64)> progress)
        : m_cancelled(cancelled)
        , m_session(session)
        , m_progress(std::move(progress))
    {}
    ~Worker()
    {
        if (m_sftp)
            sftp_free(m_sftp);
    }

    std::optional<SshError> init()
    {
        m_sftp = sftp_new(m_session.handle());
        if (!m_sftp || sftp_init(m_sftp) != SSH_OK)
            return fail(Tr::tr("%1 refused the SFTP subsystem").arg(m_session.target().host));
        return std::nullopt;
    }

    std::optional<SshError> upload(const QString &localPath, const QString &remotePath)
    {
        QFile local(localPath);
        if (!local.open(QIODevice::ReadOnly))
            return SshError{SshError::Kind::Other,
                            Tr::tr("Cannot read %1: %2").arg(localPath, local.errorString()),
                            {},
                            {}};
        // To a temporary name first, renamed at the end: no half file under the real name.
        const QByteArray part = (remotePath + QStringLiteral(".part")).toUtf8();
        sftp_file remote = sftp_open(m_sftp, part.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (!remote)
            return fail(Tr::tr("Cannot create %1 on %2").arg(remotePath, m_session.target().host));
        QByteArray buffer(kBlock, Qt::Uninitialized);
        const qint64 total = local.size();
        qint64 done = 0;
        std::optional<SshError> failure;
        while (!failure) {
            if (m_cancelled || m_session.stopRequested()) {
                failure = SshError{SshError::Kind::Cancelled, Tr::tr("Cancelled."), {}, {}};
                break;
            }
            const qint64 n = local.read(buffer.data(), kBlock);
            if (n <= 0) {
                if (n < 0)
                    failure = SshError{SshError::Kind::Other, local.errorString(), {}, {}};
                break;
            }
            if (sftp_write(remote, buffer.constData(), size_t(n)) != n)
                failure = fail(Tr::tr("Writing %1 failed").arg(remotePath));
            done += n;
            m_progress(done, total);
        }
        sftp_close(remote);
        if (!failure) {
            sftp_unlink(m_sftp, remotePath.toUtf8().constData()); // rename does not overwrite
            if (sftp_rename(m_sftp, part.constData(), remotePath.toUtf8().constData()) != SSH_OK)
                failure = fail(Tr::tr("Cannot rename the upload to %1").arg(remotePath));
        }
        if (failure)
            sftp_unlink(m_sftp, part.constData());
        return failure;
    }

    std::optional<SshError> download(const QString &remotePath, const QString &localPath)
    {
        sftp_file remote = sftp_open(m_sftp, remotePath.toUtf8().constData(), O_RDONLY, 0);
        if (!remote)
            return fail(Tr::tr("Cannot open %1 on %2").arg(remotePath, m_session.target().host));
        qint64 total = -1;
        if (sftp_attributes attributes = sftp_fstat(remote)) {
            total = qint64(attributes->size);
            sftp_attributes_free(attributes);
        }
        QSaveFile local(localPath); // committed only when complete
        std::optional<SshError> failure;
        if (!local.open(QIODevice::WriteOnly))
            failure = SshError{SshError::Kind::Other,
                               Tr::tr("Cannot write %1: %2").arg(localPath, local.errorString()),
                               {},
                               {}};
        QByteArray buffer(kBlock, Qt::Uninitialized);
        qint64 done = 0;
        while (!failure) {
            if (m_cancelled || m_session.stopRequested()) {
                failure = SshError{SshError::Kind::Cancelled, Tr::tr("Cancelled."), {}, {}};
                break;
            }
            const ssize_t n = sftp_read(remote, buffer.data(), size_t(kBlock));
            if (n == 0)
                break;
            if (n < 0 || local.write(buffer.constData(), n) != n) {
                failure = fail(Tr::tr("Reading %1 failed").arg(remotePath));
                break;
            }
            done += n;
            m_progress(done, total);
        }
        sftp_close(remote);
        if (!failure && !local.commit())
            failure = SshError{SshError::Kind::Other,
                               Tr::tr("Cannot write %1: %2").arg(localPath, local.errorString()),
                               {},
                               {}};
        return failure;
    }

private:
    SshError fail(const QString &what) const
    {
        const QString detail = QString::fromUtf8(ssh_get_error(m_session.handle()));
        return {SshError::Kind::Command,
                detail.isEmpty() ? what : what + QStringLiteral(": ") + detail,
                m_session.hostKey(),
                {}};
    }

    std::atomic_bool &m_cancelled;
    SshSession &m_session;
    std::function<void(qint64, qint64)> m_progress;
    sftp_session m_sftp = nullptr;
};

} // namespace

SftpTransfer::SftpTransfer(
    SshTarget target, Direction direction, QString localPath, QString remotePath, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_direction(direction)
    , m_localPath(std::move(localPath))
    , m_remotePath(std::move(remotePath))
    , m_shared(std::make_shared<Shared>())
{
    registerSshMetaTypes();
    m_shared->owner = this;
}

SftpTransfer::~SftpTransfer()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
    m_shared->cancelled = true;
}

void SftpTransfer::cancel()
{
    m_shared->cancelled = true;
}

void SftpTransfer::start(QThreadPool *pool)
{
    (pool ? pool : sshThreadPool())
        ->start([shared = m_shared, target = m_target, direction = m_direction, local = m_localPath,
                 remote = m_remotePath] {
            SshSession session(target, [&shared] { return bool(shared->cancelled); });
            std::optional<SshError> failure;
            if (const Result<HostKey, SshError> opened = session.open(); !opened)
                failure = opened.error();
            // Progress at most every block, coalesced by the queue on the GUI side.
            Worker worker(shared->cancelled, session, [&shared](qint64 done, qint64 total) {
                shared->post([done, total](SftpTransfer *t) { emit t->progress(done, total); });
            });
            if (!failure)
                failure = worker.init();
            if (!failure)
                failure = direction == Direction::Upload ? worker.upload(local, remote)
                                                         : worker.download(remote, local);
            shared->post([failure](SftpTransfer *t) {
                if (failure)
                    emit t->failed(*failure);
                else
                    emit t->finished();
            });
        });
}

} // namespace cd
