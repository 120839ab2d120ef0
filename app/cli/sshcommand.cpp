#include "app/cli/sshcommand.h"

#include "model/domain/loginprofile.h"
#include "model/domain/nodelogin.h"
#include "model/repository/clusterrepository.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace cd {

SshCommand::~SshCommand() = default;

const Node *SshCommand::target(const Cluster &cluster, const QString &requested)
{
    if (!requested.isEmpty())
        return cluster.node(requested);
    return NodeLogin::defaultNode(cluster);
}

QStringList SshCommand::sshArguments(const Cluster &cluster,
                                     const Node &node,
                                     const LoginProfile &login,
                                     const QString &knownHostsFile,
                                     const QStringList &remoteCommand,
                                     QString *error)
{
    const Result<QStringList, QString> argv
        = NodeLogin(cluster, node, login, knownHostsFile).systemSshArguments(remoteCommand);
    if (!argv)
        *error = argv.error();
    return argv ? argv.value() : QStringList();
}

void SshCommand::start(const QStringList &arguments)
{
    // Everything after "--" is the remote command, untouched by the option parser.
    const qsizetype dashes = arguments.indexOf(u"--"_s);
    const QStringList own = dashes < 0 ? arguments : arguments.mid(0, dashes);
    const QStringList remote = dashes < 0 ? QStringList() : arguments.mid(dashes + 1);
    QCommandLineParser parser;
    parser.addOptions({
        {u"node"_s, tr("The node to log in to."), u"NAME"_s},
        {u"dry-run"_s, tr("Print the ssh command, one argument per line, instead of running it.")},
    });
    const auto cluster = parseWithCluster(parser, own);
    if (!cluster)
        return;
    const QString requested = parser.value(u"node"_s);
    const Node *node = target(*cluster, requested);
    if (!node)
        return fail(requested.isEmpty()
                        ? tr("Cluster “%1” has no nodes.").arg(cluster->name)
                        : tr("Cluster “%1” has no node named “%2”.").arg(cluster->name, requested));
    if (!NodeLogin::isUp(*node))
        return fail(tr("Node “%1” is not reachable (%2)%3.")
                        .arg(node->name, States::toString(node->state),
                             node->lastError.isEmpty() ? QString() : u": "_s + node->lastError));
    const LoginProfile login = repository()->login(cluster->login).value_or(LoginProfile{});
    QString error;
    const QStringList argv = sshArguments(
        *cluster, *node, login, context().dataDir.knownHostsFile(cluster->name), remote, &error);
    if (argv.isEmpty())
        return fail(error);
    if (parser.isSet(u"dry-run"_s)) {
        for (const QString &a : argv)
            out() << a << '\n';
        return finishLater(ExitOk);
    }
    out().flush();
    err().flush();
    std::vector<QByteArray> bytes;
    bytes.reserve(size_t(argv.size()));
    for (const QString &a : argv)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> raw;
    for (QByteArray &b : bytes)
        raw.push_back(b.data());
    raw.push_back(nullptr);
    ::execvp(raw.front(), raw.data());
    const int code = errno;
    fail(tr("Could not run ssh: %1").arg(QString::fromLocal8Bit(std::strerror(code))));
}

} // namespace cd
