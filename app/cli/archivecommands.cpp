#include "app/cli/archivecommands.h"

#include "model/archive/clusterarchive.h"
#include "model/repository/clusterrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QByteArray readSmallFile(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.read(ClusterArchive::MaxEntryBytes) : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions mode)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    if (!file.commit())
        return false;
    return QFile::setPermissions(path, mode);
}

} // namespace

ExportCommand::~ExportCommand() = default;

void ExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{u"o"_s, u"output"_s}, tr("The ZIP file to write."), u"FILE"_s});
    parser.addOption({u"overwrite"_s, tr("Replace FILE if it exists.")});
    parser.addOption({u"save-keys"_s, tr("Include the SSH private and public key.")});
    const auto cluster = parseWithCluster(parser, arguments);
    if (!cluster)
        return;
    if (!parser.isSet(u"output"_s))
        return failUsage(tr("export: say where to write the archive with -o FILE.zip."));
    ClusterRepository *repo = repository();
    const QString name = cluster->name;

    ArchiveContents contents;
    contents.cluster = *cluster;
    contents.account = repo->account(cluster->cloud);
    contents.login = repo->login(cluster->login);
    contents.setup = repo->setup(cluster->setup);
    contents.knownHosts = readSmallFile(context().dataDir.knownHostsFile(name));
    if (parser.isSet(u"save-keys"_s)) {
        if (!contents.login)
            return fail(tr("export: cluster “%1” has no login profile, so there are no keys "
                           "to save.")
                            .arg(name));
        for (const QString &path :
             {contents.login->userKeyPrivate, contents.login->userKeyPublic}) {
            if (path.isEmpty())
                continue;
            bool ok = false;
            const QByteArray key = readSmallFile(path, &ok);
            if (!ok)
                return fail(tr("export: cannot read the key file %1.").arg(path));
            contents.keys.insert(QFileInfo(path).fileName(), key);
        }
    }
    const QString output = parser.value(u"output"_s);
    if (auto written = ClusterArchive::write(output, contents, parser.isSet(u"overwrite"_s));
        !written)
        return fail(written.error());
    out() << tr("Exported cluster “%1” to %2%3")
                 .arg(name, output,
                      contents.keys.isEmpty()
                          ? QString()
                          : tr(" (with %n key file(s))", nullptr, int(contents.keys.size())))
          << '\n';
    finishLater(ExitOk);
}

ImportCommand::~ImportCommand() = default;

void ImportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"rename"_s, tr("Store the cluster under NAME."), u"NAME"_s});
    parser.addPositionalArgument(u"FILE"_s, tr("A ZIP written by export."));
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return failUsage(tr("import: give exactly one archive."));
    auto read = ClusterArchive::read(parser.positionalArguments().first());
    if (!read)
        return fail(read.error());
    ArchiveContents contents = std::move(read).value();
    if (parser.isSet(u"rename"_s)) {
        const QString rename = parser.value(u"rename"_s).trimmed();
        if (rename.isEmpty() || rename.contains(u'/'))
            return failUsage(tr("import: “%1” is not a usable cluster name.").arg(rename));
        contents.cluster.name = rename;
    }
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);
    const QString name = contents.cluster.name;
    if (repo->cluster(name))
        return fail(
            tr("A cluster named “%1” already exists; import it with --rename NAME.").arg(name));

    // Keys go to the data dir first (private: 0600), and the login is pointed at them.
    const QString keyDir = context().dataDir.keysDir() + u'/' + name;
    if (!contents.keys.isEmpty()) {
        if (!QDir().mkpath(keyDir))
            return fail(tr("Cannot create %1.").arg(keyDir));
        for (auto it = contents.keys.cbegin(); it != contents.keys.cend(); ++it) {
            const bool isPublic = it.key().endsWith(u".pub"_s);
            const QString path = keyDir + u'/' + it.key();
            if (!writeFile(path, it.value(),
                           isPublic ? QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::ReadOther
                                    : QFile::ReadOwner | QFile::WriteOwner))
                return fail(tr("Cannot write the key file %1.").arg(path));
            if (contents.login) {
                if (isPublic)
                    contents.login->userKeyPublic = path;
                else
                    contents.login->userKeyPrivate = path;
            }
        }
    }
    // Definitions the cluster refers to are added when missing, never overwritten.
    ConfigBundle missing;
    if (contents.account && !repo->account(contents.account->name))
        missing.accounts << *contents.account;
    if (contents.login && !repo->login(contents.login->name))
        missing.logins << *contents.login;
    if (contents.setup && !repo->setup(contents.setup->name))
        missing.setups << *contents.setup;
    if (auto saved = repo->saveConfig(missing); !saved)
        return fail(saved.error());
    if (!contents.knownHosts.isEmpty()) {
        QDir().mkpath(context().dataDir.knownHostsDir());
        if (!writeFile(context().dataDir.knownHostsFile(name), contents.knownHosts,
                       QFile::ReadOwner | QFile::WriteOwner))
            return fail(tr("Cannot write the known_hosts file for “%1”.").arg(name));
    }
    if (auto added = repo->addCluster(contents.cluster); !added)
        return fail(added.error());
    ClusterEvent event;
    event.cluster = name;
    event.text = tr("Cluster imported from %1.").arg(parser.positionalArguments().first());
    repo->appendEvent(event).ok();
    out() << tr("Imported cluster “%1” with %n node(s).", nullptr,
                int(contents.cluster.nodes.size()))
                 .arg(name)
          << '\n';
    finishLater(ExitOk);
}

} // namespace cd
