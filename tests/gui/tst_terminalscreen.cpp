// TerminalScreen's jump scroll: output in one piece (long runs of plain lines skip libvterm)
// and the same output in small pieces (every line through libvterm) leave the same screen,
// cursor and scrollback, cell by cell, also after a resize pulls lines back from the
// scrollback; and the states where skipping would be wrong (scroll regions, the alternate
// screen, another character set) go through libvterm.
#include "widgets/terminal/terminalscreen.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 10;
constexpr int kCols = 20;

QByteArray lines(int count, const QByteArray &text = "line")
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        // Lengths from empty to the full width, to a pending wrap at the last column.
        QByteArray line = text + ' ' + QByteArray::number(i);
        line = line.left(i % (kCols + 1)).leftJustified(i % (kCols + 1), '.');
        out += line + "\r\n";
    }
    return out;
}

QString dumpCell(const cd::TerminalCell &c)
{
    return u"%1/%2/%3/%4/%5"_s.arg(uint(c.ch)).arg(c.width).arg(c.flags).arg(c.fg).arg(c.bg);
}

// Every line of the scrollback and the screen, cell by cell, then the cursor and counts.
QStringList dump(const cd::TerminalScreen &screen)
{
    QStringList out;
    for (int row = -screen.scrollbackLines(); row < screen.rows(); ++row) {
        QStringList cells;
        for (int col = 0; col < screen.cols(); ++col)
            cells << dumpCell(screen.cell(row, col));
        out << u"%1: %2"_s.arg(row).arg(cells.join(u' '));
    }
    out << u"cursor %1,%2 dropped %3"_s.arg(screen.cursor().x())
               .arg(screen.cursor().y())
               .arg(screen.droppedLines());
    return out;
}

} // namespace

class tst_TerminalScreen : public QObject
{
    Q_OBJECT

private slots:
    void onePieceEqualsSmallPieces_data();
    void onePieceEqualsSmallPieces();
};

void tst_TerminalScreen::onePieceEqualsSmallPieces_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("scrollbackLimit");
    QTest::addColumn<bool>("jumps"); // whether lines may skip libvterm

    const QByteArray prompt = "$ cat file\r\n";
    QTest::newRow("plain") << prompt + lines(300) + "$ " << 10000 << true;
    QTest::newRow("after a clear")
        << "\x1b[H\x1b[2J" + lines(100) + lines(5, "eel") << 10000 << true;
    QTest::newRow("full scrollback") << prompt + lines(500) << 37 << true;
    QTest::newRow("no scrollback") << prompt + lines(500) << 0 << true;
    QTest::newRow("coloured pen") << "\x1b[1;31;44m" + lines(300) + "\x1b[0m" << 10000 << true;
    QTest::newRow("reverse pen") << "\x1b[7m" + lines(300) << 10000 << true;
    QTest::newRow("truecolor pen") << "\x1b[38;2;1;2;3;48;2;4;5;6m" + lines(300) << 10000 << true;
    QTest::newRow("several runs") << lines(100) + "\x1b[32mgreen\r\n" + lines(100) + "\t|\r\n"
                                         + lines(100) + "\xc3\xa9t\xc3\xa9\r\n" + lines(100)
                                  << 10000 << true;
    QTest::newRow("long lines wrap")
        << lines(60) + QByteArray(55, 'w') + "\r\n" + lines(60) << 10000 << true;
    QTest::newRow("bare line feeds") << QByteArray("a\n").repeated(200) << 10000 << false;
    QTest::newRow("scroll region below the top") << "\x1b[2;8r" + lines(300) << 10000 << false;
    QTest::newRow("scroll region from the top") << "\x1b[1;8r" + lines(300) << 10000 << false;
    QTest::newRow("alternate screen") << "\x1b[?1049h" + lines(300) << 10000 << false;
    QTest::newRow("line drawing set") << "\x1b(0" + lines(300, "lqqk") << 10000 << false;
    // Digits are the same in both sets: the first lines alone prove nothing.
    QTest::newRow("line drawing set, letters late")
        << "\x1b(0" + lines(100, "12345") + lines(100, "qqqq") << 10000 << false;
    QTest::newRow("insert mode") << "\x1b[4h" + lines(300) << 10000 << true;
    QTest::newRow("new line mode") << "\x1b[20h" + lines(300) << 10000 << true;
    QTest::newRow("cursor mid-line") << "abc" + lines(300) << 10000 << true;
    QTest::newRow("beyond the default scrollback") << lines(12000) << 10000 << true;
}

void tst_TerminalScreen::onePieceEqualsSmallPieces()
{
    QFETCH(QByteArray, output);
    QFETCH(int, scrollbackLimit);
    QFETCH(bool, jumps);

    cd::TerminalScreen whole(kRows, kCols);
    cd::TerminalScreen pieces(kRows, kCols);
    whole.setScrollbackLimit(scrollbackLimit);
    pieces.setScrollbackLimit(scrollbackLimit);
    whole.feed(output);
    for (qsizetype offset = 0; offset < output.size(); offset += 7)
        pieces.feed(output.mid(offset, 7));

    QCOMPARE(pieces.jumpScrolledLines(), 0); // the reference: every line through libvterm
    QCOMPARE(whole.jumpScrolledLines() > 0, jumps);
    QCOMPARE(dump(whole), dump(pieces));
    QCOMPARE(whole.scrollbackLines(), pieces.scrollbackLines());

    // A taller screen takes lines back from the scrollback (libvterm's pop), a shorter one
    // pushes them again.
    whole.resize(kRows + 6, kCols + 3);
    pieces.resize(kRows + 6, kCols + 3);
    QCOMPARE(dump(whole), dump(pieces));
    whole.resize(kRows - 4, kCols);
    pieces.resize(kRows - 4, kCols);
    QCOMPARE(dump(whole), dump(pieces));
    // Output after the jump goes on as before.
    whole.feed("\x1b[33mmore\r\n" + lines(50));
    pieces.feed("\x1b[33mmore\r\n" + lines(50));
    QCOMPARE(dump(whole), dump(pieces));
}

QTEST_MAIN(tst_TerminalScreen)
#include "tst_terminalscreen.moc"
