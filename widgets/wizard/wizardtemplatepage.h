#pragma once

#include "widgets/wizard/wizardpresets.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace cd {

class CreateClusterWizard;
class TemplateModel;

// Second page: what the cluster is made of — a preset (SLURM, plain nodes) or a stored
// template (imported from ElastiCluster or made here before). The next page edits its kinds.
class WizardTemplatePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardTemplatePage)

public:
    explicit WizardTemplatePage(CreateClusterWizard *wizard);
    ~WizardTemplatePage() override;

    bool isComplete() const override;
    // Selects a preset ("preset:slurm", "preset:plain") or a stored template by name.
    void select(const QString &id);
    // An id that changes when the choice does (the nodes page rebuilds its kinds then).
    QString selectedId() const;
    // The chosen template, preset or stored; fills base, baseIsStored and presetSetup.
    void fill(WizardDraft &draft) const;
    QListWidget *list() const { return m_list; }
    QString problem() const { return m_problem; }

private:
    void reload();
    void validate();

    CreateClusterWizard *m_wizard;
    TemplateModel *m_templates = nullptr;
    QList<WizardPreset> m_presets;
    QListWidget *m_list = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_error = nullptr;
    QString m_problem;
};

} // namespace cd
