#include "widgets/terminal/terminalkeys.h"

#include "widgets/terminal/terminalscreen.h"

#include <QKeyEvent>

#include <vterm.h>

namespace cd {

namespace {

int vtermModifiers(Qt::KeyboardModifiers mods)
{
    int m = VTERM_MOD_NONE;
    if (mods & Qt::ShiftModifier)
        m |= VTERM_MOD_SHIFT;
    if (mods & Qt::AltModifier)
        m |= VTERM_MOD_ALT;
    if (mods & Qt::ControlModifier)
        m |= VTERM_MOD_CTRL;
    return m;
}

int vtermKey(int key, bool keypad)
{
    switch (key) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return keypad ? VTERM_KEY_KP_ENTER : VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1);
    return VTERM_KEY_NONE;
}

} // namespace

bool sendKeyToTerminal(TerminalScreen *screen, const QKeyEvent *event)
{
    const Qt::KeyboardModifiers qmods = event->modifiers();
    int mods = vtermModifiers(qmods);
    const int key = event->key();
    const bool ctrl = qmods & Qt::ControlModifier;

    if (key == Qt::Key_Backtab) // Qt reports Shift+Tab as Backtab, with Shift
        mods |= VTERM_MOD_SHIFT;
    if (const int k = vtermKey(key, qmods & Qt::KeypadModifier); k != VTERM_KEY_NONE) {
        screen->key(k, mods);
        return true;
    }
    if (ctrl) {
        // Qt gives the control character as text; libvterm wants the key's character. Ctrl+I,
        // +M, +[ and +J mean Tab, Enter, Escape and Line Feed to every shell, so they are
        // sent as those keys rather than as CSI u sequences nobody reads.
        const int plain = mods & ~(VTERM_MOD_CTRL | VTERM_MOD_SHIFT);
        switch (key) {
        case Qt::Key_I:
            screen->key(VTERM_KEY_TAB, plain);
            return true;
        case Qt::Key_M:
            screen->key(VTERM_KEY_ENTER, plain);
            return true;
        case Qt::Key_BracketLeft:
            screen->key(VTERM_KEY_ESCAPE, plain);
            return true;
        case Qt::Key_J:
            screen->character(U'\n', plain);
            return true;
        default:
            break;
        }
        if (key >= Qt::Key_A && key <= Qt::Key_Z) {
            screen->character(char32_t(U'a' + (key - Qt::Key_A)), mods);
            return true;
        }
        if (key == Qt::Key_Space || key == Qt::Key_At) { // Ctrl+Space, Ctrl+@: NUL
            screen->character(U' ', mods & ~VTERM_MOD_SHIFT);
            return true;
        }
        if (key >= Qt::Key_Exclam && key <= Qt::Key_AsciiTilde) {
            const QString text = event->text();
            const char32_t c = (text.size() == 1 && text.at(0).unicode() >= 0x20)
                                   ? char32_t(text.at(0).unicode())
                                   : char32_t(key);
            screen->character(c, mods);
            return true;
        }
    }
    const QString text = event->text();
    if (text.isEmpty())
        return false;
    const QList<uint> codePoints = text.toUcs4();
    bool sent = false;
    for (uint c : codePoints) {
        if (c < 0x20 || c == 0x7f)
            continue; // control characters come from the keys above
        screen->character(char32_t(c), mods & ~VTERM_MOD_CTRL);
        sent = true;
    }
    return sent;
}

} // namespace cd
