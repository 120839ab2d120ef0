#include "widgets/terminal/terminalsession.h"

#include "providers/ssh/shellchannel.h"
#include "widgets/terminal/terminalwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

TerminalSession::ChannelFactory TerminalSession::defaultChannelFactory()
{
    return
        [](const SshTarget &target, QObject *parent) { return new ShellChannel(target, parent); };
}

TerminalSession::TerminalSession(
    QString cluster, QString node, SshTarget target, ChannelFactory factory, QWidget *parent)
    : QWidget(parent)
    , m_cluster(std::move(cluster))
    , m_node(std::move(node))
    , m_target(std::move(target))
    , m_factory(std::move(factory))
    , m_terminal(new TerminalWidget(this))
    , m_bar(new QWidget(this))
    , m_message(new QLabel(m_bar))
    , m_reconnect(new QPushButton(tr("&Reconnect"), m_bar))
{
    setObjectName(u"terminalSession"_s);
    m_bar->setObjectName(u"sessionBar"_s);
    m_message->setObjectName(u"sessionMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect->setObjectName(u"reconnectButton"_s);
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(6, 3, 6, 3);
    barLayout->addWidget(m_message, 1);
    barLayout->addWidget(m_reconnect);
    m_bar->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_terminal, 1);
    setFocusProxy(m_terminal);

    connect(m_reconnect, &QPushButton::clicked, this, &TerminalSession::connectToNode);
    connect(m_terminal, &TerminalWidget::inputReady, this, &TerminalSession::userInput);
    connect(m_terminal, &TerminalWidget::replyReady, this, &TerminalSession::sendInput);
    connect(m_terminal, &TerminalWidget::bellRang, this, &TerminalSession::bellRang);
    connect(m_terminal, &TerminalWidget::titleChanged, this, [this](const QString &title) {
        m_title = title;
        emit titleChanged(title);
    });
    connect(m_terminal, &TerminalWidget::terminalSizeChanged, this, [this](int cols, int rows) {
        if (m_channel)
            m_channel->resize(cols, rows);
    });
}

TerminalSession::~TerminalSession()
{
    delete m_channel; // ends the remote shell (the worker closes it on its own thread)
}

void TerminalSession::connectToNode()
{
    if (m_channel && m_channel->state() != ShellChannel::State::Closed)
        return;
    delete m_channel;
    m_channel = m_factory(m_target, this);
    m_channel->setInitialSize(m_terminal->columns(), m_terminal->rows());
    connect(m_channel, &ShellChannel::dataReceived, this, &TerminalSession::onData);
    connect(m_channel, &ShellChannel::opened, this, [this] { setStatus(Status::Connected); });
    connect(m_channel, &ShellChannel::closed, this, [this](int exitStatus) {
        setStatus(
            Status::Ended,
            exitStatus < 0
                ? tr("The session on %1 has ended.").arg(m_node)
                : tr("The session on %1 has ended (exit status %2).").arg(m_node).arg(exitStatus));
    });
    connect(m_channel, &ShellChannel::failed, this, [this](const SshError &error) {
        setStatus(Status::Failed, error.message);
        if (error.kind == SshError::Kind::HostKeyChanged)
            emit hostKeyChanged(m_cluster, m_node, error.expected, error.presented);
    });
    setStatus(Status::Connecting, tr("Connecting to %1…").arg(m_node));
    m_channel->open();
}

void TerminalSession::sendInput(const QByteArray &data)
{
    if (m_channel && m_channel->state() == ShellChannel::State::Open)
        m_channel->write(data);
}

void TerminalSession::onData(const QByteArray &data)
{
    m_terminal->receive(data);
    if (m_log.isOpen())
        m_log.write(data);
}

bool TerminalSession::startLog(const QString &path, QString *error)
{
    stopLog();
    m_log.setFileName(path);
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = tr("Cannot write the session log %1: %2").arg(path, m_log.errorString());
        return false;
    }
    return true;
}

void TerminalSession::stopLog()
{
    if (m_log.isOpen())
        m_log.close();
}

void TerminalSession::setBroadcastMember(bool on)
{
    if (m_broadcastMember == on)
        return;
    m_broadcastMember = on;
    emit broadcastMemberChanged(on);
}

void TerminalSession::setStatus(Status status, const QString &message)
{
    m_status = status;
    m_message->setText(message);
    m_reconnect->setVisible(status == Status::Ended || status == Status::Failed);
    m_bar->setVisible(status != Status::Connected);
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Window, status == Status::Failed ? QColor(0xf8, 0xd7, 0xda)
                                                                : QColor(0xff, 0xf3, 0xcd));
    palette.setColor(QPalette::WindowText, Qt::black);
    m_bar->setPalette(palette);
    emit statusChanged(status);
}

} // namespace cd
