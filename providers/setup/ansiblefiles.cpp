#include "providers/setup/ansiblefiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::AnsibleFiles {

namespace {

QString inRun(const SetupRequest &request, const QString &name)
{
    return QDir(request.runDirectory).filePath(name);
}

QString hostLine(const SetupNode &node)
{
    QStringList parts{node.name};
    parts << u"ansible_host="_s + quote(node.host);
    parts << u"ansible_port="_s + QString::number(node.port);
    if (!node.user.isEmpty())
        parts << u"ansible_user="_s + quote(node.user);
    parts << u"clusterdeck_kind="_s + quote(node.kind);
    for (auto it = node.vars.cbegin(); it != node.vars.cend(); ++it)
        parts << it.key() + u'=' + quote(it.value());
    return parts.join(u' ');
}

const QStringList &protectedVariables()
{
    static const QStringList names{
        u"ANSIBLE_CONFIG"_s,     u"ANSIBLE_STDOUT_CALLBACK"_s,   u"ANSIBLE_HOME"_s,
        u"ANSIBLE_LOCAL_TEMP"_s, u"ANSIBLE_HOST_KEY_CHECKING"_s, u"ANSIBLE_SSH_ARGS"_s,
        u"ANSIBLE_INVENTORY"_s,  u"ANSIBLE_CALLBACKS_ENABLED"_s, u"ANSIBLE_LOAD_CALLBACK_PLUGINS"_s,
    };
    return names;
}

} // namespace

QString inventoryPath(const SetupRequest &request)
{
    return inRun(request, u"inventory.ini"_s);
}

QString configPath(const SetupRequest &request)
{
    return inRun(request, u"ansible.cfg"_s);
}

QString extraVarsPath(const SetupRequest &request)
{
    return inRun(request, u"extra-vars.json"_s);
}

QString outputDirectory(const SetupRequest &request)
{
    return inRun(request, u"out"_s);
}

int forks(const SetupRequest &request)
{
    const int cores = request.cores > 0 ? request.cores : qMax(1, QThread::idealThreadCount());
    return std::clamp(int(request.nodes.size()), 1, 4 * cores);
}

QString quote(const QString &value)
{
    static const QRegularExpression plain(uR"(^[A-Za-z0-9_.,:/@%+=-]+$)"_s);
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\n', u' ');
    escaped.replace(u"'"_s, u"'\"'\"'"_s);
    return u'\'' + escaped + u'\'';
}

QStringList splitArguments(const QString &text, bool *ok)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
        } else if (quote == u'"') {
            if (c == u'"')
                quote = QChar();
            else if (c == u'\\' && i + 1 < text.size()
                     && QStringView(u"\"\\$`").contains(text.at(i + 1)))
                word += text.at(++i);
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    if (ok)
        *ok = quote.isNull();
    return words;
}

QString inventory(const SetupRequest &request)
{
    QMap<QString, QList<const SetupNode *>> groups;
    QStringList order;
    for (const SetupNode &node : request.nodes) {
        const QStringList names = node.groups.isEmpty() ? QStringList{u"ungrouped"_s} : node.groups;
        for (const QString &group : names) {
            if (!groups.contains(group))
                order << group;
            groups[group] << &node;
        }
    }
    QString out = u"# ClusterDeck inventory for cluster %1\n"_s.arg(request.cluster);
    for (const QString &group : std::as_const(order)) {
        out += u"\n["_s + group + u"]\n"_s;
        for (const SetupNode *node : groups.value(group))
            out += hostLine(*node) + u'\n';
    }
    out += u"\n[all:vars]\n"_s;
    out += u"clusterdeck_cluster="_s + quote(request.cluster) + u'\n';
    for (auto it = request.globalVars.cbegin(); it != request.globalVars.cend(); ++it)
        out += it.key() + u'=' + quote(it.value()) + u'\n';
    return out;
}

