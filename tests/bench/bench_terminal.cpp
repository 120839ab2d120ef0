// Terminal throughput: `cat` of a 50 MB text file on an sshd node (SshNodeFarm), once through
// ShellChannel into a shown TerminalWidget (libvterm + painting, offscreen) and once through
// the system `ssh -tt` into a plain pipe, in one run; MB/s for both and their ratio, the time
// to paint a full frame during the flood, and what the same bytes (line ends as the pty
// sends them) cost fed straight into TerminalScreen and into a bare libvterm screen: the
// ceiling libvterm itself allows. Run inside `unshare -n` (scripts/bench does). Optional
// argument: the file size in MB.
#include "providers/ssh/shellchannel.h"
#include "tests/bench/benchjson.h"
#include "tests/support/sshnodefarm.h"
#include "widgets/terminal/terminalscreen.h"
#include "widgets/terminal/terminalwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <vterm.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool writeFloodFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk;
    for (int i = 0; chunk.size() < 1024 * 1024; ++i)
        chunk += "line " + QByteArray::number(i)
                 + " the quick brown fox jumps over the lazy dog 0123456789 ABCDEFGHIJ\n";
    for (qint64 written = 0; written < bytes; written += chunk.size())
        file.write(chunk);
    return file.error() == QFile::NoError;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

cd::SshTarget targetFor(const cd::test::SshNodeFarm &farm)
{
    cd::SshTarget target;
    target.host = farm.address(0);
    target.port = farm.port(0);
    target.user = farm.user();
    target.privateKeyPath = farm.clientKeyPath();
    target.knownHostsFile = farm.knownHostsFile();
    target.connectTimeoutMs = 10000;
    return target;
}

bool shows(const cd::TerminalScreen *screen, const QString &needle)
{
    for (int row = 0; row < screen->rows(); ++row)
        if (screen->lineText(row) == needle)
            return true;
    return false;
}

// Seconds for the flood through ShellChannel + TerminalWidget; paint times into *paintMs.
double throughWidget(const cd::test::SshNodeFarm &farm, const QString &file, QList<double> *paintMs)
{
    cd::TerminalWidget widget;
    widget.resize(1000, 700);
    widget.show();
    cd::ShellChannel channel(targetFor(farm));
    channel.setInitialSize(widget.columns(), widget.rows());
    QObject::connect(&channel, &cd::ShellChannel::dataReceived, &widget,
                     &cd::TerminalWidget::receive);
    QObject::connect(&widget, &cd::TerminalWidget::replyReady, &channel, &cd::ShellChannel::write);
    QEventLoop loop;
    QObject::connect(&channel, &cd::ShellChannel::opened, &loop, &QEventLoop::quit);
    QObject::connect(&channel, &cd::ShellChannel::failed, &loop, [&loop](const cd::SshError &e) {
        qWarning("%s", qPrintable(e.message));
        loop.exit(1);
    });
    channel.open();
    if (loop.exec() != 0)
        return -1;

    QElapsedTimer timer;
    QTimer poll;
    poll.setInterval(16); // a frame: checks for the end
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (shows(widget.screen(), u"END-2"_s))
            loop.quit();
    });
    // Samples the cost of a full frame now and then; the widget paints its own frames (at
    // most one a display frame), which an extra full repaint every frame would double.
    QTimer sample;
    sample.setInterval(50);
    QObject::connect(&sample, &QTimer::timeout, &loop, [&] {
        QElapsedTimer paint;
        paint.start();
        widget.viewport()->repaint();
        paintMs->append(paint.nsecsElapsed() / 1e6);
    });
    channel.write("cat " + file.toUtf8() + "; echo END-$((1+1))\r");
    timer.start();
    poll.start();
    sample.start();
    loop.exec();
    return timer.nsecsElapsed() / 1e9;
}

// The flood as the remote pty sends it: "\n" becomes "\r\n".
QByteArray ptyBytes(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    return bytes.replace("\n", "\r\n");
}

constexpr qsizetype kFeedChunk = 64 * 1024;

// Seconds for the flood fed straight into a TerminalScreen of the widget's size: what
// libvterm, the jump scroll and the scrollback cost without SSH or painting.
double throughScreenOnly(const QByteArray &bytes, int rows, int cols)
{
    cd::TerminalScreen screen(rows, cols);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype offset = 0; offset < bytes.size(); offset += kFeedChunk)
        screen.feed(bytes.mid(offset, kFeedChunk));
    return timer.nsecsElapsed() / 1e9;
}

