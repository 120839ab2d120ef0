#include "model/archive/clusterarchive.h"

#include "model/domain/domainjson.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString ManifestName = u"clusterdeck-export.json"_s;
const QString KnownHostsName = u"known_hosts"_s;
const QString KeysPrefix = u"keys/"_s;

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data, bool secret)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(secret ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                               : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == UNZ_OK;
}

} // namespace

Result<Done, QString>
ClusterArchive::write(const QString &path, const ArchiveContents &contents, bool overwrite)
{
    if (QFileInfo::exists(path) && !overwrite)
        return tr("%1 already exists; pass --overwrite to replace it.").arg(path);

    QJsonObject manifest{{u"format"_s, FormatVersion},
                         {u"cluster"_s, json::toJson(contents.cluster)}};
    if (contents.account)
        manifest.insert(u"account"_s, json::toJson(*contents.account));
    if (contents.login)
        manifest.insert(u"login"_s, json::toJson(*contents.login));
    if (contents.setup)
        manifest.insert(u"setup"_s, json::toJson(*contents.setup));

    const QString partial = path + u".part"_s;
    QFile::remove(partial);
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate))
            return tr("Cannot create %1 (error %2).").arg(partial).arg(zip.getZipError());
        bool ok = addEntry(zip, ManifestName, QJsonDocument(manifest).toJson(), false)
                  && addEntry(zip, KnownHostsName, contents.knownHosts, false);
        for (auto it = contents.keys.cbegin(); ok && it != contents.keys.cend(); ++it)
            ok = addEntry(zip, KeysPrefix + QFileInfo(it.key()).fileName(), it.value(), true);
        zip.close();
        if (!ok || zip.getZipError() != UNZ_OK) {
            QFile::remove(partial);
            return tr("Writing %1 failed (disk full?).").arg(path);
        }
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return tr("Cannot replace %1.").arg(path);
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return tr("Cannot move the archive into place at %1.").arg(path);
    }
    return Done{};
}

Result<ArchiveContents, QString> ClusterArchive::read(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return tr("%1 is not a readable ZIP archive.").arg(path);

    ArchiveContents contents;
    QByteArray manifestBytes;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return tr("%1 is damaged: an entry cannot be read.").arg(path);
        if (info.uncompressedSize > quint64(MaxEntryBytes))
            return tr("%1: the entry %2 is too large (%3 bytes).")
                .arg(path, info.name)
                .arg(info.uncompressedSize);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return tr("%1: the entry %2 cannot be opened.").arg(path, info.name);
        const QByteArray data = file.read(MaxEntryBytes + 1);
        file.close();
        if (data.size() > MaxEntryBytes || file.getZipError() != UNZ_OK)
            return tr("%1: the entry %2 is damaged or too large.").arg(path, info.name);
        if (info.name == ManifestName)
            manifestBytes = data;
        else if (info.name == KnownHostsName)
            contents.knownHosts = data;
        else if (info.name.startsWith(KeysPrefix) && info.name.size() > KeysPrefix.size()
                 && !info.name.contains(u".."_s))
            contents.keys.insert(QFileInfo(info.name).fileName(), data);
    }
    zip.close();

    if (manifestBytes.isEmpty())
        return tr("%1 is not a ClusterDeck export (no %2 inside).").arg(path, ManifestName);
    QJsonParseError error{};
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes, &error).object();
    if (error.error != QJsonParseError::NoError)
        return tr("%1: %2 is not valid JSON: %3").arg(path, ManifestName, error.errorString());
    const int format = manifest.value(u"format"_s).toInt();
    if (format < 1 || format > FormatVersion)
        return tr("%1 was written in export format %2, which this version cannot read.")
            .arg(path)
            .arg(format);
    contents.cluster = json::clusterFromJson(manifest.value(u"cluster"_s).toObject());
    if (contents.cluster.name.isEmpty())
        return tr("%1: the cluster in the archive has no name.").arg(path);
    if (manifest.contains(u"account"_s))
        contents.account = json::accountFromJson(manifest.value(u"account"_s).toObject());
    if (manifest.contains(u"login"_s))
        contents.login = json::loginFromJson(manifest.value(u"login"_s).toObject());
    if (manifest.contains(u"setup"_s))
        contents.setup = json::setupFromJson(manifest.value(u"setup"_s).toObject());
    return contents;
}

} // namespace cd
