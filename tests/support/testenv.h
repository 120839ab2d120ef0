#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTest>

namespace cd::test {

// Where the source tree is (for ../shared/compat samples and resources/).
QString sourceDir();
// ../shared next to the checkout, as laid out for developers and CI.
QString sharedDir();
// Paths of the built executables, for end-to-end tests that drive them as a user would.
QString cliPath();
QString guiPath();

// True when scripts/test runs us: a missing tool is then a failure, never a skip.
bool strict();

// A TCP port on `address` that was free a moment ago (bound and released).
quint16 freePort(const QString &address = QStringLiteral("127.0.0.1"));

// The end of a child process run to completion (bounded).
struct ProcessResult
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// Runs `program` to its end with `env` (the system environment when empty), for end-to-end
// tests that drive the executables as a user does. `input` is written to its stdin, which
// is then closed.
ProcessResult runProcess(const QString &program,
                         const QStringList &arguments,
                         const QProcessEnvironment &env = {},
                         int timeoutMs = 60000,
                         const QByteArray &input = {});

// Finds an executable on PATH, then in `fallbacks`; empty if none exists.
QString findExecutable(const QString &name, const QStringList &fallbacks = {});

} // namespace cd::test

// Skip with a reason, except under scripts/test (CLUSTERDECK_TEST_STRICT=1), where a missing
// tool or peer must fail the run instead of hiding behind a skip.
#define CD_SKIP_OR_FAIL(reason)                                                                    \
    do {                                                                                           \
        if (cd::test::strict())                                                                    \
            QFAIL(qPrintable(QStringLiteral("strict mode, cannot skip: ") + (reason)));            \
        QSKIP(qPrintable(reason));                                                                 \
    } while (false)
