#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QPoint>
#include <QRegion>

class QTimer;

namespace cd {

class TerminalScreen;
struct TerminalCell;

// A terminal view: TerminalScreen (libvterm) drawn with QPainter in a monospace font,
// repainting only the cells that changed, at most once a display frame (a flood is fed to
// the screen as fast as it comes; its frames show the latest state). Scrollback (wheel,
// Shift+PgUp/PgDn), mouse selection with copy and paste (Ctrl+Shift+C/V, middle click for the
// selection clipboard, bracketed paste when the program asks), font zoom (Ctrl+plus/minus/0), a
// visible bell. It knows no SSH: bytes come in through receive() and leave through inputReady(),
// and the size in cells is reported so the owner can resize the remote pty.
class TerminalWidget final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalWidget)

public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    TerminalScreen *screen() const { return m_screen; }
    int columns() const;
    int rows() const;
    QSize cellSize() const { return {m_cellWidth, m_cellHeight}; }

    void setScrollbackLimit(int lines);
    // Lines scrolled back from the live screen (0: at the bottom).
    int scrollOffset() const { return m_scrollOffset; }
    void scrollBy(int lines); // > 0: back in history

    bool hasSelection() const { return m_selecting || m_selectionStart != m_selectionEnd; }
    QString selectedText() const;
    void selectAll();
    void clearSelection();

    QFont terminalFont() const { return m_font; }
    void setTerminalFont(const QFont &font);
    void zoomIn();
    void zoomOut();
    void resetZoom();

    QSize sizeHint() const override;

public slots:
    // Bytes from the remote side.
    void receive(const QByteArray &data);
    void copy();
    void paste();
    // Types `text` as if pasted (bracketed when the program asked).
    void pasteText(const QString &text);

signals:
    // Bytes the user typed or pasted, for the remote side (and broadcast).
    void inputReady(const QByteArray &data);
    // Answers to the program's queries, for this session's remote side only.
    void replyReady(const QByteArray &data);
    void terminalSizeChanged(int columns, int rows);
    void titleChanged(const QString &title);
    void bellRang();

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // A position in the whole history: stays put while lines scroll into the scrollback.
    struct TextPos
    {
        qint64 line = 0;
        int col = 0;
        friend auto operator<=>(const TextPos &, const TextPos &) = default;
    };

    bool handleShortcut(QKeyEvent *event);
    void updateMetrics();
    void updateTerminalSize();
    void updateScrollBar();
    void onDamaged(const QRegion &cells);
    void repaintDamage();
    void onScrollbackChanged(int lines);
    void flashBell();
    void resetBlink();
    void drawRow(QPainter &painter, int viewRow) const;
    void drawCursor(QPainter &painter) const;
    QColor foreground(const TerminalCell &cell) const;
    QColor background(const TerminalCell &cell) const;
    const QFont &fontFor(const TerminalCell &cell) const;
    TextPos positionAt(const QPoint &pixel) const;
    qint64 lineIdOfViewRow(int viewRow) const;
    int screenRowOfLine(qint64 lineId) const;
    bool isSelected(qint64 lineId, int col) const;
    bool forwardMouse(QMouseEvent *event, bool pressed);
    void selectWordAt(const TextPos &pos);
    void emitInput(const QByteArray &data);

    TerminalScreen *m_screen;
    QFont m_font;
    QFont m_fonts[4]; // regular, bold, italic, bold italic
    qreal m_defaultPointSize = 10;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    QColor m_foreground{0xd0, 0xd0, 0xd0};
    QColor m_background{0x1e, 0x1e, 0x1e};
    int m_scrollOffset = 0;
    int m_knownScrollback = 0;
    qint64 m_knownDropped = 0;
    bool m_selecting = false;
    TextPos m_selectionStart;
    TextPos m_selectionEnd;
    bool m_flash = false;
    bool m_blinkOn = true;
    QTimer *m_blinkTimer;
    QTimer *m_flashTimer;
    // Repaints at most once a display frame: damage between frames is collected (in cells).
    QTimer *m_frameTimer;
    QElapsedTimer m_sinceFrame;
    QRegion m_damage;
};

} // namespace cd
