#include "providers/setup/setupprovider.h"

namespace cd {

SetupRun::SetupRun(QObject *parent)
    : QObject(parent)
{}

SetupRun::~SetupRun() = default;

SetupProvider::~SetupProvider() = default;

} // namespace cd
