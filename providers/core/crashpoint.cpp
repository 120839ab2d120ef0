#include "providers/core/crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>
#include <cstring>

namespace cd {

namespace {

struct Target
{
    QByteArray name;
    int hit = 1;
};

const Target &target()
{
    static const Target t = [] {
        Target result;
        const QByteArray spec = qgetenv("CLUSTERDECK_CRASH_POINT");
        const qsizetype colon = spec.lastIndexOf(':');
        if (colon > 0) {
            result.name = spec.left(colon);
            result.hit = qMax(1, spec.mid(colon + 1).toInt());
        } else {
            result.name = spec;
        }
        return result;
    }();
    return t;
}

std::atomic<int> hits{0};

} // namespace

void crashPoint(const char *name)
{
    const Target &t = target();
    if (t.name.isEmpty() || std::strcmp(t.name.constData(), name) != 0)
        return;
    if (++hits >= t.hit)
        std::raise(SIGKILL);
}

} // namespace cd
