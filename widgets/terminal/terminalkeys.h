#pragma once

class QKeyEvent;

namespace cd {

class TerminalScreen;

// Turns a key press into terminal input through libvterm, which encodes it for the modes the
// remote program set (application cursor keys, keypad, modifyOtherKeys-style CSI u for
// combinations a byte cannot carry). Returns false for keys that carry nothing for the
// terminal (a lone modifier, an unmapped key); shortcuts of the view itself (copy, paste,
// zoom, scrollback) are handled before this is asked.
bool sendKeyToTerminal(TerminalScreen *screen, const QKeyEvent *event);

} // namespace cd