// Seconds for the flood through a bare libvterm screen set up as TerminalScreen sets it up
// (damage merged by scrolls, a scrollback callback), every byte through vterm_input_write
// and no work of our own in the callbacks: libvterm's own ceiling.
double throughLibvtermOnly(const QByteArray &bytes, int rows, int cols)
{
    VTerm *vt = vterm_new(rows, cols);
    vterm_set_utf8(vt, 1);
    VTermScreen *screen = vterm_obtain_screen(vt);
    static constexpr VTermScreenCallbacks callbacks{
        [](VTermRect, void *) { return 1; },
        nullptr,
        [](VTermPos, VTermPos, int, void *) { return 1; },
        nullptr,
        nullptr,
        nullptr,
        [](int, const VTermScreenCell *, void *) { return 1; },
        nullptr,
    };
    vterm_screen_set_callbacks(screen, &callbacks, nullptr);
    vterm_screen_set_damage_merge(screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(screen, 1);
    vterm_screen_reset(screen, 1);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype offset = 0; offset < bytes.size(); offset += kFeedChunk) {
        vterm_input_write(vt, bytes.constData() + offset,
                          size_t(qMin(kFeedChunk, bytes.size() - offset)));
        vterm_screen_flush_damage(screen);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    vterm_free(vt);
    return seconds;
}

// Seconds for the flood through the system ssh with a remote pty, into a pipe.
double throughSystemSsh(const cd::test::SshNodeFarm &farm, const QString &file)
{
    QStringList argv = farm.sshCommand(0, {u"cat"_s, file});
    argv.insert(1, u"-tt"_s);
    QProcess ssh;
    qint64 received = 0;
    QObject::connect(&ssh, &QProcess::readyReadStandardOutput, &ssh,
                     [&] { received += ssh.readAllStandardOutput().size(); });
    QElapsedTimer timer;
    timer.start();
    ssh.start(argv.first(), argv.mid(1));
    if (!ssh.waitForFinished(600000) || received == 0) {
        qWarning("ssh: %s", ssh.readAllStandardError().constData());
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int megabytes = argc > 1 ? qMax(1, atoi(argv[1])) : 50;
    cd::test::SshNodeFarm farm;
    if (!farm.start(1)) {
        qWarning("%s", qPrintable(farm.errorString()));
        return 1;
    }
    const QString file = farm.directory() + u"/flood.txt"_s;
    const qint64 bytes = qint64(megabytes) * 1024 * 1024;
    if (!writeFloodFile(file, bytes))
        return 1;
    const double mb = QFile(file).size() / (1024.0 * 1024.0);

    QList<double> paintMs;
    const double widgetSec = throughWidget(farm, file, &paintMs);
    const double sshSec = throughSystemSsh(farm, file);
    const QByteArray flood = ptyBytes(file);
    const double screenSec = throughScreenOnly(flood, 40, 120);
    const double libvtermSec = throughLibvtermOnly(flood, 40, 120);
    if (widgetSec <= 0 || sshSec <= 0) {
        qWarning("benchmark failed: widget %f s, ssh %f s", widgetSec, sshSec);
        return 1;
    }
    const auto rate = [mb](double seconds) { return mb / seconds; };
    cd::bench::report(u"terminal"_s, u"cat_through_terminalwidget"_s, rate(widgetSec), u"MB/s"_s);
    cd::bench::report(u"terminal"_s, u"cat_through_system_ssh_pty"_s, rate(sshSec), u"MB/s"_s);
    cd::bench::report(u"terminal"_s, u"terminalwidget_vs_ssh_ratio"_s, sshSec / widgetSec, u"x"_s);
    cd::bench::report(u"terminal"_s, u"feed_terminalscreen_only_120x40"_s, rate(screenSec),
                      u"MB/s"_s);
    cd::bench::report(u"terminal"_s, u"feed_libvterm_only_120x40"_s, rate(libvtermSec), u"MB/s"_s);
    cd::bench::report(u"terminal"_s, u"full_frame_paint_median"_s, percentile(paintMs, 0.5),
                      u"ms"_s);
    cd::bench::report(u"terminal"_s, u"full_frame_paint_p95"_s, percentile(paintMs, 0.95), u"ms"_s);
    cd::bench::report(u"terminal"_s, u"peak_rss"_s, cd::bench::peakRssKiB(), u"KiB"_s);
    return 0;
}