QString config(const SetupRequest &request)
{
    QStringList ssh{u"-F"_s, u"/dev/null"_s, u"-o"_s, u"ControlMaster=no"_s};
    ssh << u"-o"_s << quote(u"UserKnownHostsFile="_s + request.knownHostsFile);
    ssh << u"-o"_s << u"GlobalKnownHostsFile=/dev/null"_s;
    ssh << u"-o"_s << u"StrictHostKeyChecking=yes"_s;
    ssh << u"-o"_s << u"ServerAliveInterval=30"_s;
    // Never prompt (there is no terminal): an encrypted key is used through ssh-agent.
    ssh << u"-o"_s << u"BatchMode=yes"_s;
    if (!request.privateKeyFile.isEmpty())
        ssh << u"-o"_s << u"IdentitiesOnly=yes"_s;
    if (!request.proxyCommand.isEmpty())
        ssh << u"-o"_s << quote(u"ProxyCommand="_s + request.proxyCommand);

    const QFileInfo playbook(request.playbook);
    QString out = u"# ClusterDeck: Ansible configuration for one run of cluster %1\n"_s.arg(
        request.cluster);
    // Ansible reads this file without interpolation: `%h` in ssh_args reaches ssh as written.
    out += u"[defaults]\n"_s;
    out += u"home = %1\n"_s.arg(inRun(request, u"home"_s));
    out += u"local_tmp = %1\n"_s.arg(inRun(request, u"tmp"_s));
    out += u"forks = %1\n"_s.arg(forks(request));
    out += u"host_key_checking = True\n"_s;
    out += u"stdout_callback = ansible.posix.jsonl\n"_s;
    out += u"retry_files_enabled = False\n"_s;
    out += u"interpreter_python = auto_silent\n"_s;
    out += u"nocows = True\n"_s;
    out += u"roles_path = %1\n"_s.arg(playbook.absoluteDir().filePath(u"roles"_s));
    if (!request.privateKeyFile.isEmpty())
        out += u"private_key_file = %1\n"_s.arg(request.privateKeyFile);
    out += u"\n[ssh_connection]\n"_s;
    out += u"pipelining = True\n"_s;
    out += u"control_path_dir = %1\n"_s.arg(inRun(request, u"cp"_s));
    out += u"ssh_args = %1\n"_s.arg(ssh.join(u' '));
    return out;
}

QByteArray extraVars(const SetupRequest &request)
{
    QJsonObject nodes;
    for (const SetupNode &node : request.nodes) {
        nodes.insert(node.name, QJsonObject{{u"kind"_s, node.kind},
                                            {u"groups"_s, QJsonArray::fromStringList(node.groups)},
                                            {u"address"_s, node.host}});
    }
    QJsonObject cluster = request.facts;
    cluster.insert(u"name"_s, request.cluster);
    cluster.insert(u"nodes"_s, nodes);
    cluster.insert(u"output_dir"_s, outputDirectory(request));
    const QJsonObject vars{{u"clusterdeck"_s, cluster},
                           {u"clusterdeck_output_dir"_s, outputDirectory(request)}};
    return QJsonDocument(vars).toJson(QJsonDocument::Indented);
}

QStringList arguments(const SetupRequest &request)
{
    QStringList args{u"-i"_s, inventoryPath(request)};
    if (request.become)
        args << u"--become"_s << u"--become-user="_s + request.becomeUser;
    args << request.extraArgs;
    args << u"-e"_s << u'@' + extraVarsPath(request);
    args << request.playbook;
    return args;
}

QProcessEnvironment environment(const SetupRequest &request, const QProcessEnvironment &base)
{
    QProcessEnvironment env = base;
    for (const QString &key : base.keys()) {
        if (key.startsWith(u"ANSIBLE_"))
            env.remove(key);
    }
    for (auto it = request.ansibleSettings.cbegin(); it != request.ansibleSettings.cend(); ++it) {
        QString name = it.key().toUpper();
        if (!name.startsWith(u"ANSIBLE_"))
            name.prepend(u"ANSIBLE_"_s);
        if (!protectedVariables().contains(name))
            env.insert(name, it.value());
    }
    env.insert(u"ANSIBLE_CONFIG"_s, configPath(request));
    env.insert(u"ANSIBLE_STDOUT_CALLBACK"_s, u"ansible.posix.jsonl"_s);
    env.insert(u"ANSIBLE_NOCOLOR"_s, u"1"_s);
    env.insert(u"ANSIBLE_HOME"_s, inRun(request, u"home"_s));
    env.insert(u"ANSIBLE_LOCAL_TEMP"_s, inRun(request, u"tmp"_s));
    // The local ssh client must not read the user's ~/.ssh/config or known_hosts.
    env.insert(u"HOME"_s, inRun(request, u"home"_s));
    env.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    return env;
}

QString program(const SetupRequest &request)
{
    const QString command
        = request.command.isEmpty() ? u"ansible-playbook"_s : request.command.trimmed();
    if (command.contains(u'/'))
        return command;
    return QStandardPaths::findExecutable(command);
}

} // namespace cd::AnsibleFiles
