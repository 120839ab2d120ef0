#include "widgets/createclusterdialog.h"

#include "model/lifecycle/clusterplan.h"
#include "model/repository/clusterrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

CreateClusterDialog::CreateClusterDialog(ClusterRepository *repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("createClusterDialog"));
    setWindowTitle(tr("Create cluster"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->setToolTip(tr("The template the cluster is made from; import ElastiCluster "
                              "configs to get templates"));
    for (const ClusterTemplate &t : m_repository->templates())
        m_template->addItem(t.startable() ? t.name : tr("%1 (incomplete)").arg(t.name), t.name);
    form->addRow(tr("&Template:"), m_template);
    m_templateInfo = new QLabel(this);
    m_templateInfo->setObjectName(QStringLiteral("templateInfo"));
    m_templateInfo->setWordWrap(true);
    form->addRow(QString(), m_templateInfo);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_name->setToolTip(tr("Letters, digits and -, starting with a letter"));
    form->addRow(tr("Cluster &name:"), m_name);
    m_nameError = new QLabel(this);
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_nameError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_nameError->setWordWrap(true);
    form->addRow(QString(), m_nameError);

    auto *kinds = new QGroupBox(tr("Nodes"), this);
    m_kindsForm = new QFormLayout(kinds);
    layout->addWidget(kinds);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate and start"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            &CreateClusterDialog::templateChanged);
    connect(m_name, &QLineEdit::textChanged, this, &CreateClusterDialog::validate);
    templateChanged();
}

CreateClusterDialog::~CreateClusterDialog() = default;

QString CreateClusterDialog::templateName() const
{
    return m_template->currentData().toString();
}

QString CreateClusterDialog::clusterName() const
{
    return m_name->text().trimmed();
}

QMap<QString, int> CreateClusterDialog::counts() const
{
    QMap<QString, int> counts;
    for (const auto &[kind, spin] : m_kindCounts)
        counts.insert(kind, spin->value());
    return counts;
}

void CreateClusterDialog::setTemplate(const QString &name)
{
    m_template->setCurrentIndex(m_template->findData(name));
}

void CreateClusterDialog::setClusterName(const QString &name)
{
    m_name->setText(name);
}

void CreateClusterDialog::templateChanged()
{
    while (m_kindsForm->rowCount() > 0)
        m_kindsForm->removeRow(0);
    m_kindCounts.clear();
    const auto tmpl = m_repository->clusterTemplate(templateName());
    if (tmpl) {
        m_templateInfo->setText(tmpl->startable()
                                    ? tr("Cloud: %1").arg(tmpl->cloud)
                                    : tr("Cannot start: %1").arg(tmpl->notStartableReason));
        for (const NodeKindSpec &kind : tmpl->kinds) {
            auto *spin = new QSpinBox(this);
            spin->setObjectName(QStringLiteral("count_") + kind.name);
            spin->setRange(kind.minCount, 1000);
            spin->setValue(kind.count);
            spin->setToolTip(tr("At least %1 (the template's minimum)").arg(kind.minCount));
            m_kindsForm->addRow(kind.name + u':', spin);
            m_kindCounts.append({kind.name, spin});
        }
        if (m_name->text().isEmpty())
            m_name->setText(tmpl->name);
    } else {
        m_templateInfo->setText(tr("No templates yet: import an ElastiCluster configuration "
                                   "first (File › Import)."));
    }
    validate();
}

void CreateClusterDialog::validate()
{
    m_problem.clear();
    const auto tmpl = m_repository->clusterTemplate(templateName());
    if (!tmpl)
        m_problem = tr("Choose a template.");
    else if (!tmpl->startable())
        m_problem = tr("This template cannot be started: %1").arg(tmpl->notStartableReason);
    QString nameProblem;
    if (!ClusterPlan::isValidName(clusterName()))
        nameProblem = tr("Use letters, digits and -, starting with a letter (at most 63).");
    else if (m_repository->cluster(clusterName()))
        nameProblem = tr("A cluster with this name exists.");
    m_nameError->setText(nameProblem);
    m_nameError->setVisible(!nameProblem.isEmpty());
    if (m_problem.isEmpty())
        m_problem = nameProblem;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(m_problem);
}

} // namespace cd
