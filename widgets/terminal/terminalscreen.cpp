#include "widgets/terminal/terminalscreen.h"

#include <vterm.h>

#include <algorithm>

namespace cd {

struct TerminalScreenCallbacks final
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    static int damage(VTermRect r, void *user)
    {
        self(user)->m_damage
            += QRect(r.start_col, r.start_row, r.end_col - r.start_col, r.end_row - r.start_row);
        return 1;
    }

    static int moveCursor(VTermPos pos, VTermPos old, int visible, void *user)
    {
        TerminalScreen *s = self(user);
        s->m_damage += QRect(old.col, old.row, 1, 1);
        s->m_damage += QRect(pos.col, pos.row, 1, 1);
        s->m_cursor = QPoint(pos.col, pos.row);
        s->m_cursorVisible = visible;
        return 1;
    }

    static int setTermProp(VTermProp prop, VTermValue *val, void *user)
    {
        TerminalScreen *s = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            s->m_cursorVisible = val->boolean;
            break;
        case VTERM_PROP_CURSORBLINK:
            s->m_cursorBlink = val->boolean;
            break;
        case VTERM_PROP_CURSORSHAPE:
            s->m_cursorShape = TerminalScreen::CursorShape(qBound(1, val->number, 3));
            break;
        case VTERM_PROP_ALTSCREEN:
            s->m_altScreen = val->boolean;
            emit s->altScreenChanged(s->m_altScreen);
            break;
        case VTERM_PROP_REVERSE:
            s->m_reverse = val->boolean;
            s->m_damage += QRect(0, 0, s->m_cols, s->m_rows);
            break;
        case VTERM_PROP_MOUSE:
            s->m_mouseMode = val->number;
            break;
        case VTERM_PROP_TITLE:
            s->m_title = QString::fromUtf8(val->string);
            emit s->titleChanged(s->m_title);
            break;
        default:
            return 0;
        }
        s->m_damage += QRect(s->m_cursor, QSize(1, 1));
        return 1;
    }

    static int bell(void *user)
    {
        self(user)->m_bell = true;
        return 1;
    }

    static int pushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        self(user)->pushLine(cols, cells);
        return 1;
    }

    static int popLine(int cols, VTermScreenCell *cells, void *user)
    {
        TerminalScreen *s = self(user);
        if (s->m_scrollback.empty())
            return 0;
        const TerminalScreen::ScrollbackLine line = std::move(s->m_scrollback.back());
        s->m_scrollback.pop_back();
        for (int i = 0; i < cols; ++i) {
            VTermScreenCell &c = cells[i];
            c = VTermScreenCell{};
            const TerminalCell t = line.at(i);
            c.chars[0] = t.ch;
            c.width = char(t.width);
            c.attrs.bold = t.has(TerminalCell::Bold);
            c.attrs.italic = t.has(TerminalCell::Italic);
            c.attrs.underline = t.has(TerminalCell::DoubleUnderline) ? VTERM_UNDERLINE_DOUBLE
                                : t.has(TerminalCell::Underline)     ? VTERM_UNDERLINE_SINGLE
                                                                     : 0;
            c.attrs.reverse = t.has(TerminalCell::Reverse);
            c.attrs.strike = t.has(TerminalCell::Strike);
            c.attrs.blink = t.has(TerminalCell::Blink);
            vterm_color_rgb(&c.fg, quint8(qRed(t.fg)), quint8(qGreen(t.fg)), quint8(qBlue(t.fg)));
            vterm_color_rgb(&c.bg, quint8(qRed(t.bg)), quint8(qGreen(t.bg)), quint8(qBlue(t.bg)));
            if (t.has(TerminalCell::DefaultFg))
                c.fg.type |= VTERM_COLOR_DEFAULT_FG;
            if (t.has(TerminalCell::DefaultBg))
                c.bg.type |= VTERM_COLOR_DEFAULT_BG;
        }
        return 1;
    }

    static void output(const char *bytes, size_t len, void *user)
    {
        self(user)->m_output.append(bytes, qsizetype(len));
    }

    static constexpr VTermScreenCallbacks screen{
        damage, nullptr, moveCursor, setTermProp, bell, nullptr, pushLine, popLine,
    };
};

