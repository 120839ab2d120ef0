#include "providers/cloud/cloudprovider.h"

namespace cd {

CloudProvider::CloudProvider(QObject *parent)
    : QObject(parent)
{}

CloudProvider::~CloudProvider() = default;

QString CloudProvider::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return tr("create instances");
    case Operation::Describe:
        return tr("describe instances");
    case Operation::Terminate:
        return tr("terminate instances");
    case Operation::Stop:
        return tr("stop (pause) instances");
    case Operation::Start:
        return tr("start (resume) instances");
    case Operation::ImportKeyPair:
        return tr("import key pairs");
    case Operation::SecurityGroup:
        return tr("manage security groups");
    case Operation::ListImages:
        return tr("list images");
    case Operation::ListFlavors:
        return tr("list flavors");
    case Operation::ListNetworks:
        return tr("list networks");
    case Operation::Quota:
        return tr("report quotas");
    case Operation::FindByTag:
        return tr("find instances by tag");
    }
    return {};
}

QString CloudError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Quota:
        return QStringLiteral("quota");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::Transient:
        return QStringLiteral("transient");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid_request");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    }
    return {};
}

QString CloudError::describe() const
{
    QString what;
    switch (kind) {
    case Kind::Auth:
        what = tr("The cloud refused the credentials");
        break;
    case Kind::Quota:
        what = tr("A cloud quota would be exceeded");
        break;
    case Kind::NotFound:
        what = tr("The cloud does not know it");
        break;
    case Kind::Throttled:
        what = tr("The cloud is throttling requests");
        break;
    case Kind::Transient:
        what = tr("The cloud could not be reached or failed");
        break;
    case Kind::InvalidRequest:
        what = tr("The cloud rejected the request");
        break;
    case Kind::Unsupported:
        what = tr("Not supported");
        break;
    case Kind::Cancelled:
        what = tr("Cancelled");
        break;
    case Kind::Protocol:
        what = tr("The cloud's answer could not be understood");
        break;
    }
    QString text = what;
    if (!code.isEmpty())
        text += QStringLiteral(" (%1)").arg(code);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

QString InstanceInfo::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Stopping:
        return QStringLiteral("stopping");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Terminating:
        return QStringLiteral("terminating");
    case State::Terminated:
        return QStringLiteral("terminated");
    case State::Error:
        return QStringLiteral("error");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace cd
