// TerminalWidget offscreen: the bytes key presses produce (data-driven, in normal and in
// application cursor mode), the view's own shortcuts (copy, paste, zoom, scrollback),
// bracketed paste, selection, title and bell, and that drawing shows the cells' colours.
#include "widgets/terminal/terminalscreen.h"
#include "widgets/terminal/terminalwidget.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TerminalWidget : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void textAndAltText();
    void pasteIsBracketedWhenAsked();
    void copySelection();
    void zoomChangesCellSizeAndReportsNewSize();
    void shiftPageUpScrollsBack();
    void titleAndBell();
    void paintsCellColours();
    void floodInLargeChunks();
};

void tst_TerminalWidget::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("applicationCursor");
    QTest::addColumn<QByteArray>("expected");

    const int none = Qt::NoModifier;
    const int ctrl = Qt::ControlModifier;
    const int alt = Qt::AltModifier;
    const int shift = Qt::ShiftModifier;
    struct Arrow
    {
        const char *name;
        int key;
        char final;
    };
    for (const Arrow &a : {Arrow{"Up", Qt::Key_Up, 'A'}, Arrow{"Down", Qt::Key_Down, 'B'},
                           Arrow{"Right", Qt::Key_Right, 'C'}, Arrow{"Left", Qt::Key_Left, 'D'},
                           Arrow{"Home", Qt::Key_Home, 'H'}, Arrow{"End", Qt::Key_End, 'F'}}) {
        QTest::addRow("%s normal", a.name) << a.key << none << false << "\x1b["_ba + a.final;
        QTest::addRow("%s application", a.name) << a.key << none << true << "\x1bO"_ba + a.final;
        // With a modifier, xterm's CSI 1;m form, whatever the cursor mode.
        QTest::addRow("Ctrl+%s", a.name) << a.key << ctrl << true << "\x1b[1;5"_ba + a.final;
    }
    QTest::newRow("PgUp") << int(Qt::Key_PageUp) << none << false << "\x1b[5~"_ba;
    QTest::newRow("PgDn") << int(Qt::Key_PageDown) << none << false << "\x1b[6~"_ba;
    QTest::newRow("PgUp application") << int(Qt::Key_PageUp) << none << true << "\x1b[5~"_ba;
    QTest::newRow("PgDn application") << int(Qt::Key_PageDown) << none << true << "\x1b[6~"_ba;
    QTest::newRow("Insert") << int(Qt::Key_Insert) << none << false << "\x1b[2~"_ba;
    QTest::newRow("Delete") << int(Qt::Key_Delete) << none << false << "\x1b[3~"_ba;

    const QByteArray functionKeys[]
        = {"\x1bOP",   "\x1bOQ",   "\x1bOR",   "\x1bOS",   "\x1b[15~", "\x1b[17~",
           "\x1b[18~", "\x1b[19~", "\x1b[20~", "\x1b[21~", "\x1b[23~", "\x1b[24~"};
    for (int i = 0; i < 12; ++i) {
        QTest::addRow("F%d", i + 1) << int(Qt::Key_F1 + i) << none << false << functionKeys[i];
        QTest::addRow("F%d application", i + 1)
            << int(Qt::Key_F1 + i) << none << true << functionKeys[i];
    }
    QTest::newRow("Shift+F5") << int(Qt::Key_F5) << shift << false << "\x1b[15;2~"_ba;

    for (char c = 'a'; c <= 'z'; ++c) {
        const int key = Qt::Key_A + (c - 'a');
        // Ctrl+I, +J, +M are Tab, LF and Enter: the same bytes, sent as those keys.
        QTest::addRow("Ctrl+%c", c) << key << ctrl << false << QByteArray(1, char(c & 0x1f));
        QTest::addRow("Ctrl+%c application", c)
            << key << ctrl << true << QByteArray(1, char(c & 0x1f));
        QTest::addRow("Alt+%c", c) << key << alt << false << "\x1b"_ba + c;
        QTest::addRow("Ctrl+Alt+%c", c)
            << key << (ctrl | alt) << false << "\x1b"_ba + char(c & 0x1f);
    }
    QTest::newRow("Ctrl+[") << int(Qt::Key_BracketLeft) << ctrl << false << "\x1b"_ba;
    QTest::newRow("Enter") << int(Qt::Key_Return) << none << false << "\r"_ba;
    QTest::newRow("Enter application") << int(Qt::Key_Return) << none << true << "\r"_ba;
    QTest::newRow("Tab") << int(Qt::Key_Tab) << none << false << "\t"_ba;
    QTest::newRow("Shift+Tab") << int(Qt::Key_Backtab) << shift << false << "\x1b[Z"_ba;
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << none << false << "\x7f"_ba;
    QTest::newRow("Escape") << int(Qt::Key_Escape) << none << false << "\x1b"_ba;
    QTest::newRow("Alt+Up") << int(Qt::Key_Up) << alt << false << "\x1b[1;3A"_ba;
}

