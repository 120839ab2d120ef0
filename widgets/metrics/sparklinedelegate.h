#pragma once

#include <QStyledItemDelegate>

namespace cd {

// Draws a cell's series (NodeMetrics::SeriesRole, scaled by ScaleRole) as a small line over
// the last hour, with the latest value as text on the right. Serves the metrics pane and the
// node table's Load column.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~SparklineDelegate() override;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The line's points inside `rect` for `values` on a 0…scale axis (for tests too).
    static QPolygonF points(const QRectF &rect, const QVariantList &values, double scale);
};

} // namespace cd
