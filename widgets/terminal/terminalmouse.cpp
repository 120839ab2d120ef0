// TerminalWidget's mouse: selection (drag, double click for a word), the clipboards, and
// mouse reports for programs that ask for them (Shift keeps the mouse for selecting).
#include "widgets/terminal/terminalscreen.h"
#include "widgets/terminal/terminalwidget.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMouseEvent>

#include <vterm.h>

namespace cd {

namespace {

int vtermButton(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton:
        return 1;
    case Qt::MiddleButton:
        return 2;
    case Qt::RightButton:
        return 3;
    default:
        return 0;
    }
}

int vtermModifiers(Qt::KeyboardModifiers mods)
{
    return ((mods & Qt::ShiftModifier) ? VTERM_MOD_SHIFT : 0)
           | ((mods & Qt::AltModifier) ? VTERM_MOD_ALT : 0)
           | ((mods & Qt::ControlModifier) ? VTERM_MOD_CTRL : 0);
}

bool isWordChar(char32_t c)
{
    return c && (QChar::isLetterOrNumber(c) || QStringView(u"-_./~:@%+").contains(QChar(c)));
}

} // namespace

qint64 TerminalWidget::lineIdOfViewRow(int viewRow) const
{
    return m_screen->droppedLines() + m_screen->scrollbackLines() + viewRow - m_scrollOffset;
}

int TerminalWidget::screenRowOfLine(qint64 lineId) const
{
    return int(lineId - m_screen->droppedLines() - m_screen->scrollbackLines());
}

TerminalWidget::TextPos TerminalWidget::positionAt(const QPoint &pixel) const
{
    const int viewRow = qBound(0, pixel.y() / m_cellHeight, m_screen->rows() - 1);
    // Past the middle of a cell counts as the next boundary, as text editors do.
    const int col = qBound(0, (pixel.x() + m_cellWidth / 2) / m_cellWidth, m_screen->cols());
    return {lineIdOfViewRow(viewRow), col};
}

bool TerminalWidget::isSelected(qint64 lineId, int col) const
{
    if (m_selectionStart == m_selectionEnd)
        return false;
    const auto [from, to] = std::minmax(m_selectionStart, m_selectionEnd);
    const TextPos here{lineId, col};
    return !(here < from) && here < to;
}

QString TerminalWidget::selectedText() const
{
    if (m_selectionStart == m_selectionEnd)
        return {};
    const auto [from, to] = std::minmax(m_selectionStart, m_selectionEnd);
    QStringList lines;
    for (qint64 line = from.line; line <= to.line; ++line) {
        const int row = screenRowOfLine(line);
        const int begin = line == from.line ? from.col : 0;
        const int end = line == to.line ? to.col : m_screen->cols();
        QString text;
        for (int col = begin; col < end; ++col) {
            const TerminalCell c = m_screen->cell(row, col);
            if (c.width == 0)
                continue;
            const char32_t ch = c.ch ? c.ch : U' ';
            text += QString::fromUcs4(&ch, 1);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        lines += text;
    }
    return lines.join(u'\n');
}

void TerminalWidget::selectAll()
{
    const qint64 top = m_screen->droppedLines();
    m_selectionStart = {top, 0};
    m_selectionEnd = {top + m_screen->scrollbackLines() + m_screen->rows() - 1, m_screen->cols()};
    viewport()->update();
}

void TerminalWidget::clearSelection()
{
    m_selecting = false;
    m_selectionStart = m_selectionEnd = {};
    viewport()->update();
}

void TerminalWidget::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TerminalWidget::paste()
{
    pasteText(QGuiApplication::clipboard()->text());
}

void TerminalWidget::pasteText(const QString &text)
{
    if (text.isEmpty())
        return;
    scrollBy(-m_scrollOffset);
    m_screen->paste(text);
}

void TerminalWidget::selectWordAt(const TextPos &pos)
{
    const int row = screenRowOfLine(pos.line);
    const int col = qMin(pos.col, m_screen->cols() - 1);
    if (!isWordChar(m_screen->cell(row, col).ch))
        return;
    int begin = col, end = col + 1;
    while (begin > 0 && isWordChar(m_screen->cell(row, begin - 1).ch))
        --begin;
    while (end < m_screen->cols() && isWordChar(m_screen->cell(row, end).ch))
        ++end;
    m_selectionStart = {pos.line, begin};
    m_selectionEnd = {pos.line, end};
}

bool TerminalWidget::forwardMouse(QMouseEvent *event, bool pressed)
{
    if (m_screen->mouseMode() == VTERM_PROP_MOUSE_NONE || (event->modifiers() & Qt::ShiftModifier)
        || m_scrollOffset > 0)
        return false;
    const QPoint p = event->position().toPoint();
    const int row = qBound(0, p.y() / m_cellHeight, m_screen->rows() - 1);
    const int col = qBound(0, p.x() / m_cellWidth, m_screen->cols() - 1);
    m_screen->mouse(row, col, vtermButton(event->button()), pressed,
                    vtermModifiers(event->modifiers()));
    return true;
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (forwardMouse(event, true))
        return;
    if (event->button() == Qt::MiddleButton) {
        QClipboard *clipboard = QGuiApplication::clipboard();
        pasteText(clipboard->supportsSelection() ? clipboard->text(QClipboard::Selection)
                                                 : clipboard->text());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_selecting = true;
    m_selectionStart = m_selectionEnd = positionAt(event->position().toPoint());
    viewport()->update();
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting) {
        forwardMouse(event, false);
        return;
    }
    const QPoint p = event->position().toPoint();
    if (p.y() < 0)
        scrollBy(1);
    else if (p.y() > viewport()->height())
        scrollBy(-1);
    m_selectionEnd = positionAt(p);
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting) {
        forwardMouse(event, false);
        return;
    }
    m_selecting = false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && m_selectionStart != m_selectionEnd)
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (forwardMouse(event, true) || event->button() != Qt::LeftButton)
        return;
    selectWordAt(positionAt(event->position().toPoint() - QPoint(m_cellWidth / 2, 0)));
    m_selecting = false;
    viewport()->update();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && m_selectionStart != m_selectionEnd)
        clipboard->setText(selectedText(), QClipboard::Selection);
}

} // namespace cd