void tst_TerminalWidget::keys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, applicationCursor);
    QFETCH(QByteArray, expected);

    cd::TerminalWidget terminal;
    terminal.resize(640, 400);
    if (applicationCursor)
        terminal.receive("\x1b[?1h"); // DECCKM, as vim and less set it
    QSignalSpy input(&terminal, &cd::TerminalWidget::inputReady);
    QTest::keyClick(&terminal, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QByteArray bytes;
    for (const QList<QVariant> &args : input)
        bytes += args.first().toByteArray();
    QCOMPARE(bytes, expected);
}

void tst_TerminalWidget::textAndAltText()
{
    cd::TerminalWidget terminal;
    QSignalSpy input(&terminal, &cd::TerminalWidget::inputReady);
    QTest::keyClicks(&terminal, u"ls -l"_s);
    QTest::keyClick(&terminal, 'x', Qt::AltModifier);
    QTest::keyClick(&terminal, 'X', Qt::AltModifier | Qt::ShiftModifier);
    QKeyEvent umlaut(QEvent::KeyPress, Qt::Key_Adiaeresis, Qt::NoModifier, u"ä"_s);
    QCoreApplication::sendEvent(&terminal, &umlaut);
    QByteArray bytes;
    for (const QList<QVariant> &args : input)
        bytes += args.first().toByteArray();
    QCOMPARE(bytes, "ls -l\x1bx\x1bX\xc3\xa4"_ba);
}

void tst_TerminalWidget::pasteIsBracketedWhenAsked()
{
    cd::TerminalWidget terminal;
    QSignalSpy input(&terminal, &cd::TerminalWidget::inputReady);
    terminal.pasteText(u"a\nb"_s);
    QCOMPARE(input.takeFirst().first().toByteArray(), "a\rb"_ba);
    terminal.receive("\x1b[?2004h");
    QGuiApplication::clipboard()->setText(u"echo hi\n"_s);
    QTest::keyClick(&terminal, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(input.takeFirst().first().toByteArray(), "\x1b[200~echo hi\r\x1b[201~"_ba);
}

void tst_TerminalWidget::copySelection()
{
    cd::TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    terminal.receive("first line\r\nsecond line");
    const QSize cell = terminal.cellSize();
    QWidget *view = terminal.viewport();
    // From the start of "line" on row 0 to after "second" on row 1.
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(6 * cell.width(), cell.height() / 2));
    QTest::mouseMove(view, QPoint(6 * cell.width(), cell.height() + cell.height() / 2));
    QTest::mouseRelease(view, Qt::LeftButton, {},
                        QPoint(6 * cell.width(), cell.height() + cell.height() / 2));
    QCOMPARE(terminal.selectedText(), u"line\nsecond"_s);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&terminal, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"line\nsecond"_s);
    QTest::mouseDClick(view, Qt::LeftButton, {}, QPoint(cell.width() * 2, cell.height() / 2));
    QCOMPARE(terminal.selectedText(), u"first"_s);
}