TerminalScreen::TerminalScreen(int rows, int cols, QObject *parent)
    : QObject(parent)
    , m_rows(qMax(rows, 1))
    , m_cols(qMax(cols, 1))
{
    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &TerminalScreenCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt);
    vterm_screen_set_callbacks(m_screen, &TerminalScreenCallbacks::screen, this);
    // Scrolls are merged with other damage until flush(): a flood repaints once per feed.
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(m_vt);
}

TerminalCell TerminalScreen::convert(const void *vtermCell) const
{
    const auto &c = *static_cast<const VTermScreenCell *>(vtermCell);
    TerminalCell cell;
    cell.ch = c.chars[0] == uint32_t(-1) ? 0 : c.chars[0]; // -1: right half of a wide char
    cell.width = c.chars[0] == uint32_t(-1) ? 0 : quint8(qMax(int(c.width), 1));
    cell.flags = 0;
    if (c.attrs.bold)
        cell.flags |= TerminalCell::Bold;
    if (c.attrs.italic)
        cell.flags |= TerminalCell::Italic;
    if (c.attrs.underline == VTERM_UNDERLINE_DOUBLE)
        cell.flags |= TerminalCell::DoubleUnderline;
    else if (c.attrs.underline)
        cell.flags |= TerminalCell::Underline;
    if (c.attrs.reverse)
        cell.flags |= TerminalCell::Reverse;
    if (c.attrs.strike)
        cell.flags |= TerminalCell::Strike;
    if (c.attrs.blink)
        cell.flags |= TerminalCell::Blink;
    VTermColor fg = c.fg;
    VTermColor bg = c.bg;
    if (VTERM_COLOR_IS_DEFAULT_FG(&fg))
        cell.flags |= TerminalCell::DefaultFg;
    if (VTERM_COLOR_IS_DEFAULT_BG(&bg))
        cell.flags |= TerminalCell::DefaultBg;
    // Default colours are the view's to choose: nothing to resolve (the common case).
    if (!(cell.flags & TerminalCell::DefaultFg)) {
        vterm_screen_convert_color_to_rgb(m_screen, &fg);
        cell.fg = qRgb(fg.rgb.red, fg.rgb.green, fg.rgb.blue);
    }
    if (!(cell.flags & TerminalCell::DefaultBg)) {
        vterm_screen_convert_color_to_rgb(m_screen, &bg);
        cell.bg = qRgb(bg.rgb.red, bg.rgb.green, bg.rgb.blue);
    }
    return cell;
}

std::vector<TerminalCell> TerminalScreen::lineFromCells(int cols, const void *vtermCells) const
{
    const auto *cells = static_cast<const VTermScreenCell *>(vtermCells);
    // Trailing blanks cost memory and carry nothing; they are not even converted.
    int used = qMax(cols, 0);
    while (used > 0 && cells[used - 1].chars[0] == 0
           && VTERM_COLOR_IS_DEFAULT_BG(&cells[used - 1].bg) && !cells[used - 1].attrs.reverse)
        --used;
    std::vector<TerminalCell> line(static_cast<size_t>(used));
    for (int i = 0; i < used; ++i)
        line[size_t(i)] = convert(&cells[i]);
    return line;
}

std::vector<TerminalCell> TerminalScreen::screenLine(int row) const
{
    std::vector<VTermScreenCell> cells(static_cast<size_t>(m_cols));
    for (int col = 0; col < m_cols; ++col)
        vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cells[size_t(col)]);
    return lineFromCells(m_cols, cells.data());
}

void TerminalScreen::pushLine(int cols, const void *vtermCells)
{
    ++m_pushes;
    if (m_scrollbackLimit > 0)
        pushScrollback({lineFromCells(cols, vtermCells), {}, {}, 0});
}

