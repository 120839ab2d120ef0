// TerminalWidget's drawing: runs of cells with the same look, one fillRect and one drawText
// per run, only for the rows the paint event asks for.
#include "widgets/terminal/terminalscreen.h"
#include "widgets/terminal/terminalwidget.h"

#include <QPaintEvent>
#include <QPainter>

namespace cd {

QColor TerminalWidget::foreground(const TerminalCell &cell) const
{
    return cell.has(TerminalCell::DefaultFg) ? m_foreground : QColor::fromRgb(cell.fg);
}

QColor TerminalWidget::background(const TerminalCell &cell) const
{
    return cell.has(TerminalCell::DefaultBg) ? m_background : QColor::fromRgb(cell.bg);
}

const QFont &TerminalWidget::fontFor(const TerminalCell &cell) const
{
    return m_fonts[(cell.has(TerminalCell::Bold) ? 1 : 0)
                   + (cell.has(TerminalCell::Italic) ? 2 : 0)];
}

void TerminalWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect area = event->rect();
    const int first = qMax(0, area.top() / m_cellHeight);
    const int last = qMin(m_screen->rows() - 1, area.bottom() / m_cellHeight);
    for (int row = first; row <= last; ++row)
        drawRow(painter, row);
    // Below the last full row and right of the last column.
    const QRect grid(0, 0, m_screen->cols() * m_cellWidth, m_screen->rows() * m_cellHeight);
    for (const QRect &r : QRegion(area).subtracted(grid))
        painter.fillRect(r, m_background);
    if (m_scrollOffset + m_screen->cursor().y() < m_screen->rows())
        drawCursor(painter);
    if (m_flash) // the visible bell
        painter.fillRect(area, QColor(255, 255, 255, 70));
}

void TerminalWidget::drawRow(QPainter &painter, int viewRow) const
{
    const int screenRow = viewRow - m_scrollOffset;
    const qint64 lineId = lineIdOfViewRow(viewRow);
    const int cols = m_screen->cols();
    const int y = viewRow * m_cellHeight;
    const bool screenReverse = m_screen->reverseVideo();

    int col = 0;
    while (col < cols) {
        TerminalCell cell = m_screen->cell(screenRow, col);
        const bool selected = isSelected(lineId, col);
        QColor fg = foreground(cell);
        QColor bg = background(cell);
        if (cell.has(TerminalCell::Reverse) != screenReverse)
            std::swap(fg, bg);
        if (selected)
            std::swap(fg, bg);
        // A run: following cells that look the same and are one column wide.
        QString text;
        text.reserve(cols - col);
        bool ink = false; // anything but blanks
        int width = 0;
        const int start = col;
        const quint16 flags = cell.flags;
        const QRgb cellFg = cell.fg, cellBg = cell.bg;
        for (;;) {
            const int w = cell.width == 2 ? 2 : 1;
            if (cell.width != 0) {
                const char32_t ch = cell.ch ? cell.ch : U' ';
                ink = ink || !QChar::isSpace(ch);
                if (QChar::requiresSurrogates(ch)) {
                    text += QChar(QChar::highSurrogate(ch));
                    text += QChar(QChar::lowSurrogate(ch));
                } else {
                    text += QChar(char16_t(ch));
                }
            }
            width += w;
            col += w;
            if (w == 2 || col >= cols)
                break;
            const TerminalCell next = m_screen->cell(screenRow, col);
            if (next.width != 1 || next.flags != flags || isSelected(lineId, col) != selected
                || (!(flags & TerminalCell::DefaultFg) && next.fg != cellFg)
                || (!(flags & TerminalCell::DefaultBg) && next.bg != cellBg))
                break;
            cell = next;
        }
        const QRect rect(start * m_cellWidth, y, width * m_cellWidth, m_cellHeight);
        painter.fillRect(rect, bg);
        if (!ink && !(flags & (TerminalCell::Underline | TerminalCell::Strike)))
            continue;
        painter.setPen(fg);
        painter.setFont(fontFor(cell));
        painter.drawText(QPointF(rect.x(), y + m_ascent), text);
        if (flags & (TerminalCell::Underline | TerminalCell::DoubleUnderline)) {
            const int uy = y + m_ascent + 1;
            painter.drawLine(rect.left(), uy, rect.right(), uy);
            if (flags & TerminalCell::DoubleUnderline)
                painter.drawLine(rect.left(), uy + 2, rect.right(), uy + 2);
        }
        if (flags & TerminalCell::Strike) {
            const int sy = y + m_ascent * 2 / 3;
            painter.drawLine(rect.left(), sy, rect.right(), sy);
        }
    }
}

void TerminalWidget::drawCursor(QPainter &painter) const
{
    if (!m_screen->cursorVisible() || (m_screen->cursorBlinks() && !m_blinkOn && hasFocus()))
        return;
    const QPoint c = m_screen->cursor();
    const QRect cell(c.x() * m_cellWidth, (c.y() + m_scrollOffset) * m_cellHeight, m_cellWidth,
                     m_cellHeight);
    painter.setPen(m_foreground);
    if (!hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        return;
    }
    switch (m_screen->cursorShape()) {
    case TerminalScreen::Underline:
        painter.fillRect(cell.x(), cell.bottom() - 1, cell.width(), 2, m_foreground);
        break;
    case TerminalScreen::Bar:
        painter.fillRect(cell.x(), cell.y(), 2, cell.height(), m_foreground);
        break;
    case TerminalScreen::Block: {
        const TerminalCell under = m_screen->cell(c.y(), c.x());
        painter.fillRect(cell, m_foreground);
        if (under.ch && under.ch != U' ') {
            painter.setPen(m_background);
            painter.setFont(fontFor(under));
            painter.drawText(QPointF(cell.x(), cell.y() + m_ascent),
                             QString::fromUcs4(&under.ch, 1));
        }
        break;
    }
    }
}

} // namespace cd
