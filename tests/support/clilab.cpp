#include "tests/support/clilab.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cd::test {

bool CliLab::start(int nodes)
{
    return m_tmp.isValid() && m_farm.start(nodes);
}

ProcessResult
CliLab::cli(const QStringList &args, const QMap<QString, QString> &env, int timeoutMs) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    return runProcess(cliPath(), QStringList{u"--data-dir"_s, dataDir()} + args, environment,
                      timeoutMs);
}

QString CliLab::hosts() const
{
    QStringList list;
    for (int i = 0; i < m_farm.nodeCount(); ++i)
        list << u"%1:%2"_s.arg(m_farm.address(i)).arg(m_farm.port(i));
    return list.join(u',');
}

QString CliLab::config(const QString &cluster, const QString &setupExtra) const
{
    return uR"([cloud/lab]
provider=static
hosts=%1

[login/farm]
image_user=%2
user_key_private=%3
user_key_public=%3.pub

[setup/plain]
frontend_groups=common
compute_groups=common
%4
)"_s.arg(hosts(), m_farm.user(), m_farm.clientKeyPath(), setupExtra)
           + cluster;
}

bool CliLab::importConfig(const QString &text, QString *error)
{
    QFile file(path(u"config"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        *error = file.errorString();
        return false;
    }
    file.close();
    const ProcessResult imported = cli({u"import-config"_s, file.fileName()});
    *error = imported.err;
    return imported.exitCode == 0;
}

QJsonArray CliLab::nodes(const QString &cluster) const
{
    const ProcessResult listed = cli({u"list-nodes"_s, cluster, u"--json"_s});
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

int CliLab::hostsInUse() const
{
    const ProcessResult tested = cli({u"account"_s, u"test"_s, u"lab"_s});
    const auto at = tested.out.indexOf(u"Instances: "_s);
    return at < 0 ? -1 : tested.out.mid(at + 11).section(u' ', 0, 0).toInt();
}

QString CliLab::knownHosts(const QString &cluster) const
{
    QFile file(dataDir() + u"/known_hosts/"_s + cluster + u".known_hosts"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString writeFarmProxyScript(const SshNodeFarm &farm,
                             const QString &dir,
                             const QString &addressPrefix,
                             const QString &identify)
{
    QStringList nodes;
    for (int i = 0; i < farm.nodeCount(); ++i)
        nodes << u"%1:%2"_s.arg(farm.address(i)).arg(farm.port(i));
    const QString check
        = addressPrefix.isEmpty()
              ? QString()
              : uR"(case "$1" in %1*) ;; *) echo "not a fake cloud address: $1" >&2; exit 1 ;; esac
)"_s.arg(addressPrefix);
    const QString key
        = identify.isEmpty()
              ? u"key=\"$1\"\n"_s
              : u"key=$( { %1; } 2>/dev/null || true)\n[ -n \"$key\" ] || key=\"$1\"\n"_s.arg(
                  identify);
    const QString map = dir + u"/addresses"_s;
    const QString script = uR"sh(#!/bin/bash
set -e
%3nodes=(%1)
map=%2
touch "$map"
exec 9>"$map.lock"
flock 9
target=$(awk -v h="$key" '$1 == h { print $2 }' "$map")
if [ -z "$target" ]; then
  n=$(wc -l < "$map")
  target=${nodes[$n]}
  [ -n "$target" ] || { echo "no farm node left for $1 ($key)" >&2; exit 1; }
  echo "$key $target" >> "$map"
fi
flock -u 9
exec socat - "TCP:$target"
)sh"_s.arg(nodes.join(u' '), map, check + key);
    QFile file(dir + u"/map-to-farm.sh"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0)
        return {};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return file.fileName();
}

} // namespace cd::test
