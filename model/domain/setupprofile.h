#pragma once

#include "model/domain/cloudaccount.h"

#include <QStringList>

namespace cd {

// How nodes are configured ([setup/NAME]): which Ansible groups each node kind plays, and the
// variables and Ansible settings of the run.
struct SetupProfile final
{
    QString name;
    QString provider = QStringLiteral("ansible");
    QMap<QString, QStringList> kindGroups; // <kind>_groups
    StringMap globalVars;                  // global_var_<name>
    QMap<QString, StringMap> kindVars;     // <kind>_var_<name>
    StringMap ansibleSettings;             // ansible_<option> (not command/extra_args)
    QString playbookPath;                  // playbook_path
    QString ansibleCommand;                // ansible_command
    QString ansibleExtraArgs;              // ansible_extra_args
    StringMap settings;                    // everything else, by key
    QString sourceFile;
    QDateTime updated;

    friend bool operator==(const SetupProfile &, const SetupProfile &) = default;
};

} // namespace cd
