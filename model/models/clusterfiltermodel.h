#pragma once

#include <QSortFilterProxyModel>

namespace cd {

// The cluster list as the filter box narrows it: a row stays when the typed text occurs
// (ignoring case) in the cluster's name, template or cloud. Sits on a ClusterListModel;
// map indexes through it before asking the list for a cluster.
class ClusterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterFilterModel)

public:
    explicit ClusterFilterModel(QObject *parent = nullptr);
    ~ClusterFilterModel() override;

    // The text to look for; empty shows every cluster.
    void setFilterText(const QString &text);
    // The proxy row of the named cluster, or -1 (unknown or filtered out).
    int rowOf(const QString &cluster) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace cd
