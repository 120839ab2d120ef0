#pragma once

#include "widgets/wizard/wizarddraft.h"

#include <QObject>
#include <QPointer>

namespace cd {

class ClusterController;
class ClusterRepository;
class WizardKeyGen;

// What Create does, in order: makes the key (when asked to generate one), stores the setup
// preset, the login and the template where no stored one says the same, and creates the
// cluster (all nodes Planned). finished(cluster, error) ends it; the caller starts the
// cluster. Before this runs nothing is stored.
class WizardCommit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardCommit)

public:
    WizardCommit(ClusterRepository *repository,
                 ClusterController *controller,
                 WizardDraft draft,
                 QObject *parent = nullptr);
    ~WizardCommit() override;

    void start();

    // What would be stored (names decided against the repository), for the review page.
    static LoginProfile loginFor(const WizardDraft &draft, const ClusterRepository &repository);
    static ClusterTemplate templateFor(const WizardDraft &draft,
                                       const LoginProfile &login,
                                       const ClusterRepository &repository);

signals:
    void finished(const QString &cluster, const QString &error);

private:
    void store();

    QPointer<ClusterRepository> m_repository;
    QPointer<ClusterController> m_controller;
    WizardDraft m_draft;
    WizardKeyGen *m_keyGen = nullptr;
};

} // namespace cd
