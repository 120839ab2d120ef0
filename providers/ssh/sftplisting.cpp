#include "providers/ssh/sftplisting.h"

#include "providers/ssh/sshsession.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <algorithm>

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(SftpListing)
};

using R = Result<SftpDirectory, SshError>;

R read(SshSession &session, const QString &requested)
{
    sftp_session sftp = sftp_new(session.handle());
    const auto fail = [&](const QString &what) {
        const QString detail = QString::fromUtf8(ssh_get_error(session.handle()));
        return SshError{SshError::Kind::Command,
                        detail.isEmpty() ? what : what + QStringLiteral(": ") + detail,
                        session.hostKey(),
                        {}};
    };
    if (!sftp || sftp_init(sftp) != SSH_OK) {
        if (sftp)
            sftp_free(sftp);
        return fail(Tr::tr("%1 refused the SFTP subsystem").arg(session.target().host));
    }
    SftpDirectory directory;
    const QByteArray asked = requested.isEmpty() ? QByteArray(".") : requested.toUtf8();
    if (char *canonical = sftp_canonicalize_path(sftp, asked.constData())) {
        directory.path = QString::fromUtf8(canonical);
        ssh_string_free_char(canonical);
    }
    sftp_dir dir = directory.path.isEmpty()
                       ? nullptr
                       : sftp_opendir(sftp, directory.path.toUtf8().constData());
    if (!dir) {
        const SshError error = fail(Tr::tr("Cannot open the folder %1").arg(requested));
        sftp_free(sftp);
        return error;
    }
    while (sftp_attributes a = sftp_readdir(sftp, dir)) {
        const QString name = QString::fromUtf8(a->name);
        if (name != QLatin1String(".") && name != QLatin1String("..")) {
            directory.entries.append({name, a->type == SSH_FILEXFER_TYPE_DIRECTORY, qint64(a->size),
                                      QDateTime::fromSecsSinceEpoch(qint64(a->mtime))});
        }
        sftp_attributes_free(a);
    }
    sftp_closedir(dir);
    sftp_free(sftp);
    std::sort(directory.entries.begin(), directory.entries.end(),
              [](const SftpEntry &a, const SftpEntry &b) {
                  if (a.isDirectory != b.isDirectory)
                      return a.isDirectory;
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    return directory;
}

} // namespace

QFuture<R> SftpListing::list(const SshTarget &target, const QString &path)
{
    return QtConcurrent::run(sshThreadPool(), [target, path](QPromise<R> &promise) {
        SshSession session(target, [&promise] { return promise.isCanceled(); });
        const Result<HostKey, SshError> opened = session.open();
        promise.addResult(opened ? read(session, path) : R(opened.error()));
    });
}

} // namespace cd
