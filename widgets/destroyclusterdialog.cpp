#include "widgets/destroyclusterdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

DestroyClusterDialog::DestroyClusterDialog(const QString &cluster, int nodes, QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
{
    setObjectName(QStringLiteral("destroyClusterDialog"));
    setWindowTitle(tr("Destroy cluster"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("This terminates the %n node(s) of <b>%1</b> and deletes their "
                               "disks. It cannot be undone.<br>Type the cluster's name to "
                               "confirm:",
                               nullptr, nodes)
                                .arg(cluster.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("confirmName"));
    m_name->setPlaceholderText(cluster);
    layout->addWidget(m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_destroy = buttons->addButton(tr("&Destroy"), QDialogButtonBox::DestructiveRole);
    m_destroy->setObjectName(QStringLiteral("destroyButton"));
    m_destroy->setEnabled(false);
    m_destroy->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_destroy->setEnabled(text.trimmed() == m_cluster); });
    connect(m_destroy, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DestroyClusterDialog::~DestroyClusterDialog() = default;

} // namespace cd
