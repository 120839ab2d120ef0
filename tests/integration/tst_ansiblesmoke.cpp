// Ansible end to end against SshNodeFarm nodes: playbooks/smoke.yml pings every node and writes
// one file per node; the ansible.posix.jsonl event stream is checked event by event.
#include "tests/support/ansiblerunner.h"
#include "tests/support/sshnodefarm.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPing = u"Ping"_s;
const QString kCopy = u"Write the inventory hostname"_s;

int sshClients(const QList<qint64> &pids)
{
    int count = 0;
    for (const qint64 pid : pids) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "ssh")
            ++count;
    }
    return count;
}

QString taskName(const QJsonObject &event)
{
    return event.value(u"task").toObject().value(u"name").toString();
}

} // namespace

class tst_AnsibleSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void smokePlaybook();
    void killStopsEveryProcess();

private:
    QString diagnostics(const cd::test::AnsibleRunner &runner) const;

    cd::test::SshNodeFarm m_farm;
    QTemporaryDir m_out;
};

void tst_AnsibleSmoke::initTestCase()
{
    if (cd::test::AnsibleRunner::ansiblePlaybookPath().isEmpty())
        CD_SKIP_OR_FAIL(u"ansible-playbook not found (package ansible)"_s);
    if (cd::test::SshNodeFarm::sshdPath().isEmpty() || cd::test::SshNodeFarm::sshPath().isEmpty())
        CD_SKIP_OR_FAIL(u"sshd or ssh not found (packages openssh-*)"_s);
    QVERIFY(m_out.isValid());
    QVERIFY2(m_farm.start(3), qPrintable(m_farm.errorString()));
}

QString tst_AnsibleSmoke::diagnostics(const cd::test::AnsibleRunner &runner) const
{
    return u"exit %1, %2 events, other stdout: %3\nstderr: %4"_s.arg(runner.exitCode())
        .arg(runner.events().size())
        .arg(runner.otherOutput().join(u'\n'), runner.stderrText());
}

void tst_AnsibleSmoke::smokePlaybook()
{
    cd::test::AnsibleRunner runner(m_farm, cd::test::sourceDir()
                                               + u"/tests/integration/playbooks/smoke.yml");
    runner.setExtraVars({{u"out_dir"_s, m_out.path()}});
    QSignalSpy streamed(&runner, &cd::test::AnsibleRunner::eventReceived);
    QVERIFY2(runner.run(std::chrono::seconds(150)), qPrintable(runner.errorString()));
    QVERIFY2(runner.exitCode() == 0, qPrintable(diagnostics(runner)));
    QVERIFY2(runner.otherOutput().isEmpty(), qPrintable(diagnostics(runner)));
    QCOMPARE(streamed.size(), runner.events().size());
    if (!runner.stderrText().trimmed().isEmpty())
        qInfo().noquote() << "ansible-playbook stderr:" << runner.stderrText();

    const QStringList hosts{u"node001"_s, u"node002"_s, u"node003"_s};

    // Play start first, stats last, each once.
    const QList<QJsonObject> events = runner.events();
    QVERIFY(events.size() >= 1 + 2 + 6 + 1);
    QCOMPARE(events.first().value(u"_event").toString(), u"v2_playbook_on_play_start"_s);
    QCOMPARE(events.first().value(u"play").toObject().value(u"name").toString(), u"Smoke"_s);
    QCOMPARE(events.last().value(u"_event").toString(), u"v2_playbook_on_stats"_s);
    QCOMPARE(runner.events(u"v2_playbook_on_play_start"_s).size(), 1);
    for (const QJsonObject &event : events)
        QVERIFY(!event.value(u"_timestamp").toString().isEmpty());

    // The linear strategy reports task starts once per task, not per host.
    QStringList started;
    for (const QJsonObject &event : runner.events(u"v2_playbook_on_task_start"_s))
        started.append(taskName(event));
    QCOMPARE(started, (QStringList{kPing, kCopy}));

    // One runner result per host and task, carrying only that host.
    QHash<QString, QSet<QString>> okHosts;
    for (const QJsonObject &event : runner.events(u"v2_runner_on_ok"_s)) {
        const QJsonObject byHost = event.value(u"hosts").toObject();
        QCOMPARE(byHost.size(), 1);
        const QString host = byHost.keys().constFirst();
        const QJsonObject result = byHost.value(host).toObject();
        if (taskName(event) == kPing) {
            QCOMPARE(result.value(u"ping").toString(), u"pong"_s);
            QCOMPARE(result.value(u"action").toString(), u"ansible.builtin.ping"_s);
        } else {
            QCOMPARE(taskName(event), kCopy);
            QCOMPARE(result.value(u"changed").toBool(), true);
            QCOMPARE(result.value(u"dest").toString(), m_out.filePath(host + u".txt"));
        }
        okHosts[taskName(event)].insert(host);
    }
    QCOMPARE(okHosts.value(kPing), QSet<QString>(hosts.cbegin(), hosts.cend()));
    QCOMPARE(okHosts.value(kCopy), QSet<QString>(hosts.cbegin(), hosts.cend()));
    for (const QString &name : {u"v2_runner_on_failed"_s, u"v2_runner_on_unreachable"_s})
        QVERIFY2(runner.events(name).isEmpty(), qPrintable(name));

    const QJsonObject stats = events.last().value(u"stats").toObject();
    QCOMPARE(stats.size(), 3);
    for (const QString &host : hosts) {
        const QJsonObject hostStats = stats.value(host).toObject();
        QCOMPARE(hostStats.value(u"ok").toInt(), 2);
        QCOMPARE(hostStats.value(u"changed").toInt(), 1);
        QCOMPARE(hostStats.value(u"failures").toInt(), 0);
        QCOMPARE(hostStats.value(u"unreachable").toInt(), 0);

        QFile file(m_out.filePath(host + u".txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(QString::fromUtf8(file.readAll()), host);
    }
    QVERIFY(!runner.isRunning());
}

void tst_AnsibleSmoke::killStopsEveryProcess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString playbook = dir.filePath(u"slow.yml"_s);
    QFile file(playbook);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("- name: Slow\n"
               "  hosts: all\n"
               "  gather_facts: false\n"
               "  tasks:\n"
               "    - name: Sleep\n"
               "      ansible.builtin.command: sleep 300\n");
    file.close();

    cd::test::AnsibleRunner runner(m_farm, playbook);
    QVERIFY2(runner.start(), qPrintable(runner.errorString()));
    const qint64 pid = runner.processId();
    QVERIFY(pid > 0);
    // One ssh client per node while the task runs remotely.
    QTRY_VERIFY_WITH_TIMEOUT(sshClients(cd::test::descendantProcesses(pid)) == 3, 60000);
    const QList<qint64> started = cd::test::descendantProcesses(pid);

    runner.kill();
    QVERIFY(!runner.isRunning());
    QVERIFY(cd::test::processGone(pid));
    for (const qint64 child : started)
        QVERIFY2(cd::test::processGone(child), qPrintable(QString::number(child)));
    QVERIFY(runner.events(u"v2_playbook_on_stats"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AnsibleSmoke)
#include "tst_ansiblesmoke.moc"
