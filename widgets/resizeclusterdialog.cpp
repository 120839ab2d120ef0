#include "widgets/resizeclusterdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

namespace {

constexpr int MaxAdd = 500;

QMap<QString, int> nonZero(const QMap<QString, QSpinBox *> &boxes)
{
    QMap<QString, int> counts;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        if (it.value()->value() > 0)
            counts.insert(it.key(), it.value()->value());
    return counts;
}

} // namespace

ResizeClusterDialog::ResizeClusterDialog(const Cluster &cluster, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resizeClusterDialog"));
    setWindowTitle(tr("Resize cluster %1").arg(cluster.name));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Kind</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Now</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Add</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Remove</b>"), this), 0, 3);
    int row = 1;
    for (const NodeKindSpec &kind : cluster.spec.kinds) {
        int now = 0;
        for (const Node &n : cluster.nodes)
            now += n.kind == kind.name;
        auto *add = new QSpinBox(this);
        add->setObjectName(QStringLiteral("add_") + kind.name);
        add->setRange(0, MaxAdd);
        add->setToolTip(tr("New %1 nodes, made like the others of this kind").arg(kind.name));
        auto *remove = new QSpinBox(this);
        remove->setObjectName(QStringLiteral("remove_") + kind.name);
        remove->setRange(0, qMax(0, now - kind.minCount));
        remove->setToolTip(tr("The highest-numbered %1 nodes go; at least %2 stay (its minimum)")
                               .arg(kind.name)
                               .arg(kind.minCount));
        auto *label = new QLabel(kind.name, this);
        label->setBuddy(add);
        grid->addWidget(label, row, 0);
        grid->addWidget(new QLabel(QString::number(now), this), row, 1);
        grid->addWidget(add, row, 2);
        grid->addWidget(remove, row, 3);
        m_add.insert(kind.name, add);
        m_remove.insert(kind.name, remove);
        connect(add, &QSpinBox::valueChanged, this, &ResizeClusterDialog::update);
        connect(remove, &QSpinBox::valueChanged, this, &ResizeClusterDialog::update);
        ++row;
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resizeSummary"));
    m_summary->setWordWrap(true);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmRemoval"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_resize = buttons->addButton(tr("&Resize"), QDialogButtonBox::AcceptRole);
    m_resize->setObjectName(QStringLiteral("resizeButton"));
    m_resize->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_confirm, &QCheckBox::toggled, this, &ResizeClusterDialog::update);
    connect(m_resize, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    update();
}

ResizeClusterDialog::~ResizeClusterDialog() = default;

QMap<QString, int> ResizeClusterDialog::additions() const
{
    return nonZero(m_add);
}

QMap<QString, int> ResizeClusterDialog::removals() const
{
    return nonZero(m_remove);
}

QString ResizeClusterDialog::summary() const
{
    return m_summary->text();
}

void ResizeClusterDialog::update()
{
    int added = 0, removed = 0;
    for (int n : additions())
        added += n;
    for (int n : removals())
        removed += n;
    m_confirm->setVisible(removed > 0);
    m_confirm->setText(tr("Terminate %n node(s) and delete their disks", nullptr, removed));
    if (added == 0 && removed == 0)
        m_summary->setText(tr("Choose nodes to add or remove."));
    else
        m_summary->setText(tr("%n node(s) will be added", nullptr, added) + QStringLiteral("; ")
                           + tr("%n removed.", nullptr, removed) + QStringLiteral(" ")
                           + tr("Setup runs again so the cluster knows its members."));
    m_resize->setEnabled((added > 0 || removed > 0) && (removed == 0 || m_confirm->isChecked()));
}

} // namespace cd
