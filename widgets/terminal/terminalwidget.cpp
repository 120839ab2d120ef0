#include "widgets/terminal/terminalwidget.h"

#include "widgets/terminal/terminalkeys.h"
#include "widgets/terminal/terminalscreen.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTimer>

#include <vterm.h>

namespace cd {

namespace {

constexpr int kBlinkMs = 530;
constexpr int kFlashMs = 120;
constexpr int kWheelLines = 3;
constexpr int kFrameMs = 16; // ~60 Hz

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_screen(new TerminalScreen(24, 80, this))
    , m_blinkTimer(new QTimer(this))
    , m_flashTimer(new QTimer(this))
    , m_frameTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("terminalWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(false);

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    m_defaultPointSize = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    setTerminalFont(font);

    m_blinkTimer->setInterval(kBlinkMs);
    connect(m_blinkTimer, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        const QPoint c = m_screen->cursor();
        viewport()->update(QRect(c.x() * m_cellWidth, (c.y() + m_scrollOffset) * m_cellHeight,
                                 m_cellWidth, m_cellHeight));
    });
    m_frameTimer->setSingleShot(true);
    m_frameTimer->setTimerType(Qt::PreciseTimer);
    connect(m_frameTimer, &QTimer::timeout, this, &TerminalWidget::repaintDamage);
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(kFlashMs);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        m_flash = false;
        viewport()->update();
    });

    connect(m_screen, &TerminalScreen::output, this, &TerminalWidget::emitInput);
    connect(m_screen, &TerminalScreen::reply, this, &TerminalWidget::replyReady);
    connect(m_screen, &TerminalScreen::damaged, this, &TerminalWidget::onDamaged);
    connect(m_screen, &TerminalScreen::scrollbackChanged, this,
            &TerminalWidget::onScrollbackChanged);
    connect(m_screen, &TerminalScreen::titleChanged, this, &TerminalWidget::titleChanged);
    connect(m_screen, &TerminalScreen::bell, this, &TerminalWidget::flashBell);
    connect(m_screen, &TerminalScreen::altScreenChanged, this, [this] {
        m_scrollOffset = 0;
        updateScrollBar();
        viewport()->update();
    });
    updateScrollBar();
}

TerminalWidget::~TerminalWidget() = default;

int TerminalWidget::columns() const
{
    return m_screen->cols();
}

int TerminalWidget::rows() const
{
    return m_screen->rows();
}

QSize TerminalWidget::sizeHint() const
{
    return {80 * m_cellWidth + verticalScrollBar()->sizeHint().width(), 24 * m_cellHeight};
}

void TerminalWidget::setScrollbackLimit(int lines)
{
    m_screen->setScrollbackLimit(lines);
}

void TerminalWidget::receive(const QByteArray &data)
{
    m_screen->feed(data);
}

void TerminalWidget::emitInput(const QByteArray &data)
{
    emit inputReady(data);
}

void TerminalWidget::setTerminalFont(const QFont &font)
{
    m_font = font;
    m_font.setKerning(false);
    m_font.setStyleStrategy(QFont::PreferDefault);
    updateMetrics();
}

void TerminalWidget::zoomIn()
{
    QFont f = m_font;
    f.setPointSizeF(qMin(m_font.pointSizeF() + 1, 72.0));
    setTerminalFont(f);
}

void TerminalWidget::zoomOut()
{
    QFont f = m_font;
    f.setPointSizeF(qMax(m_font.pointSizeF() - 1, 4.0));
    setTerminalFont(f);
}

void TerminalWidget::resetZoom()
{
    QFont f = m_font;
    f.setPointSizeF(m_defaultPointSize);
    setTerminalFont(f);
}

void TerminalWidget::updateMetrics()
{
    for (int i = 0; i < 4; ++i) {
        m_fonts[i] = m_font;
        m_fonts[i].setBold(i & 1);
        m_fonts[i].setItalic(i & 2);
    }
    const QFontMetrics metrics(m_font);
    m_cellWidth = qMax(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = qMax(1, metrics.height());
    m_ascent = metrics.ascent();
    updateTerminalSize();
    updateGeometry();
    viewport()->update();
}

void TerminalWidget::updateTerminalSize()
{
    const int cols = qMax(1, viewport()->width() / m_cellWidth);
    const int rowCount = qMax(1, viewport()->height() / m_cellHeight);
    if (cols == m_screen->cols() && rowCount == m_screen->rows())
        return;
    m_screen->resize(rowCount, cols);
    viewport()->update();
    emit terminalSizeChanged(cols, rowCount);
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateTerminalSize();
}

void TerminalWidget::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int lines = m_screen->altScreen() ? 0 : m_screen->scrollbackLines();
    const QSignalBlocker blocker(bar);
    bar->setRange(0, lines);
    bar->setPageStep(m_screen->rows());
    bar->setSingleStep(1);
    bar->setValue(lines - m_scrollOffset);
}

void TerminalWidget::scrollContentsBy(int, int)
{
    const int offset = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    if (offset == m_scrollOffset)
        return;
    m_scrollOffset = offset;
    viewport()->update();
}

