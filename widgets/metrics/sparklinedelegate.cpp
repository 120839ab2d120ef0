#include "widgets/metrics/sparklinedelegate.h"

#include "model/metrics/nodemetrics.h"

#include <QApplication>
#include <QPainter>

namespace cd {

namespace {

constexpr int TextWidth = 52;
constexpr int Margin = 3;

} // namespace

SparklineDelegate::~SparklineDelegate() = default;

QPolygonF SparklineDelegate::points(const QRectF &rect, const QVariantList &values, double scale)
{
    QPolygonF line;
    if (values.isEmpty() || scale <= 0)
        return line;
    const double step = values.size() > 1 ? rect.width() / double(values.size() - 1) : 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double v = qBound(0.0, values.at(i).toDouble() / scale, 1.0);
        line << QPointF(rect.left() + double(i) * step, rect.bottom() - v * rect.height());
    }
    return line;
}

void SparklineDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem text = option;
    initStyleOption(&text, index);
    const QString value = text.text;
    text.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &text, painter, option.widget);

    const QRect area = option.rect.adjusted(Margin, Margin, -Margin - TextWidth, -Margin);
    const QPolygonF line = points(area, index.data(NodeMetrics::SeriesRole).toList(),
                                  index.data(NodeMetrics::ScaleRole).toDouble());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor colour
        = selected ? option.palette.highlightedText().color() : option.palette.link().color();
    painter->setPen(QPen(colour, 1.5));
    if (line.size() == 1)
        painter->drawEllipse(line.first(), 1.5, 1.5);
    else
        painter->drawPolyline(line);
    painter->setPen(selected ? option.palette.highlightedText().color()
                             : option.palette.text().color());
    const QRect label(option.rect.right() - TextWidth, option.rect.top(), TextWidth - Margin,
                      option.rect.height());
    painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter, value);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(base.width(), 140), qMax(base.height(), 22)};
}

} // namespace cd
