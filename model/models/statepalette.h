#pragma once

#include "model/domain/nodestate.h"

#include <QColor>

namespace cd {

// The one place that says how a node state looks: a colour and an icon name, chosen so that
// states differ by icon shape too (colour-blind safe). Views and delegates read it from here.
struct StatePalette final
{
    static QColor colour(NodeState state);
    // Icon resource name under :/icons/states/ (e.g. "ready" → :/icons/states/ready.svg).
    static QString iconName(NodeState state);
};

} // namespace cd
