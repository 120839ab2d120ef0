#pragma once

#include "model/domain/clustertemplate.h"
#include "model/domain/loginprofile.h"
#include "model/domain/setupprofile.h"

#include <optional>

namespace cd {

// Everything the Create-cluster wizard has gathered, read from its pages. Nothing of it is
// stored until Create.
struct WizardDraft final
{
    enum class KeyMode { File, Generate, Agent };

    QString clusterName;
    CloudAccount account;
    ClusterTemplate base;                    // the template or preset chosen
    bool baseIsStored = false;               // an imported/stored template, not a preset
    std::optional<SetupProfile> presetSetup; // stored on Create when no setup has its name
    QList<NodeKindSpec> kinds;               // as edited on the nodes page
    QString user;
    KeyMode keyMode = KeyMode::File;
    QString privateKey; // File: the chosen key; Generate: where the new key will be made

    int totalCount() const;
    int totalMinCount() const;
    QMap<QString, int> counts() const;
};

// "name", or "name-2", "name-3" … whichever `taken` lacks.
QString uniqueName(const QString &base, const QStringList &taken);

} // namespace cd
