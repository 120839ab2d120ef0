#include "widgets/terminal/nodeterminals.h"

#include "model/core/datadir.h"
#include "model/domain/nodelogin.h"
#include "model/repository/clusterrepository.h"
#include "widgets/terminal/terminaltabs.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace cd {

struct NodeTerminals::Login
{
    SshTarget target;
    QStringList systemSsh;
    QString kind;
};

NodeTerminals::NodeTerminals(ClusterRepository *repository,
                             QString dataDir,
                             TerminalTabs *tabs,
                             QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_dataDir(std::move(dataDir))
    , m_tabs(tabs)
    , m_open(new QAction(QIcon::fromTheme(u"utilities-terminal"_s), tr("Open &Terminal"), this))
    , m_copy(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy SSH Command"), this))
    , m_system(new QAction(tr("Open in &System Terminal"), this))
    , m_files(new QAction(QIcon::fromTheme(u"folder-remote"_s), tr("Browse &Files (SFTP)…"), this))
{
    m_files->setObjectName(u"actionNodeFiles"_s);
    m_files->setToolTip(tr("Browse, upload and download files of the selected node"));
    connect(m_files, &QAction::triggered, this, [this] {
        Login login;
        if (resolve(m_cluster, m_node, &login))
            m_tabs->openFiles(m_node, login.target);
    });
    m_open->setObjectName(u"actionOpenTerminal"_s);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_open->setToolTip(tr("Open a terminal on the selected node (or double-click the node)"));
    m_copy->setObjectName(u"actionNodeCopySshCommand"_s);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copy->setToolTip(tr("Copy the ssh command line for the selected node"));
    m_system->setObjectName(u"actionNodeSystemTerminal"_s);
    m_system->setToolTip(tr("Open the selected node in your own terminal emulator with ssh"));
    connect(m_open, &QAction::triggered, this, [this] { openTerminal(m_cluster, m_node); });
    connect(m_copy, &QAction::triggered, this, [this] {
        Login login;
        if (resolve(m_cluster, m_node, &login))
            m_tabs->copySshCommand(m_node, login.systemSsh);
    });
    connect(m_system, &QAction::triggered, this, [this] {
        Login login;
        if (resolve(m_cluster, m_node, &login))
            m_tabs->openInSystemTerminal(m_node, login.systemSsh);
    });
    updateActions();
}

NodeTerminals::~NodeTerminals() = default;

void NodeTerminals::setCurrentNode(const QString &cluster, const QString &node)
{
    m_cluster = cluster;
    m_node = node;
    updateActions();
}

void NodeTerminals::updateActions()
{
    const bool any = !m_cluster.isEmpty() && !m_node.isEmpty();
    for (QAction *action : {m_open, m_copy, m_system, m_files})
        action->setEnabled(any);
}

bool NodeTerminals::resolve(const QString &clusterName, const QString &nodeName, Login *login)
{
    const std::optional<Cluster> cluster = m_repository->cluster(clusterName);
    const Node *node = cluster ? cluster->node(nodeName) : nullptr;
    if (!node) {
        emit message(tr("There is no node “%1” in cluster “%2”.").arg(nodeName, clusterName));
        return false;
    }
    const Result<DataDir, QString> dataDir = DataDir::open(m_dataDir);
    if (!dataDir) {
        emit message(dataDir.error());
        return false;
    }
    const LoginProfile profile = m_repository->login(cluster->login).value_or(LoginProfile{});
    const NodeLogin nodeLogin(*cluster, *node, profile,
                              dataDir.value().knownHostsFile(cluster->name));
    const Result<SshTarget, QString> target = nodeLogin.target();
    if (!target) {
        emit message(target.error());
        return false;
    }
    login->target = target.value();
    login->systemSsh = nodeLogin.systemSshArguments().value();
    login->kind = node->kind;
    if (!NodeLogin::isUp(*node))
        emit message(tr("Node “%1” is not known to be reachable (%2); trying anyway.")
                         .arg(node->name, States::toString(node->state)));
    return true;
}

bool NodeTerminals::openTerminal(const QString &cluster, const QString &node)
{
    Login login;
    if (!resolve(cluster, node, &login))
        return false;
    m_tabs->openSession(cluster, node, login.target, login.systemSsh, login.kind);
    emit terminalOpened();
    return true;
}

} // namespace cd
