#pragma once

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QRegion>
#include <QRgb>
#include <QString>

#include <deque>
#include <vector>

struct VTerm;
struct VTermScreen;

namespace cd {

// One character cell, compact enough for 10,000 lines of scrollback (16 bytes). Colours are
// resolved to RGB (256-colour indices through the palette, truecolor as sent); a default
// colour is flagged so the view can use its own background and text colours.
struct TerminalCell final
{
    enum Flag : quint16 {
        Bold = 1 << 0,
        Italic = 1 << 1,
        Underline = 1 << 2,
        Reverse = 1 << 3,
        Strike = 1 << 4,
        Blink = 1 << 5,
        DefaultFg = 1 << 6,
        DefaultBg = 1 << 7,
        DoubleUnderline = 1 << 8,
    };
    char32_t ch = 0;  // 0: empty (drawn as a space); the first code point of the cell
    quint8 width = 1; // 2 for the left half of a wide character, 0 for its right half
    quint16 flags = DefaultFg | DefaultBg;
    QRgb fg = 0;
    QRgb bg = 0;

    bool has(Flag flag) const { return flags & flag; }
    friend bool operator==(const TerminalCell &a, const TerminalCell &b)
    {
        return a.ch == b.ch && a.width == b.width && a.flags == b.flags && a.fg == b.fg
               && a.bg == b.bg;
    }
};

// The terminal emulator without pixels: libvterm's screen, a scrollback of the lines that
// scrolled off the top (the alternate screen, used by vim and less, never adds to it), the
// cursor and the properties programs set (title, cursor shape, mouse mode). Bytes from the
// remote side go in through feed(); key presses go in through key()/character()/paste() and
// come out, encoded by libvterm for the current modes, as output(). Changes are reported as
// damage in cell coordinates, once per feed.
//
// Jump scroll: libvterm scrolls a full screen one line at a time, moving every cell of the
// screen per line, which caps a flood far below what SSH delivers. A run of plain lines in
// one feed (printable ASCII, "\r\n", no wider than the screen, more than two screens of them)
// whose lines would scroll off unseen goes straight into the scrollback instead, only after
// libvterm itself has shown, on lines of the same run, that it renders those bytes as they
// are with the pen in use and scrolls them into the scrollback. The screen and the
// scrollback come out exactly as when every line went through libvterm.
class TerminalScreen final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalScreen)

public:
    enum CursorShape { Block = 1, Underline, Bar };
    Q_ENUM(CursorShape)

    TerminalScreen(int rows, int cols, QObject *parent = nullptr);
    ~TerminalScreen() override;

    void feed(const QByteArray &data);
    void resize(int rows, int cols);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    // row < 0 is scrollback: -1 the line that scrolled off last.
    TerminalCell cell(int row, int col) const;
    // The text of a row, trailing blanks removed.
    QString lineText(int row) const;
    int scrollbackLines() const { return int(m_scrollback.size()); }
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    // Lines dropped from the top of a full scrollback since the start, for stable positions.
    qint64 droppedLines() const { return m_dropped; }
    // Lines the jump scroll put into the scrollback without libvterm, since the start.
    qint64 jumpScrolledLines() const { return m_jumped; }

    QPoint cursor() const { return m_cursor; } // x = column, y = row
    bool cursorVisible() const { return m_cursorVisible; }
    bool cursorBlinks() const { return m_cursorBlink; }
    CursorShape cursorShape() const { return m_cursorShape; }
    bool altScreen() const { return m_altScreen; }
    bool reverseVideo() const { return m_reverse; }
    int mouseMode() const { return m_mouseMode; } // VTERM_PROP_MOUSE_*
    QString title() const { return m_title; }

    // Keyboard, in libvterm's terms (VTermKey, VTermModifier bits): the bytes come out as
    // output(), shaped by the modes the remote side set (application cursor keys ...).
    void key(int vtermKey, int modifiers);
    void character(char32_t c, int modifiers);
    // Sends text as typed, wrapped in bracketed-paste markers when the program asked for them.
    void paste(const QString &text);
    // Mouse reports for programs that asked for them (mouseMode() != 0); button 0: move only.
    void mouse(int row, int col, int button, bool pressed, int modifiers);

signals:
    // Bytes for the remote side typed by the user (keys, pastes, mouse reports).
    void output(const QByteArray &data);
    // Bytes for the remote side that answer its queries (device attributes, cursor position):
    // for this session only, never broadcast.
    void reply(const QByteArray &data);
    // Cells that changed, in screen coordinates (rows 0 .. rows()-1).
    void damaged(const QRegion &cells);
    void scrollbackChanged(int lines);
    void titleChanged(const QString &title);
    void altScreenChanged(bool on);
    void bell();

private:
    friend struct TerminalScreenCallbacks;

    // A line of the scrollback: its cells, or for a plain line the jump scroll stored, its
    // text (one ASCII character a cell) and the look its cells share, 16 bytes a cell less.
    struct ScrollbackLine final
    {
        std::vector<TerminalCell> cells;
        QByteArray text;
        TerminalCell pen;
        int plainCells = 0; // the text, then blanks with the pen up to this many cells

        TerminalCell at(int col) const;
    };

    TerminalCell convert(const void *vtermCell) const;
    void write(const char *data, qsizetype size);
    // A row as the scrollback keeps it: converted, trailing default blanks left out.
    std::vector<TerminalCell> lineFromCells(int cols, const void *vtermCells) const;
    std::vector<TerminalCell> screenLine(int row) const;
    void pushLine(int cols, const void *vtermCells);
    void pushScrollback(ScrollbackLine line);
    // Jump scroll (terminaljumpscroll.cpp): the plain lines ending at `ends`, from `from`.
    void feedRun(const QByteArray &data, const std::vector<qsizetype> &ends, qsizetype from);
    bool probeLine(const char *text, qsizetype size, int row, const TerminalCell &blank) const;
    std::vector<TerminalCell>
    plainLine(const char *text, qsizetype size, const TerminalCell &blank) const;
    void skipLines(const QByteArray &data,
                   const std::vector<qsizetype> &ends,
                   size_t first,
                   const TerminalCell &blank);
    void flushOutput(bool isReply = false);
    void flush();

    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    int m_rows;
    int m_cols;
    std::deque<ScrollbackLine> m_scrollback;
    int m_scrollbackLimit = 10000;
    qint64 m_dropped = 0;
    int m_scrollbackAtFlush = 0;
    qint64 m_droppedAtFlush = 0;
    qint64 m_pushes = 0; // lines libvterm pushed, for the jump-scroll probe
    qint64 m_jumped = 0;
    bool m_atLineStart = true; // the last byte fed was a line feed
    QRegion m_damage;
    QByteArray m_output;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_cursorBlink = false;
    CursorShape m_cursorShape = Block;
    bool m_altScreen = false;
    bool m_reverse = false;
    int m_mouseMode = 0;
    QString m_title;
    bool m_bell = false;
};

} // namespace cd
