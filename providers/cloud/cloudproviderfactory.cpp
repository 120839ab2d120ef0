#include "providers/cloud/cloudproviderfactory.h"

#include <QCoreApplication>

namespace cd {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(CloudProviderFactory)
};

} // namespace

void CloudProviderFactory::registerType(const QString &type, Creator creator)
{
    m_creators.insert(type, std::move(creator));
}

std::unique_ptr<CloudProvider> CloudProviderFactory::create(const ProviderConfig &config,
                                                            const ProviderContext &context,
                                                            QString *error) const
{
    const auto it = m_creators.constFind(config.type);
    if (it == m_creators.cend()) {
        if (error)
            *error = Tr::tr("ClusterDeck cannot start clusters on “%1” clouds (account “%2”).")
                         .arg(config.type, config.name);
        return nullptr;
    }
    QString reason;
    auto provider = (*it)(config, context, &reason);
    if (!provider && error)
        *error = reason.isEmpty() ? Tr::tr("The account “%1” is not usable.").arg(config.name)
                                  : reason;
    return provider;
}

} // namespace cd
