#include "model/models/clusterfiltermodel.h"

#include "model/models/clusterlistmodel.h"

namespace cd {

ClusterFilterModel::ClusterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

ClusterFilterModel::~ClusterFilterModel() = default;

void ClusterFilterModel::setFilterText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

int ClusterFilterModel::rowOf(const QString &cluster) const
{
    const auto *list = qobject_cast<const ClusterListModel *>(sourceModel());
    const int sourceRow = list ? list->rowOf(cluster) : -1;
    return sourceRow < 0 ? -1 : mapFromSource(list->index(sourceRow, 0)).row();
}

bool ClusterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QRegularExpression &wanted = filterRegularExpression();
    if (wanted.pattern().isEmpty())
        return true;
    for (int column : {ClusterListModel::NameColumn, ClusterListModel::TemplateColumn,
                       ClusterListModel::CloudColumn}) {
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(wanted))
            return true;
    }
    return false;
}

} // namespace cd
