#include "widgets/clustersummary.h"

#include "model/domain/nodelogin.h"
#include "model/repository/clusterrepository.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cd {

ClusterSummary::ClusterSummary(ClusterRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_label(new QLabel(this))
    , m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("clusterSummary"));
    m_label->setObjectName(QStringLiteral("clusterSummaryText"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copyAddress"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setText(tr("Copy &Address"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the address to log in to"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_address); });
    if (repository) {
        const auto changed = [this](const QString &cluster) {
            if (cluster == m_cluster)
                update();
        };
        connect(repository, &ClusterRepository::clusterChanged, this, changed);
        connect(repository, &ClusterRepository::nodesChanged, this, changed);
        connect(repository, &ClusterRepository::nodesRemoved, this, changed);
    }
    update();
}

ClusterSummary::~ClusterSummary() = default;

void ClusterSummary::setCluster(const QString &name)
{
    m_cluster = name;
    update();
}

QString ClusterSummary::text() const
{
    return m_label->text();
}

QString ClusterSummary::loginAddress(const Cluster &cluster)
{
    const Node *node = NodeLogin::defaultNode(cluster);
    return node ? NodeLogin::addressText(*node) : QString();
}

void ClusterSummary::update()
{
    const auto cluster
        = m_repository && !m_cluster.isEmpty() ? m_repository->cluster(m_cluster) : std::nullopt;
    m_address = cluster ? loginAddress(*cluster) : QString();
    m_copy->setEnabled(!m_address.isEmpty());
    if (!cluster) {
        m_label->clear();
        return;
    }
    int ready = 0;
    for (const Node &n : cluster->nodes)
        ready += n.state == NodeState::Ready;
    QString text = tr("<b>%1</b> — ready: %2 of %3 nodes — %4")
                       .arg(cluster->name.toHtmlEscaped())
                       .arg(ready)
                       .arg(cluster->nodes.size())
                       .arg(States::displayName(cluster->state));
    if (!m_address.isEmpty())
        text += u" — "_s + tr("log in at %1").arg(m_address.toHtmlEscaped());
    m_label->setText(text);
}

} // namespace cd
