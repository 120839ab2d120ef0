#include "widgets/wizard/wizardnodespage.h"

#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/fielderror.h"
#include "widgets/wizard/wizardaccountpage.h"
#include "widgets/wizard/wizardcatalog.h"
#include "widgets/wizard/wizardkindeditor.h"
#include "widgets/wizard/wizardtemplatepage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

WizardNodesPage::WizardNodesPage(CreateClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"nodesPage"_s);
    setTitle(tr("Nodes"));
    setSubTitle(tr("How many nodes of each kind, and what each one looks like."));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"kindTabs"_s);
    layout->addWidget(m_tabs, 1);
    m_error = makeErrorLabel(u"nodesError"_s, this);
    layout->addWidget(m_error);
}

WizardNodesPage::~WizardNodesPage() = default;

void WizardNodesPage::initializePage()
{
    const auto account = m_wizard->accountPage()->account();
    if (!account)
        return;
    const QString key = m_wizard->templatePage()->selectedId() + u'\n' + account->name;
    m_wizard->ensureCatalog(*account);
    if (key == m_builtFor)
        return;
    m_builtFor = key;
    m_tabs->clear();
    qDeleteAll(m_editors);
    m_editors.clear();
    WizardDraft draft;
    m_wizard->templatePage()->fill(draft);
    for (const NodeKindSpec &kind : draft.base.kinds) {
        auto *editor = new WizardKindEditor(kind, account->type, m_wizard->catalog(), m_tabs);
        m_tabs->addTab(editor, kind.name);
        m_editors.append(editor);
        connect(editor, &WizardKindEditor::changed, this, &WizardNodesPage::validate);
    }
    validate();
}

WizardKindEditor *WizardNodesPage::editor(const QString &kind) const
{
    for (WizardKindEditor *e : m_editors)
        if (e->kindName() == kind)
            return e;
    return nullptr;
}

QList<NodeKindSpec> WizardNodesPage::kinds() const
{
    QList<NodeKindSpec> kinds;
    for (const WizardKindEditor *e : m_editors)
        kinds << e->spec();
    return kinds;
}

void WizardNodesPage::validate()
{
    m_problem.clear();
    int total = 0;
    for (int i = 0; i < m_editors.size(); ++i) {
        const WizardKindEditor *e = m_editors.at(i);
        total += e->spec().count;
        // The tab says which kind needs attention, not only its colour-free text.
        m_tabs->setTabText(i, e->problem().isEmpty() ? e->kindName()
                                                     : tr("%1 (!)").arg(e->kindName()));
        m_tabs->setTabToolTip(i, e->problem());
        if (m_problem.isEmpty())
            m_problem = e->problem();
    }
    QString pageProblem;
    if (m_problem.isEmpty() && total == 0)
        m_problem = pageProblem = tr("Ask for at least one node.");
    showError(m_error, pageProblem);
    emit completeChanged();
}

bool WizardNodesPage::isComplete() const
{
    return !m_editors.isEmpty() && m_problem.isEmpty();
}

} // namespace cd
