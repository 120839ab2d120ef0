#pragma once

#include "model/domain/cloudaccount.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class CreateClusterWizard;

// First page: the cluster's name and the account its nodes come from (or add one through
// the accounts dialog, which the page opens without blocking).
class WizardAccountPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardAccountPage)

public:
    explicit WizardAccountPage(CreateClusterWizard *wizard);
    ~WizardAccountPage() override;

    bool isComplete() const override;
    QString clusterName() const;
    std::optional<CloudAccount> account() const;
    QString problem() const { return m_problem; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *accountCombo() const { return m_account; }
    QPushButton *accountsButton() const { return m_manage; }
    void selectAccount(const QString &name);

private:
    void reloadAccounts();
    void openAccounts();
    void validate();

    CreateClusterWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_account = nullptr;
    QLabel *m_accountError = nullptr;
    QPushButton *m_manage = nullptr;
    QString m_problem;
};

} // namespace cd
