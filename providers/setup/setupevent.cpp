#include "providers/setup/setupevent.h"

namespace cd {

QString SetupEvent::typeName(Type type)
{
    switch (type) {
    case Type::PlayStarted:
        return QStringLiteral("play");
    case Type::TaskStarted:
        return QStringLiteral("task");
    case Type::HostOk:
        return QStringLiteral("ok");
    case Type::HostChanged:
        return QStringLiteral("changed");
    case Type::HostFailed:
        return QStringLiteral("failed");
    case Type::HostSkipped:
        return QStringLiteral("skipped");
    case Type::HostUnreachable:
        return QStringLiteral("unreachable");
    case Type::Stats:
        return QStringLiteral("stats");
    }
    return {};
}

} // namespace cd
