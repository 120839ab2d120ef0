// TerminalScreen::feed() and its jump scroll: a long run of plain lines goes past libvterm
// into the scrollback, once libvterm has shown on lines of the same run how it renders them.
#include "widgets/terminal/terminalscreen.h"

#include <vterm.h>

#include <array>
#include <bitset>

namespace cd {

namespace {

// Printable ASCII up to the width of the screen, then "\r\n": shown as the bytes are, one row.
bool isPlainLine(const char *line, qsizetype size, int cols)
{
    if (size < 2 || size - 2 > cols || line[size - 2] != '\r' || line[size - 1] != '\n')
        return false;
    for (qsizetype i = 0; i < size - 2; ++i) {
        if (line[i] < 0x20 || line[i] > 0x7e)
            return false;
    }
    return true;
}

// Whether the scrollback leaves out blanks drawn with this pen at the end of a line.
bool trimmed(const TerminalCell &blank)
{
    return blank.has(TerminalCell::DefaultBg) && !blank.has(TerminalCell::Reverse);
}

using ByteSet = std::bitset<128>;

void addBytes(ByteSet *set, const char *from, const char *to)
{
    for (const char *p = from; p < to; ++p)
        set->set(size_t(uchar(*p) & 0x7f));
}

// For each byte, the last line of the run it is on (-1: none).
std::array<qsizetype, 128>
lastLines(const char *bytes, const std::vector<qsizetype> &ends, qsizetype from)
{
    std::array<qsizetype, 128> last;
    last.fill(-1);
    for (size_t i = 0; i < ends.size(); ++i) {
        for (qsizetype p = i ? ends[i - 1] : from; p < ends[i] - 2; ++p)
            last[size_t(uchar(bytes[p]) & 0x7f)] = qsizetype(i);
    }
    return last;
}

} // namespace

void TerminalScreen::feed(const QByteArray &data)
{
    std::vector<qsizetype> ends; // the current run of plain lines: where each ends
    qsizetype runStart = 0;
    qsizetype done = 0; // bytes already given to libvterm
    const auto endRun = [&] {
        // Worth it beyond two screens: some lines to probe, some to skip, a screen to show.
        if (ends.size() >= size_t(3 * m_rows)) {
            write(data.constData() + done, runStart - done);
            feedRun(data, ends, runStart);
            done = ends.back();
        }
        ends.clear();
    };
    bool lineStart = m_atLineStart;
    for (qsizetype pos = 0; pos < data.size();) {
        const qsizetype newline = data.indexOf('\n', pos);
        if (newline < 0)
            break;
        if (lineStart && isPlainLine(data.constData() + pos, newline + 1 - pos, m_cols)) {
            if (ends.empty())
                runStart = pos;
            ends.push_back(newline + 1);
        } else {
            endRun();
        }
        lineStart = true;
        pos = newline + 1;
    }
    endRun();
    write(data.constData() + done, data.size() - done);
    if (!data.isEmpty())
        m_atLineStart = data.endsWith('\n');
    vterm_screen_flush_damage(m_screen);
    flush();
    flushOutput(true); // answers to queries (device attributes, cursor position)
}

std::vector<TerminalCell>
TerminalScreen::plainLine(const char *text, qsizetype size, const TerminalCell &blank) const
{
    // Printed cells and the blanks after them carry the same pen; blanks are left out as
    // lineFromCells() leaves them out.
    std::vector<TerminalCell> line(size_t(trimmed(blank) ? size : m_cols), blank);
    for (qsizetype i = 0; i < size; ++i)
        line[size_t(i)].ch = char32_t(uchar(text[i]));
    return line;
}

bool TerminalScreen::probeLine(const char *text,
                               qsizetype size,
                               int row,
                               const TerminalCell &blank) const
{
    return blank.ch == 0 && blank.width == 1 && screenLine(row) == plainLine(text, size, blank);
}

void TerminalScreen::feedRun(const QByteArray &data,
                             const std::vector<qsizetype> &ends,
                             qsizetype from)
{
    const char *bytes = data.constData();
    const auto startOf = [&](size_t i) { return i ? ends[i - 1] : from; };
    const std::array<qsizetype, 128> last = lastLines(bytes, ends, from);
    ByteSet verified;
    const auto allVerified = [&](size_t line) { // the bytes of the lines from `line` on
        for (size_t b = 0; b < last.size(); ++b) {
            if (last[b] >= qsizetype(line) && !verified.test(b))
                return false;
        }
        return true;
    };
    VTermState *state = vterm_obtain_state(m_vt);
    // Probe: line by line through libvterm, each compared with what skipping would store,
    // until every byte of the run has been seen as itself and a line scrolled into the
    // scrollback with the cursor left at the start of the bottom row.
    size_t next = 0;
    bool ready = false;
    bool scrolledBefore = false;
    TerminalCell blank;
    while (!ready && next < ends.size()) {
        const qint64 pushes = m_pushes;
        const qsizetype start = startOf(next);
        write(bytes + start, ends[next] - start);
        ++next;
        VTermPos cursor;
        vterm_state_get_cursorpos(state, &cursor);
        const bool scrolled = m_pushes == pushes + 1 && cursor.row == m_rows - 1;
        if (m_rows < 2 || m_altScreen || cursor.col != 0 || (m_pushes != pushes && !scrolled))
            break; // a scroll region, or another way of scrolling: libvterm does it all
        // Until a line has scrolled, the bottom row may predate the pen: the line after
        // that one is the first on a row erased with it.
        const bool freshRow = scrolledBefore;
        scrolledBefore = scrolled;
        if (!scrolled || !freshRow)
            continue;
        blank = cell(cursor.row, 0); // erased by the scroll, with the pen
        if (!probeLine(bytes + start, ends[next - 1] - start - 2, cursor.row - 1, blank))
            break;
        addBytes(&verified, bytes + start, bytes + ends[next - 1] - 2);
        ready = allVerified(next);
    }
    if (ready && ends.size() - next >= size_t(2 * m_rows)) {
        skipLines(data, ends, next, blank);
        return;
    }
    write(bytes + startOf(next), ends.back() - startOf(next));
}

// With the cursor at the start of the bottom row of a screen that scrolls into the
// scrollback: the lines from ends[first - 1] on, as libvterm would store them.
void TerminalScreen::skipLines(const QByteArray &data,
                               const std::vector<qsizetype> &ends,
                               size_t first,
                               const TerminalCell &blank)
{
    const char *bytes = data.constData();
    const size_t shown = size_t(m_rows - 1); // the last lines stay on the screen
    const size_t skipped = ends.size() - first - shown;
    m_jumped += qint64(skipped);
    const int plainCells = trimmed(blank) ? 0 : m_cols; // at least the text
    // Each line printed on the bottom row scrolls the top row off: first the rows above the
    // cursor, then the lines of the run but the last ones.
    for (int row = 0; row < m_rows - 1; ++row)
        pushScrollback({screenLine(row), {}, {}, 0});
    for (size_t i = 0; i < skipped && m_scrollbackLimit > 0; ++i) {
        if (skipped - i > size_t(m_scrollbackLimit)) {
            ++m_dropped; // pushed out again by the lines after it
            continue;
        }
        const qsizetype start = ends[first + i - 1];
        const qsizetype size = ends[first + i] - start - 2;
        pushScrollback({{}, QByteArray(bytes + start, size), blank, qMax(int(size), plainCells)});
    }
    // The screen then shows the last lines over blank rows: libvterm clears it with one scroll
    // of the whole screen (which stores nothing: no row moves) and writes them from the top
    // without scrolling, the cursor ending where it was, at the start of the bottom row.
    const qsizetype start = ends[first + skipped - 1];
    const QByteArray clear = "\x1b[" + QByteArray::number(m_rows) + "S\x1b[H";
    const qint64 pushes = m_pushes;
    write(clear.constData(), clear.size());
    write(bytes + start, ends.back() - start);
    Q_ASSERT(m_pushes == pushes);
    m_damage += QRect(0, 0, m_cols, m_rows);
}

} // namespace cd
