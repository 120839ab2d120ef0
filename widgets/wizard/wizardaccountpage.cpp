#include "widgets/wizard/wizardaccountpage.h"

#include "model/lifecycle/clusterplan.h"
#include "model/repository/clusterrepository.h"
#include "widgets/accounts/accountsdialog.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/fielderror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace cd {

WizardAccountPage::WizardAccountPage(CreateClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"accountPage"_s);
    setTitle(tr("Name and cloud"));
    setSubTitle(tr("Name the cluster and choose where its nodes come from."));
    auto *form = new QFormLayout(this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"clusterName"_s);
    m_name->setToolTip(tr("Letters, digits and -, starting with a letter; node host names "
                          "start with it"));
    form->addRow(tr("Cluster na&me:"), m_name);
    m_nameError = makeErrorLabel(u"clusterNameError"_s, this);
    form->addRow(QString(), m_nameError);

    auto *row = new QHBoxLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(u"accountCombo"_s);
    m_account->setToolTip(tr("The cloud account or pool of machines the nodes come from"));
    m_manage = new QPushButton(tr("&Accounts…"), this);
    m_manage->setObjectName(u"manageAccounts"_s);
    m_manage->setToolTip(tr("Add, edit or test cloud accounts"));
    row->addWidget(m_account, 1);
    row->addWidget(m_manage);
    auto *accountLabel = new QLabel(tr("&Cloud account:"), this); // a row layout takes no buddy
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, row);
    m_accountError = makeErrorLabel(u"accountError"_s, this);
    form->addRow(QString(), m_accountError);
    setTabOrder(m_name, m_account);
    setTabOrder(m_account, m_manage);

    connect(m_name, &QLineEdit::textChanged, this, &WizardAccountPage::validate);
    connect(m_account, &QComboBox::currentIndexChanged, this, &WizardAccountPage::validate);
    connect(m_manage, &QPushButton::clicked, this, &WizardAccountPage::openAccounts);
    connect(wizard->repository(), &ClusterRepository::configChanged, this,
            &WizardAccountPage::reloadAccounts);
    reloadAccounts();
}

WizardAccountPage::~WizardAccountPage() = default;

void WizardAccountPage::reloadAccounts()
{
    const QString current = m_account->currentData().toString();
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        for (const CloudAccount &a : m_wizard->repository()->accounts()) {
            const QString text = a.startable()
                                     ? tr("%1 (%2)").arg(a.name, CloudAccount::typeName(a.type))
                                     : tr("%1 (cannot be used)").arg(a.name);
            m_account->addItem(text, a.name);
        }
        const int index = m_account->findData(current);
        m_account->setCurrentIndex(index >= 0 ? index : 0);
    }
    validate();
}

void WizardAccountPage::selectAccount(const QString &name)
{
    m_account->setCurrentIndex(m_account->findData(name));
}

void WizardAccountPage::openAccounts()
{
    ClusterController *controller = m_wizard->controller();
    auto *dialog = new AccountsDialog(
        m_wizard->repository(), controller ? controller->secrets() : nullptr, controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::saved, this, &WizardAccountPage::selectAccount);
    dialog->open();
}

QString WizardAccountPage::clusterName() const
{
    return m_name->text().trimmed();
}

std::optional<CloudAccount> WizardAccountPage::account() const
{
    return m_wizard->repository()->account(m_account->currentData().toString());
}

void WizardAccountPage::validate()
{
    m_problem.clear();
    QString nameProblem;
    const QString name = clusterName();
    if (name.isEmpty())
        nameProblem = tr("Name the cluster.");
    else if (!ClusterPlan::isValidName(name))
        nameProblem = tr("Use letters, digits and -, starting with a letter (at most 63).");
    else if (m_wizard->repository()->cluster(name))
        nameProblem = tr("A cluster with this name exists.");
    showError(m_nameError, nameProblem);
    QString accountProblem;
    const auto account = this->account();
    if (!account)
        accountProblem = m_account->count() == 0
                             ? tr("There is no cloud account yet: add one with Accounts….")
                             : tr("Choose a cloud account.");
    else if (!account->startable())
        accountProblem = tr("This account cannot be used: %1").arg(account->notStartableReason);
    showError(m_accountError, accountProblem);
    m_problem = nameProblem.isEmpty() ? accountProblem : nameProblem;
    emit completeChanged();
}

bool WizardAccountPage::isComplete() const
{
    return m_problem.isEmpty();
}

} // namespace cd