void TerminalWidget::scrollBy(int lines)
{
    const int max = m_screen->altScreen() ? 0 : m_screen->scrollbackLines();
    const int offset = qBound(0, m_scrollOffset + lines, max);
    if (offset == m_scrollOffset)
        return;
    m_scrollOffset = offset;
    updateScrollBar();
    viewport()->update();
}

void TerminalWidget::onScrollbackChanged(int lines)
{
    const qint64 pushed = (lines - m_knownScrollback) + (m_screen->droppedLines() - m_knownDropped);
    m_knownScrollback = lines;
    m_knownDropped = m_screen->droppedLines();
    if (m_scrollOffset > 0) {
        // Reading history: the lines on view stay where they are while output goes on.
        m_scrollOffset = int(qBound<qint64>(0, m_scrollOffset + pushed, qint64(lines)));
        viewport()->update();
    }
    updateScrollBar();
}

void TerminalWidget::onDamaged(const QRegion &cells)
{
    m_damage += cells;
    if (m_frameTimer->isActive())
        return;
    // The first change after a quiet frame shows at once (typing echoes without delay).
    const qint64 since = m_sinceFrame.isValid() ? m_sinceFrame.elapsed() : kFrameMs;
    if (since >= kFrameMs)
        repaintDamage();
    else
        m_frameTimer->start(int(kFrameMs - since));
}

void TerminalWidget::repaintDamage()
{
    m_sinceFrame.start();
    QRegion cells;
    cells.swap(m_damage);
    if (m_scrollOffset > 0 && m_scrollOffset >= m_screen->rows())
        return; // none of the live screen is on view
    QRegion pixels;
    for (const QRect &r : cells) {
        pixels += QRect(r.x() * m_cellWidth, (r.y() + m_scrollOffset) * m_cellHeight,
                        r.width() * m_cellWidth, r.height() * m_cellHeight);
    }
    viewport()->update(pixels);
    if (cells.boundingRect().contains(m_screen->cursor()))
        resetBlink();
}

void TerminalWidget::flashBell()
{
    m_flash = true;
    m_flashTimer->start();
    viewport()->update();
    emit bellRang();
}

void TerminalWidget::resetBlink()
{
    m_blinkOn = true;
    if (m_screen->cursorBlinks() && hasFocus())
        m_blinkTimer->start();
    else
        m_blinkTimer->stop();
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    resetBlink();
    viewport()->update();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    m_blinkTimer->stop();
    m_blinkOn = true;
    viewport()->update();
}

bool TerminalWidget::event(QEvent *event)
{
    // Keys typed into the terminal belong to the remote program, not to window shortcuts
    // (Ctrl+L, Ctrl+I ...); Ctrl+Shift combinations stay with the application.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers();
        if (!((mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier))) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false; // Tab goes to the shell
}

bool TerminalWidget::handleShortcut(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (key == Qt::Key_C) {
            copy();
            return true;
        }
        if (key == Qt::Key_V) {
            paste();
            return true;
        }
    }
    if (mods == Qt::ShiftModifier) {
        if (key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            scrollBy((key == Qt::Key_PageUp ? 1 : -1) * qMax(1, m_screen->rows() - 1));
            return true;
        }
        if (key == Qt::Key_Insert) {
            paste();
            return true;
        }
    }
    if (mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (key == Qt::Key_Plus || key == Qt::Key_Equal) {
            zoomIn();
            return true;
        }
        if (key == Qt::Key_Minus) {
            zoomOut();
            return true;
        }
        if (key == Qt::Key_0 && mods == Qt::ControlModifier) {
            resetZoom();
            return true;
        }
    }
    return false;
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    if (handleShortcut(event))
        return;
    if (sendKeyToTerminal(m_screen, event)) {
        scrollBy(-m_scrollOffset); // typing brings the live screen back
        resetBlink();
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *event)
{
    const QList<uint> codePoints = event->commitString().toUcs4();
    for (uint c : codePoints)
        m_screen->character(char32_t(c), VTERM_MOD_NONE);
    event->accept();
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (m_screen->mouseMode() != VTERM_PROP_MOUSE_NONE
        && !(event->modifiers() & Qt::ShiftModifier)) {
        const TextPos pos = positionAt(event->position().toPoint());
        const int row = screenRowOfLine(pos.line);
        for (int i = 0; i < qAbs(steps); ++i)
            m_screen->mouse(row, pos.col, steps > 0 ? 4 : 5, true, VTERM_MOD_NONE);
    } else if (m_screen->altScreen()) {
        // Full-screen programs without mouse support (less, man) scroll with the arrow keys.
        for (int i = 0; i < qAbs(steps) * kWheelLines; ++i)
            m_screen->key(steps > 0 ? VTERM_KEY_UP : VTERM_KEY_DOWN, VTERM_MOD_NONE);
    } else {
        scrollBy(steps * kWheelLines);
    }
    event->accept();
}

} // namespace cd
