#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace cd {

class CreateClusterWizard;

// Last page: what Create will store and start, and — where the cloud can tell — whether the
// quota leaves room for it. Not enough room for the minimum counts blocks Create; not enough
// for all of them is a warning.
class WizardReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardReviewPage)

public:
    explicit WizardReviewPage(CreateClusterWizard *wizard);
    ~WizardReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QString summary() const;
    QString quotaText() const;
    QProgressBar *quotaIndicator() const { return m_quotaLoading; }
    bool quotaBlocks() const { return m_quotaBlocks; }
    // Shown while Create runs, and what went wrong if it failed.
    void setCreating(bool creating, const QString &error = {});

private:
    void checkQuota();

    CreateClusterWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QProgressBar *m_quotaLoading = nullptr;
    QLabel *m_quota = nullptr;
    QLabel *m_createStatus = nullptr;
    QLabel *m_createError = nullptr;
    quint64 m_generation = 0;
    bool m_quotaBlocks = false;
    bool m_creating = false;
};

} // namespace cd
