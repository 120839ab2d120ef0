// Screenshots of the desktop for the README (run by scripts/screenshot under Xvfb, not by
// ctest): a running 4-node cluster (with Load sparklines), its setup timeline, its metrics,
// the cluster list narrowed by its filter box, and every page of the create-cluster wizard. The
// scenes are staged in a memory repository; nothing is started. Usage: clusterdeck_shots OUTPUT_DIR
#include "model/lifecycle/clustercontroller.h"
#include "model/lifecycle/clusterplan.h"
#include "model/metrics/metricssampler.h"
#include "model/repository/memoryclusterrepository.h"
#include "providers/secrets/memorysecretstore.h"
#include "providers/setup/ansiblesetupprovider.h"
#include "widgets/mainwindow.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/wizardaccountpage.h"
#include "widgets/wizard/wizardloginpage.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

// Two more clusters, so the list and its filter box have something to narrow.
void stageOthers(MemoryClusterRepository &repo)
{
    struct Other
    {
        const char *name, *templateName, *cloud;
        ClusterState state;
        int nodes, ageDays;
        NodeState nodeState;
    };
    for (const Other &o :
         {Other{"bio-gpu", "plain", "ec2-prod", ClusterState::Ready, 6, 3, NodeState::Ready},
          Other{"teaching", "slurm", "openstack", ClusterState::Paused, 3, 12,
                NodeState::Paused}}) {
        Cluster c;
        c.name = QString::fromLatin1(o.name);
        c.templateName = QString::fromLatin1(o.templateName);
        c.cloud = QString::fromLatin1(o.cloud);
        c.state = o.state;
        c.created = QDateTime::currentDateTimeUtc().addDays(-o.ageDays);
        ClusterPlan::addNodes(c, u"compute"_s, o.nodes);
        for (Node &n : c.nodes)
            n.state = o.nodeState;
        (void)repo.addCluster(c);
    }
}

void stage(MemoryClusterRepository &repo)
{
    CloudAccount lab;
    lab.name = u"lab"_s;
    lab.type = CloudType::Static;
    lab.provider = u"static"_s;
    lab.settings.insert(u"hosts"_s, u"10.1.0.1,10.1.0.2,10.1.0.3,10.1.0.4,10.1.0.5"_s);
    (void)repo.saveAccount(lab);
    SetupProfile setup;
    setup.name = u"slurm"_s;
    setup.kindGroups = {{u"frontend"_s, {u"slurm_master"_s}}, {u"compute"_s, {u"slurm_worker"_s}}};
    (void)repo.saveSetup(setup);
    Cluster cluster;
    cluster.setup = setup.name;
    cluster.name = u"research"_s;
    cluster.templateName = u"slurm"_s;
    cluster.cloud = u"lab"_s;
    cluster.state = ClusterState::Configuring;
    cluster.created = QDateTime::currentDateTimeUtc().addSecs(-600);
    NodeKindSpec frontend, compute;
    frontend.name = u"frontend"_s;
    frontend.count = frontend.minCount = 1;
    compute.name = u"compute"_s;
    compute.count = 3;
    compute.minCount = 2;
    cluster.spec.kinds = {frontend, compute};
    ClusterPlan::addNodes(cluster, u"frontend"_s, 1);
    ClusterPlan::addNodes(cluster, u"compute"_s, 3);
    const QList<NodeState> states{NodeState::Ready, NodeState::Configuring, NodeState::Ready,
                                  NodeState::Failed};
    for (int i = 0; i < 4; ++i) {
        Node &n = cluster.nodes[i];
        n.state = states.at(i);
        n.instanceId = u"10.1.0.%1"_s.arg(i + 1);
        n.publicIp = n.preferredIp = n.instanceId;
        n.created = cluster.created;
        n.stateChanged = QDateTime::currentDateTimeUtc().addSecs(-60 * (i + 1));
    }
    cluster.nodes[3].lastError = u"Setup task slurm : Start slurmd: non-zero return code"_s;
    (void)repo.addCluster(cluster);
    QList<ClusterEvent> events;
    const QStringList lines{u"Start requested: 4 nodes (frontend 1, compute 3)."_s,
                            u"All 4 nodes answer SSH; host keys recorded."_s,
                            u"Setup of 4 node(s) started."_s,
                            u"Task “slurm : Start slurmd” failed: non-zero return code"_s};
    for (int i = 0; i < lines.size(); ++i) {
        ClusterEvent e;
        e.time = cluster.created.addSecs(60 * i);
        e.cluster = cluster.name;
        e.node = i == 3 ? u"compute003"_s : QString();
        e.level = i == 3 ? ClusterEvent::Level::Warning : ClusterEvent::Level::Info;
        e.text = lines.at(i);
        events << e;
    }
    (void)repo.appendEvents(events);
    stageOthers(repo);
}

