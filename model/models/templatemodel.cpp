#include "model/models/templatemodel.h"

#include "model/repository/clusterrepository.h"

namespace cd {

TemplateModel::TemplateModel(ClusterRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(repository, &ClusterRepository::configChanged, this, &TemplateModel::reload);
    reload();
}

TemplateModel::~TemplateModel() = default;

void TemplateModel::reload()
{
    beginResetModel();
    m_templates = m_repository ? m_repository->templates() : QList<ClusterTemplate>();
    endResetModel();
}

const ClusterTemplate *TemplateModel::templateAt(int row) const
{
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

QString TemplateModel::kindsSummary(const ClusterTemplate &tmpl)
{
    QStringList parts;
    for (const NodeKindSpec &kind : tmpl.kinds) {
        QString part = QStringLiteral("%1×%2").arg(kind.name).arg(kind.count);
        if (kind.minCount != kind.count)
            part += u' ' + tr("(min %1)").arg(kind.minCount);
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

int TemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateModel::data(const QModelIndex &index, int role) const
{
    const ClusterTemplate *t = index.isValid() ? templateAt(index.row()) : nullptr;
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return t->name;
        case CloudColumn:
            return t->cloud;
        case KindsColumn:
            return kindsSummary(*t);
        case NodesColumn:
            return t->totalCount();
        case StatusColumn:
            return t->startable() ? tr("Ready to start") : tr("Incomplete");
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (!t->startable())
            return t->whyNotStartable();
        if (!t->sourceFile.isEmpty())
            return tr("Imported from %1").arg(t->sourceFile);
        break;
    case TemplateNameRole:
        return t->name;
    case StartableRole:
        return t->startable();
    default:
        break;
    }
    return {};
}

QVariant TemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case CloudColumn:
        return tr("Cloud");
    case KindsColumn:
        return tr("Node kinds");
    case NodesColumn:
        return tr("Nodes");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
