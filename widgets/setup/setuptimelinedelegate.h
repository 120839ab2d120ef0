#pragma once

#include <QStyledItemDelegate>

namespace cd {

// Paints a node's setup tasks as a strip of small boxes, one per task in order, coloured by
// result (ok green, changed amber, failed red, skipped grey, unreachable purple; failed and
// unreachable also marked with a cross so colour is not the only cue). Hovering a box names
// the task, its result, duration and message.
class SetupTimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupTimelineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~SetupTimelineDelegate() override;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event,
                   QAbstractItemView *view,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QColor colour(const QString &result);
    // The box of step `i` of `count` inside `rect`.
    static QRect boxRect(const QRect &rect, int i, int count);
};

} // namespace cd
