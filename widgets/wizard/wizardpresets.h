#pragma once

#include "widgets/wizard/wizarddraft.h"

namespace cd {

// The templates the wizard offers besides the stored ones: a SLURM cluster (configured by the
// shipped playbook) and plain nodes (nothing configured).
struct WizardPreset final
{
    QString id;
    QString title;
    QString description;
    ClusterTemplate tmpl;
    std::optional<SetupProfile> setup;
};

QList<WizardPreset> wizardPresets();

} // namespace cd
