#include "widgets/terminal/terminaltabs.h"

#include "widgets/terminal/terminalsession.h"
#include "widgets/terminal/terminalwidget.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kMaxTitleChars = 32;

// A steady colour per cluster, readable on light and dark tab bars.
QColor clusterColour(const QString &cluster)
{
    return QColor::fromHsv(int(qHash(cluster) % 360), 160, 170);
}

QAction *makeAction(const QString &text, const QString &name, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    return action;
}

} // namespace

TerminalTabs::TerminalTabs(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_banner(new QLabel(this))
    , m_reconnect(makeAction(tr("&Reconnect"), u"actionTerminalReconnect"_s, this))
    , m_copySsh(makeAction(tr("&Copy SSH Command"), u"actionCopySshCommand"_s, this))
    , m_systemTerminal(
          makeAction(tr("Open in &System Terminal"), u"actionOpenSystemTerminal"_s, this))
    , m_broadcast(makeAction(tr("&Broadcast Input"), u"actionBroadcast"_s, this))
    , m_include(makeAction(tr("&Include in Broadcast"), u"actionIncludeInBroadcast"_s, this))
    , m_includeKind(makeAction(tr("Include All of This &Kind"), u"actionIncludeKind"_s, this))
    , m_logToFile(makeAction(tr("&Log to File…"), u"actionTerminalLog"_s, this))
    , m_close(makeAction(tr("Close &Terminal"), u"actionCloseTerminal"_s, this))
    , m_files(makeAction(tr("Browse &Files (SFTP)…"), u"actionTerminalFiles"_s, this))
{
    setObjectName(u"terminalTabs"_s);
    m_tabs->setObjectName(u"terminalTabWidget"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_banner->setObjectName(u"broadcastBanner"_s);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(4);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(palette);
    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    m_broadcast->setCheckable(true);
    m_broadcast->setToolTip(tr("Type once into every terminal marked for broadcast"));
    m_include->setCheckable(true);
    m_logToFile->setCheckable(true);
    m_logToFile->setToolTip(tr("Append everything this terminal shows to a file"));
    m_copySsh->setToolTip(tr("Copy the ssh command line for this node to the clipboard"));
    m_systemTerminal->setToolTip(tr("Open the node in your own terminal emulator with ssh"));

    auto *menuButton = new QToolButton(m_tabs);
    menuButton->setObjectName(u"terminalMenuButton"_s);
    menuButton->setText(tr("Terminal"));
    menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(menuButton);
    menu->addActions({m_reconnect, m_copySsh, m_systemTerminal, m_files, m_logToFile});
    menu->addSeparator();
    menu->addActions({m_broadcast, m_include, m_includeKind});
    menu->addSeparator();
    menu->addAction(m_close);
    menuButton->setMenu(menu);
    m_tabs->setCornerWidget(menuButton, Qt::TopRightCorner);

    connect(m_reconnect, &QAction::triggered, this, [this] {
        if (TerminalSession *s = currentSession())
            s->connectToNode();
    });
    connect(m_copySsh, &QAction::triggered, this, [this] {
        if (TerminalSession *s = currentSession())
            copySshCommand(s->node(), s->systemSshArguments());
    });
    connect(m_systemTerminal, &QAction::triggered, this, [this] {
        if (TerminalSession *s = currentSession())
            openInSystemTerminal(s->node(), s->systemSshArguments());
    });
    connect(m_broadcast, &QAction::toggled, this, &TerminalTabs::setBroadcasting);
    connect(m_include, &QAction::toggled, this, [this](bool on) {
        if (TerminalSession *s = currentSession())
            s->setBroadcastMember(on);
    });
    connect(m_logToFile, &QAction::triggered, this, [this](bool on) {
        TerminalSession *s = currentSession();
        if (!s)
            return;
        if (on) {
            m_logToFile->setChecked(false); // until a file is chosen
            chooseLogFile(s);
        } else {
            s->stopLog();
            emit message(tr("Stopped logging %1.").arg(s->node()));
        }
    });
    connect(m_includeKind, &QAction::triggered, this, [this] {
        const TerminalSession *current = currentSession();
        if (!current || current->kind().isEmpty())
            return;
        for (TerminalSession *s : sessions()) {
            if (s->cluster() == current->cluster() && s->kind() == current->kind())
                s->setBroadcastMember(true);
        }
    });
    connect(m_close, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    connect(m_files, &QAction::triggered, this, [this] {
        if (TerminalSession *s = currentSession())
            openFiles(s->node(), s->target());
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalTabs::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TerminalTabs::updateActions);
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this,
            &TerminalTabs::showTabMenu);
    updateActions();
}

TerminalTabs::~TerminalTabs() = default;

int TerminalTabs::count() const
{
    return m_tabs->count();
}

TerminalSession *TerminalTabs::session(int index) const
{
    return qobject_cast<TerminalSession *>(m_tabs->widget(index));
}

TerminalSession *TerminalTabs::currentSession() const
{
    return session(m_tabs->currentIndex());
}

QList<TerminalSession *> TerminalTabs::sessions() const
{
    QList<TerminalSession *> all;
    for (int i = 0; i < m_tabs->count(); ++i)
        all += session(i);
    return all;
}

TerminalSession *TerminalTabs::openSession(const QString &cluster,
                                           const QString &node,
                                           const SshTarget &target,
                                           const QStringList &systemSsh,
                                           const QString &kind)
{
    auto *s = new TerminalSession(
        cluster, node, target,
        m_channelFactory ? m_channelFactory : TerminalSession::defaultChannelFactory(), m_tabs);
    s->setSystemSshArguments(systemSsh);
    connect(s, &TerminalSession::hostKeyChanged, this, &TerminalTabs::hostKeyChanged);
    s->setKind(kind);
    s->terminal()->setScrollbackLimit(m_scrollback);
    connect(s, &TerminalSession::userInput, this,
            [this, s](const QByteArray &data) { route(s, data); });
    connect(s, &TerminalSession::titleChanged, this, [this, s] { decorate(s); });
    connect(s, &TerminalSession::statusChanged, this, [this, s] {
        decorate(s);
        updateActions();
    });
    connect(s, &TerminalSession::broadcastMemberChanged, this, [this, s] {
        decorate(s);
        updateActions();
        updateBanner();
    });
    connect(s, &TerminalSession::bellRang, this, [this, s] {
        const int index = m_tabs->indexOf(s);
        if (index != m_tabs->currentIndex())
            m_tabs->setTabIcon(index, QIcon::fromTheme(u"dialog-information"_s));
    });
    const int index = m_tabs->addTab(s, node);
    decorate(s);
    m_tabs->setCurrentIndex(index);
    s->connectToNode();
    s->terminal()->setFocus();
    emit countChanged(count());
    return s;
}

void TerminalTabs::route(TerminalSession *from, const QByteArray &data)
{
    if (!isBroadcasting() || !from->isBroadcastMember()) {
        from->sendInput(data);
        return;
    }
    for (TerminalSession *s : sessions()) {
        if (s->isBroadcastMember())
            s->sendInput(data);
    }
}

void TerminalTabs::setScrollbackLimit(int lines)
{
    m_scrollback = qMax(lines, 0);
    for (TerminalSession *s : sessions())
        s->terminal()->setScrollbackLimit(m_scrollback);
}

bool TerminalTabs::isBroadcasting() const
{
    return m_broadcast->isChecked();
}

void TerminalTabs::setBroadcasting(bool on)
{
    m_broadcast->setChecked(on);
    if (on) {
        // Nothing marked yet: all tabs take part, which is what "broadcast" means at first.
        const QList<TerminalSession *> all = sessions();
        if (std::none_of(all.begin(), all.end(), [](auto *s) { return s->isBroadcastMember(); })) {
            for (TerminalSession *s : all)
                s->setBroadcastMember(true);
        }
    }
    for (TerminalSession *s : sessions())
        decorate(s);
    updateBanner();
    updateActions();
}

void TerminalTabs::updateBanner()
{
    int members = 0;
    for (TerminalSession *s : sessions())
        members += s->isBroadcastMember() ? 1 : 0;
    m_banner->setVisible(isBroadcasting());
    m_banner->setText(
        tr("Broadcasting: what you type goes to %n marked terminal(s).", "", members));
}

void TerminalTabs::decorate(TerminalSession *s)
{
    const int index = m_tabs->indexOf(s);
    if (index < 0)
        return;
    QString text = s->node();
    if (!s->title().isEmpty()) {
        QString title = s->title();
        if (title.size() > kMaxTitleChars)
            title = title.left(kMaxTitleChars - 1) + u'…';
        text += u": "_s + title;
    }
    const bool broadcasting = isBroadcasting() && s->isBroadcastMember();
    if (broadcasting)
        text = u"⇶ "_s + text;
    m_tabs->setTabText(index, text);
    m_tabs->tabBar()->setTabTextColor(index, broadcasting ? QColor(0xc6, 0x28, 0x28)
                                                          : clusterColour(s->cluster()));
    QString status;
    switch (s->status()) {
    case TerminalSession::Status::Connecting:
        status = tr("connecting");
        break;
    case TerminalSession::Status::Connected:
        status = tr("connected");
        break;
    case TerminalSession::Status::Ended:
        status = tr("ended");
        break;
    case TerminalSession::Status::Failed:
        status = tr("failed");
        break;
    }
    m_tabs->setTabToolTip(index, tr("%1 on cluster %2 (%3)").arg(s->node(), s->cluster(), status));
    const bool down = s->status() == TerminalSession::Status::Ended
                      || s->status() == TerminalSession::Status::Failed;
    m_tabs->setTabIcon(index, down ? QIcon::fromTheme(u"network-offline"_s) : QIcon());
}

void TerminalTabs::updateActions()
{
    TerminalSession *s = currentSession();
    const bool any = s != nullptr;
    if (any && m_tabs->tabIcon(m_tabs->currentIndex()).name() == u"dialog-information")
        decorate(s); // the bell mark goes once the tab is seen
    m_reconnect->setEnabled(any
                            && (s->status() == TerminalSession::Status::Ended
                                || s->status() == TerminalSession::Status::Failed));
    m_copySsh->setEnabled(any && !s->systemSshArguments().isEmpty());
    m_systemTerminal->setEnabled(any && !s->systemSshArguments().isEmpty());
    m_logToFile->setEnabled(any);
    m_close->setEnabled(any);
    m_files->setEnabled(any);
    m_include->setEnabled(any);
    m_includeKind->setEnabled(any && !s->kind().isEmpty());
    m_includeKind->setText(any && !s->kind().isEmpty()
                               ? tr("Include All “%1” Tabs of %2").arg(s->kind(), s->cluster())
                               : tr("Include All of This &Kind"));
    const QSignalBlocker blockInclude(m_include);
    m_include->setChecked(any && s->isBroadcastMember());
    const QSignalBlocker blockLog(m_logToFile);
    m_logToFile->setChecked(any && s->isLogging());
}

void TerminalTabs::closeTab(int index)
{
    TerminalSession *s = session(index);
    if (!s)
        return;
    m_tabs->removeTab(index);
    delete s; // closes the channel: the remote shell ends
    updateBanner();
    updateActions();
    emit countChanged(count());
}

void TerminalTabs::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    if (index < 0)
        return;
    m_tabs->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_reconnect, m_copySsh, m_systemTerminal, m_files, m_logToFile});
    menu->addSeparator();
    menu->addActions({m_broadcast, m_include, m_includeKind});
    menu->addSeparator();
    menu->addAction(m_close);
    menu->popup(m_tabs->tabBar()->mapToGlobal(pos));
}

} // namespace cd