void tst_TerminalWidget::zoomChangesCellSizeAndReportsNewSize()
{
    cd::TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    const int cols = terminal.columns();
    const qreal size = terminal.terminalFont().pointSizeF();
    QSignalSpy resized(&terminal, &cd::TerminalWidget::terminalSizeChanged);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(&terminal, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(terminal.terminalFont().pointSizeF(), size + 4);
    QVERIFY(terminal.columns() < cols);
    QVERIFY(!resized.isEmpty());
    QCOMPARE(resized.last().at(0).toInt(), terminal.columns());
    QCOMPARE(resized.last().at(1).toInt(), terminal.rows());
    QTest::keyClick(&terminal, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(terminal.terminalFont().pointSizeF(), size + 3);
    QTest::keyClick(&terminal, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(terminal.terminalFont().pointSizeF(), size);
    QCOMPARE(terminal.columns(), cols);
}

void tst_TerminalWidget::shiftPageUpScrollsBack()
{
    cd::TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    QByteArray lines;
    for (int i = 1; i <= 200; ++i)
        lines += "line " + QByteArray::number(i) + "\r\n";
    terminal.receive(lines);
    QCOMPARE(terminal.screen()->scrollbackLines(), 200 - terminal.rows() + 1);
    QSignalSpy input(&terminal, &cd::TerminalWidget::inputReady);
    QTest::keyClick(&terminal, Qt::Key_PageUp, Qt::ShiftModifier);
    QCOMPARE(terminal.scrollOffset(), terminal.rows() - 1);
    QVERIFY(input.isEmpty()); // the view's own key, not sent
    QCOMPARE(terminal.verticalScrollBar()->value(),
             terminal.verticalScrollBar()->maximum() - terminal.scrollOffset());
    // More output keeps the history on view where it is.
    terminal.receive("more\r\n");
    QCOMPARE(terminal.scrollOffset(), terminal.rows());
    QTest::keyClick(&terminal, Qt::Key_PageDown, Qt::ShiftModifier);
    QCOMPARE(terminal.scrollOffset(), 1);
    QTest::keyClick(&terminal, Qt::Key_A); // typing returns to the live screen
    QCOMPARE(terminal.scrollOffset(), 0);
}

void tst_TerminalWidget::titleAndBell()
{
    cd::TerminalWidget terminal;
    QSignalSpy title(&terminal, &cd::TerminalWidget::titleChanged);
    QSignalSpy bell(&terminal, &cd::TerminalWidget::bellRang);
    terminal.receive("\x1b]2;root@node001: ~\x07");
    QCOMPARE(title.size(), 1);
    QCOMPARE(title.first().first().toString(), u"root@node001: ~"_s);
    terminal.receive("\x07");
    QCOMPARE(bell.size(), 1);
}

void tst_TerminalWidget::paintsCellColours()
{
    cd::TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    terminal.receive("\x1b[48;2;0;200;0m    \x1b[0m");
    const QImage image = terminal.viewport()->grab().toImage();
    const QSize cell = terminal.cellSize();
    QCOMPARE(image.pixelColor(cell.width() / 2, cell.height() / 2), QColor(0, 200, 0));
    const QColor beyond = image.pixelColor(cell.width() * 10, cell.height() * 3);
    QVERIFY(beyond != QColor(0, 200, 0));
}

void tst_TerminalWidget::floodInLargeChunks()
{
    // As a flood arrives when the GUI thread was busy: megabytes in one receive().
    cd::TerminalWidget terminal;
    terminal.setScrollbackLimit(1000);
    terminal.resize(1000, 700);
    QByteArray chunk;
    for (int i = 0; chunk.size() < 3 * 1024 * 1024; ++i)
        chunk += "line " + QByteArray::number(i) + " the quick brown fox jumps over the lazy dog\n";
    terminal.receive(chunk);
    QCOMPARE(terminal.screen()->scrollbackLines(), 1000);
}

QTEST_MAIN(tst_TerminalWidget)
#include "tst_terminalwidget.moc"
