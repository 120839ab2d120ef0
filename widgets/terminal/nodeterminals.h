#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace cd {

class ClusterRepository;
class TerminalTabs;

// The terminal verbs for one node of a cluster, as actions the node table's menus share:
// Open Terminal (also a double-click on a node), Copy SSH Command, Open in System Terminal.
// The node's address, user, key, proxy command and known_hosts come from NodeLogin, as for
// the CLI's `ssh`; unknown and changed host keys are refused.
class NodeTerminals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTerminals)

public:
    // `dataDir`: where the clusters' known_hosts files live.
    NodeTerminals(ClusterRepository *repository,
                  QString dataDir,
                  TerminalTabs *tabs,
                  QObject *parent = nullptr);
    ~NodeTerminals() override;

    QAction *openTerminalAction() const { return m_open; }
    QAction *copySshCommandAction() const { return m_copy; }
    QAction *openSystemTerminalAction() const { return m_system; }
    QAction *browseFilesAction() const { return m_files; }

    void setCurrentNode(const QString &cluster, const QString &node);
    // Opens a terminal tab on the node; false (and message()) when it cannot be reached.
    bool openTerminal(const QString &cluster, const QString &node);

signals:
    void message(const QString &text);
    void terminalOpened();

private:
    struct Login;
    bool resolve(const QString &cluster, const QString &node, Login *login);
    void updateActions();

    ClusterRepository *m_repository;
    QString m_dataDir;
    TerminalTabs *m_tabs;
    QString m_cluster;
    QString m_node;
    QAction *m_open;
    QAction *m_copy;
    QAction *m_system;
    QAction *m_files;
};

} // namespace cd
