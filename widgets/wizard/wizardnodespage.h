#pragma once

#include "model/domain/clustertemplate.h"

#include <QWizardPage>

class QLabel;
class QTabWidget;

namespace cd {

class CreateClusterWizard;
class WizardKindEditor;

// Third page: one tab per node kind of the chosen template — counts, image, flavor, spot.
// Rebuilt only when the template or the account changed, so going back keeps what was typed.
class WizardNodesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardNodesPage)

public:
    explicit WizardNodesPage(CreateClusterWizard *wizard);
    ~WizardNodesPage() override;

    void initializePage() override;
    void cleanupPage() override {} // keep the edits when going back
    bool isComplete() const override;

    QList<NodeKindSpec> kinds() const;
    WizardKindEditor *editor(const QString &kind) const;
    QTabWidget *tabs() const { return m_tabs; }
    QString problem() const { return m_problem; }

private:
    void validate();

    CreateClusterWizard *m_wizard;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_error = nullptr;
    QList<WizardKindEditor *> m_editors;
    QString m_builtFor; // template id + account the editors were made for
    QString m_problem;
};

} // namespace cd
