#include "model/models/statepalette.h"

namespace cd {

QColor StatePalette::colour(NodeState state)
{
    switch (state) {
    case NodeState::Planned:
        return QColor(0x9e, 0x9e, 0x9e); // grey
    case NodeState::Requested:
    case NodeState::Pending:
        return QColor(0xe6, 0xb4, 0x00); // yellow
    case NodeState::Running:
    case NodeState::Reachable:
        return QColor(0x26, 0xa6, 0x9a); // teal
    case NodeState::Configuring:
        return QColor(0x1e, 0x88, 0xe5); // blue
    case NodeState::Ready:
        return QColor(0x2e, 0x7d, 0x32); // green
    case NodeState::Stopping:
    case NodeState::Paused:
        return QColor(0x78, 0x90, 0x9c); // slate
    case NodeState::Terminating:
    case NodeState::Terminated:
        return QColor(0x42, 0x42, 0x42); // dark
    case NodeState::Failed:
        return QColor(0xc6, 0x28, 0x28); // red
    case NodeState::Unreachable:
        return QColor(0x8e, 0x24, 0xaa); // purple
    case NodeState::Orphaned:
        return QColor(0xef, 0x6c, 0x00); // orange
    }
    return {};
}

QString StatePalette::iconName(NodeState state)
{
    return States::toString(state);
}

} // namespace cd
