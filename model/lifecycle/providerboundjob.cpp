#include "model/lifecycle/providerboundjob.h"

#include "model/lifecycle/clustercontroller.h"

namespace cd {

ProviderBoundJob::ProviderBoundJob(ClusterController *controller,
                                   QString account,
                                   Maker make,
                                   QObject *parent)
    : Job(parent)
    , m_controller(controller)
    , m_account(std::move(account))
    , m_make(std::move(make))
{}

ProviderBoundJob::~ProviderBoundJob() = default;

void ProviderBoundJob::doStart()
{
    if (!m_controller)
        return failWith(tr("Internal error: no controller."));
    emit progress(0, 0, tr("Connecting to the cloud account “%1”").arg(m_account));
    m_controller->providerFor(m_account).then(
        this, [this](const Result<std::shared_ptr<CloudProvider>, QString> &provider) {
            if (!provider.ok())
                return failWith(provider.error());
            if (isCancelRequested())
                return finishCancelled();
            m_inner = m_make(provider.value(), this);
            connect(m_inner, &Job::progress, this, &Job::progress);
            connect(m_inner, &Job::finished, this, [this](Outcome outcome) {
                switch (outcome) {
                case Outcome::Succeeded:
                    return succeed();
                case Outcome::Cancelled:
                    return finishCancelled();
                default:
                    return failWith(m_inner->errorString());
                }
            });
            emit innerCreated(m_inner);
            m_inner->start();
        });
}

void ProviderBoundJob::doCancel()
{
    if (m_inner)
        m_inner->cancel();
}

} // namespace cd
