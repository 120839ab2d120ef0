#include "widgets/wizard/wizardpresets.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(WizardPresets)
};

NodeKindSpec kind(const QString &name, int count, int minCount)
{
    NodeKindSpec k;
    k.name = name;
    k.count = count;
    k.minCount = minCount;
    return k;
}

} // namespace

QList<WizardPreset> wizardPresets()
{
    WizardPreset slurm;
    slurm.id = u"preset:slurm"_s;
    slurm.title = Tr::tr("SLURM cluster");
    slurm.description = Tr::tr("A frontend running the SLURM controller and sharing /home over "
                               "NFS, and compute nodes that run the jobs.");
    slurm.tmpl.name = u"slurm"_s;
    slurm.tmpl.kinds = {kind(u"frontend"_s, 1, 1), kind(u"compute"_s, 2, 1)};
    slurm.tmpl.sshTo = u"frontend"_s;
    SetupProfile setup;
    setup.name = u"clusterdeck-slurm"_s; // the groups of the shipped site.yml
    setup.kindGroups.insert(u"frontend"_s, {u"slurm_master"_s, u"nfs_server"_s});
    setup.kindGroups.insert(u"compute"_s, {u"slurm_worker"_s, u"nfs_client"_s});
    slurm.setup = setup;
    slurm.tmpl.setup = setup.name;

    WizardPreset plain;
    plain.id = u"preset:plain"_s;
    plain.title = Tr::tr("Plain nodes");
    plain.description = Tr::tr("Machines with nothing installed on them.");
    plain.tmpl.name = u"nodes"_s;
    plain.tmpl.kinds = {kind(u"node"_s, 2, 1)};
    return {slurm, plain};
}

int WizardDraft::totalCount() const
{
    int n = 0;
    for (const NodeKindSpec &k : kinds)
        n += k.count;
    return n;
}

int WizardDraft::totalMinCount() const
{
    int n = 0;
    for (const NodeKindSpec &k : kinds)
        n += k.minCount;
    return n;
}

QMap<QString, int> WizardDraft::counts() const
{
    QMap<QString, int> counts;
    for (const NodeKindSpec &k : kinds)
        counts.insert(k.name, k.count);
    return counts;
}

QString uniqueName(const QString &base, const QStringList &taken)
{
    QString name = base;
    for (int i = 2; taken.contains(name); ++i)
        name = u"%1-%2"_s.arg(base).arg(i);
    return name;
}

} // namespace cd
