#pragma once

#include "model/domain/clustertemplate.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cd {

class ClusterRepository;

// Cluster templates (imported or made in the wizard), sorted by name.
class TemplateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateModel)

public:
    enum Column { NameColumn, CloudColumn, KindsColumn, NodesColumn, StatusColumn, ColumnCount };
    enum Role { TemplateNameRole = Qt::UserRole + 1, StartableRole };

    explicit TemplateModel(ClusterRepository *repository, QObject *parent = nullptr);
    ~TemplateModel() override;

    const ClusterTemplate *templateAt(int row) const;
    // "frontend×1, compute×4 (min 2)"
    static QString kindsSummary(const ClusterTemplate &tmpl);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<ClusterRepository> m_repository;
    QList<ClusterTemplate> m_templates;
};

} // namespace cd
