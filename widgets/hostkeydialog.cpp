#include "widgets/hostkeydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cd {

namespace {

QLabel *fingerprint(const HostKey &key, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(key.isNull() ? HostKeyDialog::tr("(unknown)")
                                          : key.type + QLatin1Char(' ') + key.sha256,
                             parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

} // namespace

HostKeyDialog::HostKeyDialog(const QString &cluster,
                             const QString &node,
                             const HostKey &expected,
                             const HostKey &presented,
                             QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_node(node)
    , m_presented(presented)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Host key changed"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *text = new QLabel(tr("<b>Node %1 of cluster %2 presented a different host key.</b><br>"
                               "It was refused. This happens when the machine was reinstalled "
                               "or its address now belongs to another machine, but it is also "
                               "what someone intercepting the connection would cause. Trust "
                               "the new key only if you can confirm its fingerprint.")
                                .arg(node.toHtmlEscaped(), cluster.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *keys = new QFormLayout;
    keys->addRow(tr("Recorded key:"), fingerprint(expected, QStringLiteral("expectedKey"), this));
    keys->addRow(tr("Presented key:"),
                 fingerprint(presented, QStringLiteral("presentedKey"), this));

    auto *buttons = new QDialogButtonBox(this);
    m_refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    m_refuse->setToolTip(tr("Keep the recorded key; the node stays untrusted"));
    m_trust = buttons->addButton(tr("&Trust New Key"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setToolTip(tr("Replace the recorded key with the presented one"));
    m_trust->setAutoDefault(false);
    m_trust->setEnabled(!presented.isNull());
    m_refuse->setDefault(true);
    m_refuse->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(keys);
    layout->addWidget(buttons);
}

HostKeyDialog::~HostKeyDialog() = default;

} // namespace cd
