#pragma once

#include "providers/core/result.h"
#include "providers/ssh/sshtypes.h"

#include <QFuture>

class QThreadPool;

namespace cd {

// Runs one command on one machine: connect, check the host key, authenticate, exec, collect
// stdout, stderr and exit status, disconnect. The blocking libssh work happens on a worker
// thread (sshThreadPool() unless a pool is given); the future finishes there, so callers
// continue with `.then(context, ...)`. Cancelling the future stops the work within a fraction
// of a second once connected (the remote command is killed) and within the connect timeout
// before that; a cancelled future carries no result.
class RemoteCommand final
{
public:
    // timeoutMs bounds the command from its start to its exit (< 0: no limit); connecting
    // is bounded by target.connectTimeoutMs. A command that outlives it is killed on the node
    // and the result is SshError::Kind::Timeout.
    static QFuture<Result<CommandResult, SshError>> run(const SshTarget &target,
                                                        const QString &command,
                                                        int timeoutMs,
                                                        QThreadPool *pool = nullptr);
};

} // namespace cd
