#include "tests/support/testenv.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

namespace cd::test {

QString sourceDir()
{
    return QStringLiteral(CD_SOURCE_DIR);
}

QString sharedDir()
{
    const QByteArray fromEnv = qgetenv("CLUSTERDECK_SHARED_DIR");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QDir::cleanPath(sourceDir() + QStringLiteral("/../shared"));
}

QString cliPath()
{
    return QStringLiteral(CD_CLI_PATH);
}

QString guiPath()
{
    return QStringLiteral(CD_GUI_PATH);
}

bool strict()
{
    return qEnvironmentVariableIntValue("CLUSTERDECK_TEST_STRICT") == 1;
}

quint16 freePort(const QString &address)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(address), 0))
        return 0;
    return server.serverPort();
}

ProcessResult runProcess(const QString &program,
                         const QStringList &arguments,
                         const QProcessEnvironment &env,
                         int timeoutMs,
                         const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env);
    if (input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!input.isEmpty() && process.waitForStarted(timeoutMs)) {
        process.write(input);
        process.closeWriteChannel();
    }
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("timed out or failed to start: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString findExecutable(const QString &name, const QStringList &fallbacks)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    for (const QString &candidate : fallbacks) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace cd::test
