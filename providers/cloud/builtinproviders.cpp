// Every cloud provider this build has, registered under its config type name. One line each.
#include "providers/cloud/cloudproviderfactory.h"
#include "providers/cloud/ec2/ec2provider.h"
#include "providers/cloud/gce/gceprovider.h"
#include "providers/cloud/openstack/openstackprovider.h"
#include "providers/cloud/static/statichostsprovider.h"

namespace cd {

void CloudProviderFactory::registerBuiltins(CloudProviderFactory &factory)
{
    factory.registerType(QStringLiteral("ec2"), &Ec2Provider::create);
    factory.registerType(QStringLiteral("gce"), &GceProvider::create);
    factory.registerType(QStringLiteral("openstack"), &OpenStackProvider::create);
    factory.registerType(QStringLiteral("static"), &StaticHostsProvider::create);
}

} // namespace cd
