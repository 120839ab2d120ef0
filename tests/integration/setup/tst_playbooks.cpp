// The playbooks shipped in resources/ansible: valid for ansible-playbook (--syntax-check) and
// clean for ansible-lint's production profile.
#include "tests/support/testenv.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

class TestPlaybooks final : public QObject
{
    Q_OBJECT

private slots:
    void syntaxCheck();
    void lintClean();

private:
    test::ProcessResult run(const QString &tool, const QStringList &args);
    QTemporaryDir m_home;
};

test::ProcessResult TestPlaybooks::run(const QString &tool, const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path()); // Ansible's and the linter's caches
    env.insert(u"ANSIBLE_NOCOLOR"_s, u"1"_s);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    return test::runProcess(program, args, env, 120000);
}

void TestPlaybooks::syntaxCheck()
{
    if (QStandardPaths::findExecutable(u"ansible-playbook"_s).isEmpty())
        CD_SKIP_OR_FAIL(u"ansible-playbook is missing (package ansible)"_s);
    const QString site = test::sourceDir() + u"/resources/ansible/site.yml"_s;
    const auto result
        = run(u"ansible-playbook"_s, {u"--syntax-check"_s, u"-i"_s, u"localhost,"_s, site});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(u"playbook: "_s + site), qPrintable(result.out));
}

void TestPlaybooks::lintClean()
{
    if (QStandardPaths::findExecutable(u"ansible-lint"_s).isEmpty())
        CD_SKIP_OR_FAIL(u"ansible-lint is missing (package ansible-lint)"_s);
    const QString dir = test::sourceDir() + u"/resources/ansible"_s;
    const auto result
        = run(u"ansible-lint"_s, {u"-p"_s, u"--project-dir"_s, dir, dir + u"/site.yml"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
}

QTEST_GUILESS_MAIN(TestPlaybooks)
#include "tst_playbooks.moc"
