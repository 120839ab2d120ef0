#pragma once

#include "widgets/wizard/wizarddraft.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cd {

class CreateClusterWizard;

// Fourth page: how to log in to the nodes — the user, and a key: an existing file, a new
// ed25519 key (made with ssh-keygen when Create is pressed, not before), or the ssh-agent.
class WizardLoginPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardLoginPage)

public:
    explicit WizardLoginPage(CreateClusterWizard *wizard);
    ~WizardLoginPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    void fill(WizardDraft &draft) const;
    QString problem() const { return m_problem; }

    QLineEdit *userEdit() const { return m_user; }
    QRadioButton *fileButton() const { return m_file; }
    QRadioButton *generateButton() const { return m_generate; }
    QRadioButton *agentButton() const { return m_agent; }
    QLineEdit *keyPathEdit() const { return m_keyPath; }
    // Where a generated key would go (keys folder of the data dir, a free name).
    QString generatedKeyPath() const;

private:
    void browse();
    void validate();

    CreateClusterWizard *m_wizard;
    QLineEdit *m_user = nullptr;
    QLabel *m_userError = nullptr;
    QRadioButton *m_file = nullptr;
    QRadioButton *m_generate = nullptr;
    QRadioButton *m_agent = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_keyNote = nullptr;
    QLabel *m_keyError = nullptr;
    bool m_initialized = false;
    QString m_problem;
};

} // namespace cd
