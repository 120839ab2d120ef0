#include "widgets/wizard/wizardtemplatepage.h"

#include "model/models/templatemodel.h"
#include "model/repository/clusterrepository.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/fielderror.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

WizardTemplatePage::WizardTemplatePage(CreateClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_templates(new TemplateModel(wizard->repository(), this))
    , m_presets(wizardPresets())
{
    setObjectName(u"templatePage"_s);
    setTitle(tr("Template"));
    setSubTitle(tr("Start from a preset or from one of your templates; the next page adjusts "
                   "its nodes."));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Template or preset:"), this);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateList"_s);
    m_list->setToolTip(tr("Presets come with ClusterDeck; templates are imported from "
                          "ElastiCluster configurations or saved by this wizard"));
    label->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    m_info = new QLabel(this);
    m_info->setObjectName(u"templateInfo"_s);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    m_error = makeErrorLabel(u"templateError"_s, this);
    layout->addWidget(m_error);

    connect(m_list, &QListWidget::currentRowChanged, this, &WizardTemplatePage::validate);
    connect(m_templates, &QAbstractItemModel::modelReset, this, &WizardTemplatePage::reload);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_templates, signal, this, &WizardTemplatePage::reload);
    reload();
}

WizardTemplatePage::~WizardTemplatePage() = default;

void WizardTemplatePage::reload()
{
    const QString current = selectedId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const WizardPreset &p : m_presets) {
            auto *item = new QListWidgetItem(tr("%1 — preset").arg(p.title), m_list);
            item->setData(Qt::UserRole, p.id);
            item->setToolTip(p.description);
        }
        for (int row = 0; row < m_templates->rowCount(); ++row) {
            const ClusterTemplate *t = m_templates->templateAt(row);
            auto *item = new QListWidgetItem(
                tr("%1 — %2").arg(t->name, TemplateModel::kindsSummary(*t)), m_list);
            item->setData(Qt::UserRole, t->name);
            item->setToolTip(t->sourceFile.isEmpty() ? tr("Cloud: %1").arg(t->cloud)
                                                     : tr("From %1").arg(t->sourceFile));
        }
    }
    select(current);
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    validate();
}

void WizardTemplatePage::select(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
}

QString WizardTemplatePage::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void WizardTemplatePage::fill(WizardDraft &draft) const
{
    const QString id = selectedId();
    for (const WizardPreset &p : m_presets)
        if (p.id == id) {
            draft.base = p.tmpl;
            draft.baseIsStored = false;
            draft.presetSetup = p.setup;
            return;
        }
    if (const auto stored = m_wizard->repository()->clusterTemplate(id)) {
        draft.base = *stored;
        draft.baseIsStored = true;
        draft.presetSetup.reset();
    }
}

void WizardTemplatePage::validate()
{
    WizardDraft draft;
    fill(draft);
    QString info;
    m_problem.clear();
    if (selectedId().isEmpty() || draft.base.kinds.isEmpty()) {
        m_problem = selectedId().isEmpty() ? tr("Choose a template or a preset.")
                                           : tr("This template has no node kinds.");
    } else if (!draft.baseIsStored) {
        for (const WizardPreset &p : m_presets)
            if (p.id == selectedId())
                info = p.description;
    } else {
        info = tr("Nodes: %1.").arg(TemplateModel::kindsSummary(draft.base));
        if (!draft.base.startable())
            info += u' '
                    + tr("Imported as incomplete (%1); this wizard supplies the account and "
                         "login.")
                          .arg(draft.base.whyNotStartable());
    }
    m_info->setText(info);
    showError(m_error, m_problem);
    emit completeChanged();
}

bool WizardTemplatePage::isComplete() const
{
    return m_problem.isEmpty();
}

} // namespace cd
