#include "widgets/setup/setuptimelinedelegate.h"

#include "model/models/setuptimelinemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int BoxWidth = 10;
constexpr int Gap = 2;
constexpr int Margin = 3;

} // namespace

SetupTimelineDelegate::~SetupTimelineDelegate() = default;

QColor SetupTimelineDelegate::colour(const QString &result)
{
    if (result == u"ok")
        return QColor(0x2e, 0x9e, 0x44);
    if (result == u"changed")
        return QColor(0xe0, 0xa1, 0x00);
    if (result == u"failed")
        return QColor(0xd0, 0x31, 0x2d);
    if (result == u"unreachable")
        return QColor(0x8e, 0x44, 0xad);
    return QColor(0x9a, 0x9a, 0x9a); // skipped
}

QRect SetupTimelineDelegate::boxRect(const QRect &rect, int i, int count)
{
    const QRect inner = rect.adjusted(Margin, Margin, -Margin, -Margin);
    // Boxes shrink (down to 2 px) when the tasks do not fit.
    const int width
        = count > 0 ? qBound(2, (inner.width() + Gap) / count - Gap, BoxWidth) : BoxWidth;
    return QRect(inner.left() + i * (width + Gap), inner.top(), width, inner.height());
}

void SetupTimelineDelegate::paint(QPainter *painter,
                                  const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariantList steps = index.data(SetupTimelineModel::StepsRole).toList();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < steps.size(); ++i) {
        const QString result = steps.at(i).toMap().value(u"result"_s).toString();
        const QRect box = boxRect(option.rect, i, int(steps.size()));
        if (box.right() > option.rect.right())
            break;
        painter->fillRect(box, colour(result));
        if (result == u"failed" || result == u"unreachable") {
            painter->setPen(QPen(Qt::white, 1));
            painter->drawLine(box.topLeft(), box.bottomRight());
            painter->drawLine(box.topRight(), box.bottomLeft());
        }
    }
    painter->restore();
}

QSize SetupTimelineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const int steps = int(index.data(SetupTimelineModel::StepsRole).toList().size());
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(base.width(), 2 * Margin + steps * (BoxWidth + Gap)), qMax(base.height(), 18)};
}

bool SetupTimelineDelegate::helpEvent(QHelpEvent *event,
                                      QAbstractItemView *view,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QVariantList steps = index.data(SetupTimelineModel::StepsRole).toList();
    for (int i = 0; i < steps.size(); ++i) {
        if (!boxRect(option.rect, i, int(steps.size())).contains(event->pos()))
            continue;
        const QVariantMap step = steps.at(i).toMap();
        QString text
            = tr("%1: %2, %3 s")
                  .arg(step.value(u"task"_s).toString(), step.value(u"result"_s).toString())
                  .arg(step.value(u"seconds"_s).toDouble(), 0, 'f', 1);
        const QString message = step.value(u"message"_s).toString();
        if (!message.isEmpty())
            text += u'\n' + message;
        QToolTip::showText(event->globalPos(), text, view);
        return true;
    }
    QToolTip::hideText();
    return true;
}

} // namespace cd