void feedTimeline(ClusterController &controller)
{
    const QStringList nodes{u"frontend001"_s, u"compute001"_s, u"compute002"_s, u"compute003"_s};
    emit controller.setupStarted(u"research"_s, nodes);
    const QStringList tasks{u"Gathering Facts"_s,
                            u"common : Install the base packages"_s,
                            u"common : List every cluster member in /etc/hosts"_s,
                            u"slurm : Install the SLURM packages"_s,
                            u"slurm : Give every node the same munge key"_s,
                            u"slurm : Write slurm.conf"_s,
                            u"slurm : Start slurmd"_s};
    for (int n = 0; n < nodes.size(); ++n) {
        const int done = n == 1 ? 4 : int(tasks.size());
        for (int t = 0; t < done; ++t) {
            SetupEvent e;
            e.host = nodes.at(n);
            e.task = tasks.at(t);
            e.durationSec = 0.4 + t * 0.7;
            e.type = t % 3 == 1 ? SetupEvent::Type::HostChanged : SetupEvent::Type::HostOk;
            if (n == 0 && t == 6)
                e.type = SetupEvent::Type::HostSkipped;
            if (n == 3 && t == 6) {
                e.type = SetupEvent::Type::HostFailed;
                e.message = u"non-zero return code"_s;
            }
            emit controller.setupTaskFinished(u"research"_s, e, t + 1, int(tasks.size()));
        }
    }
}

void feedMetrics(MetricsSampler *sampler)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < 3; ++n) {
        const QString node = n == 0 ? u"frontend001"_s : u"compute00%1"_s.arg(n + 1);
        for (int m = 0; m <= 60; m += 2) {
            MetricSample s;
            s.time = now.addSecs((m - 60) * 60);
            s.load = 0.5 + n * 0.6 + 0.4 * std::sin(m / 7.0 + n);
            s.memory = 0.25 + 0.1 * n + 0.05 * std::cos(m / 5.0);
            s.disk = 0.31 + 0.002 * m;
            sampler->addSample(node, s);
        }
    }
}

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
                 qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir tmp;
    QSettings settings(tmp.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"refresh/intervalSec"_s, 0);
    settings.setValue(u"metrics/intervalSec"_s, 0);
    MemoryClusterRepository repo;
    stage(repo);
    MemorySecretStore secrets;
    CloudProviderFactory factory;
    CloudProviderFactory::registerBuiltins(factory);
    auto dataDir = DataDir::open(tmp.filePath(u"data"_s));
    if (!dataDir)
        return 1;
    ClusterController controller(&repo, &secrets, &factory, {nullptr, tmp.path()}, dataDir.value(),
                                 nullptr, nullptr);
    controller.setSetupProvider(std::make_shared<AnsibleSetupProvider>()); // never run here
    MainWindow window(&settings, tmp.path(), &repo, &secrets, &controller);
    window.resize(1200, 760);
    window.show();
    window.selectCluster(u"research"_s);
    feedTimeline(controller);
    feedMetrics(window.metricsSampler());
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    window.resizeDocks(docks, QList<int>(docks.size(), 360), Qt::Vertical);
    window.findChild<QDockWidget *>(u"logDock"_s)->raise();

    // The scenes, one after the other: each sets the stage, then (after its delay, so the
    // window has painted) saves a picture.
    struct Scene
    {
        int delayMs;
        std::function<void()> stage;
        std::function<QWidget *()> widget;
        QString file;
    };
    CreateClusterWizard *wizard = nullptr;
    auto *filter = window.findChild<QLineEdit *>(u"clusterFilter"_s);
    const auto dock = [&window](const QString &name) {
        return [&window, name] { window.findChild<QDockWidget *>(name)->raise(); };
    };
    const auto theWindow = [&window]() -> QWidget * { return &window; };
    const auto theWizard = [&wizard]() -> QWidget * { return wizard; };
    const QList<Scene> scenes{
        {800, [] {}, theWindow, u"cluster-running.png"_s},
        {300, dock(u"setupDock"_s), theWindow, u"setup-timeline.png"_s},
        {300, dock(u"metricsDock"_s), theWindow, u"metrics.png"_s},
        {300,
         [&] {
             dock(u"eventDock"_s)();
             filter->setText(u"slurm"_s);
             window.selectCluster(u"research"_s);
         },
         theWindow, u"cluster-filter.png"_s},
        {500,
         [&] {
             filter->clear();
             wizard = new CreateClusterWizard(&repo, &controller, &window);
             wizard->accountPage()->nameEdit()->setText(u"genomics"_s);
             wizard->open();
         },
         theWizard, u"wizard-account.png"_s},
        {500, [&] { wizard->next(); }, theWizard, u"wizard-template.png"_s},
        {800, [&] { wizard->next(); }, theWizard, u"wizard-nodes.png"_s},
        {500,
         [&] {
             wizard->next();
             wizard->loginPage()->userEdit()->setText(u"debian"_s);
             wizard->loginPage()->generateButton()->setChecked(true);
         },
         theWizard, u"wizard-login.png"_s},
        {1000, [&] { wizard->next(); }, theWizard, u"wizard-review.png"_s},
    };
    int failures = 0;
    std::function<void(qsizetype)> play = [&](qsizetype i) {
        if (i == scenes.size())
            return QCoreApplication::exit(failures);
        scenes.at(i).stage();
        QTimer::singleShot(scenes.at(i).delayMs, &window, [&, i] {
            failures += !save(scenes.at(i).widget(), out.filePath(scenes.at(i).file));
            play(i + 1);
        });
    };
    play(0);
    return app.exec();
}
