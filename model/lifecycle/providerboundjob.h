#pragma once

#include "model/core/job.h"
#include "providers/cloud/cloudprovider.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace cd {

class ClusterController;

// A job that first obtains the cluster's cloud provider (reading credentials from the
// keychain, asynchronously) and then runs the real job made for it, passing progress,
// cancel and the outcome through.
class ProviderBoundJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderBoundJob)

public:
    using Maker = std::function<Job *(std::shared_ptr<CloudProvider> provider, QObject *parent)>;

    ProviderBoundJob(ClusterController *controller,
                     QString account,
                     Maker make,
                     QObject *parent = nullptr);
    ~ProviderBoundJob() override;

    Job *inner() const { return m_inner; }

signals:
    void innerCreated(cd::Job *inner);

protected:
    void doStart() override;
    void doCancel() override;

private:
    QPointer<ClusterController> m_controller;
    QString m_account;
    Maker m_make;
    QPointer<Job> m_inner;
};

} // namespace cd
