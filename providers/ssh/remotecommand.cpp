#include "providers/ssh/remotecommand.h"

#include "providers/ssh/sshsession.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace cd {

QFuture<Result<CommandResult, SshError>> RemoteCommand::run(const SshTarget &target,
                                                            const QString &command,
                                                            int timeoutMs,
                                                            QThreadPool *pool)
{
    using R = Result<CommandResult, SshError>;
    return QtConcurrent::run(
        pool ? pool : sshThreadPool(), [target, command, timeoutMs](QPromise<R> &promise) {
            SshSession session(target, [&promise] { return promise.isCanceled(); });
            const Result<HostKey, SshError> opened = session.open();
            if (!opened) {
                promise.addResult(R(opened.error()));
                return;
            }
            promise.addResult(session.exec(command, timeoutMs));
        });
}

} // namespace cd
