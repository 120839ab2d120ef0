#pragma once

#include "model/domain/clustertemplate.h"
#include "model/domain/loginprofile.h"
#include "model/domain/setupprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// One problem found while importing, at a file and line (line 0: the file as a whole).
// Error: something was not imported (a line, a section). Warning: it was imported, perhaps
// changed (a renamed key) or marked not startable.
struct ImportIssue final
{
    enum class Severity { Warning, Error };

    QString file;
    int line = 0;
    Severity severity = Severity::Warning;
    QString message; // a sentence naming the section and key

    // "FILE:LINE: warning: MESSAGE", the way compilers report, for the CLI and logs.
    QString toString() const;

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

// A credential read from a [cloud/…] section, on its way to the OS keychain. `ref` is the
// SecretStore key, e.g. "account/mycloud/ec2_secret_key", also found in the account's
// `secretRefs`; the value appears nowhere else in an ImportResult.
struct ImportedSecret final
{
    QString ref;
    QByteArray value;

    friend bool operator==(const ImportedSecret &, const ImportedSecret &) = default;
};

// Everything one import produced, in the order the sections were declared.
struct ImportResult final
{
    QList<CloudAccount> accounts;
    QList<LoginProfile> logins;
    QList<SetupProfile> setups;
    QList<ClusterTemplate> templates;
    QList<ImportedSecret> secrets;
    QList<ImportIssue> issues; // by file (in reading order), then line
    QStringList filesRead;

    bool hasErrors() const;

    friend bool operator==(const ImportResult &, const ImportResult &) = default;
};

// Names already stored in ClusterDeck: a template referring to one of these is complete even
// though the imported files do not define it.
struct KnownNames final
{
    QStringList clouds;
    QStringList logins;
    QStringList setups;
};

} // namespace cd