TerminalCell TerminalScreen::ScrollbackLine::at(int col) const
{
    if (col < plainCells) {
        TerminalCell c = pen;
        if (col < text.size())
            c.ch = char32_t(uchar(text[col]));
        return c;
    }
    return size_t(col) < cells.size() ? cells[size_t(col)] : TerminalCell{};
}

void TerminalScreen::pushScrollback(ScrollbackLine line)
{
    if (m_scrollbackLimit <= 0)
        return;
    m_scrollback.push_back(std::move(line));
    while (int(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
    }
}

TerminalCell TerminalScreen::cell(int row, int col) const
{
    if (col < 0 || col >= m_cols || row >= m_rows)
        return {};
    if (row < 0) {
        const qsizetype index = qsizetype(m_scrollback.size()) + row;
        if (index < 0)
            return {};
        return m_scrollback[size_t(index)].at(col);
    }
    VTermScreenCell c;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &c))
        return {};
    return convert(&c);
}

QString TerminalScreen::lineText(int row) const
{
    QString text;
    for (int col = 0; col < m_cols; ++col) {
        const TerminalCell c = cell(row, col);
        if (c.width == 0)
            continue;
        const char32_t ch = c.ch ? c.ch : U' ';
        text += QString::fromUcs4(&ch, 1);
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = qMax(lines, 0);
    while (int(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
    }
    flush();
}

void TerminalScreen::write(const char *data, qsizetype size)
{
    // libvterm 0.1.4 crashes on a single write of a few megabytes (seen at ~2.2 MB): pieces.
    constexpr qsizetype kPiece = 64 * 1024;
    for (qsizetype offset = 0; offset < size; offset += kPiece)
        vterm_input_write(m_vt, data + offset, size_t(qMin(kPiece, size - offset)));
}

void TerminalScreen::resize(int rows, int cols)
{
    rows = qMax(rows, 1);
    cols = qMax(cols, 1);
    if (rows == m_rows && cols == m_cols)
        return;
    m_rows = rows;
    m_cols = cols;
    vterm_set_size(m_vt, rows, cols);
    vterm_screen_flush_damage(m_screen);
    m_damage += QRect(0, 0, cols, rows);
    flush();
}

void TerminalScreen::flush()
{
    const int lines = scrollbackLines();
    if (lines != m_scrollbackAtFlush || m_dropped != m_droppedAtFlush) {
        m_scrollbackAtFlush = lines;
        m_droppedAtFlush = m_dropped;
        emit scrollbackChanged(lines);
    }
    if (!m_damage.isEmpty()) {
        const QRegion damage = m_damage & QRect(0, 0, m_cols, m_rows);
        m_damage = QRegion();
        emit damaged(damage);
    }
    if (m_bell) {
        m_bell = false;
        emit bell();
    }
}

void TerminalScreen::flushOutput(bool isReply)
{
    if (m_output.isEmpty())
        return;
    QByteArray out;
    out.swap(m_output);
    if (isReply)
        emit reply(out);
    else
        emit output(out);
}

void TerminalScreen::key(int vtermKey, int modifiers)
{
    vterm_keyboard_key(m_vt, VTermKey(vtermKey), VTermModifier(modifiers));
    flushOutput();
}

void TerminalScreen::character(char32_t c, int modifiers)
{
    vterm_keyboard_unichar(m_vt, uint32_t(c), VTermModifier(modifiers));
    flushOutput();
}

void TerminalScreen::paste(const QString &text)
{
    vterm_keyboard_start_paste(m_vt);
    // Line ends as the Enter key sends them.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\r")).replace(u'\n', u'\r');
    m_output.append(normalized.toUtf8());
    vterm_keyboard_end_paste(m_vt);
    flushOutput();
}

void TerminalScreen::mouse(int row, int col, int button, bool pressed, int modifiers)
{
    vterm_mouse_move(m_vt, row, col, VTermModifier(modifiers));
    if (button > 0)
        vterm_mouse_button(m_vt, button, pressed, VTermModifier(modifiers));
    flushOutput();
}

} // namespace cd
