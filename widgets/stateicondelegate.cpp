#include "widgets/stateicondelegate.h"

#include "model/models/nodetablemodel.h"

#include <QFile>
#include <QHash>

namespace cd {

StateIconDelegate::~StateIconDelegate() = default;

QIcon StateIconDelegate::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(name);
    if (found != cache.cend())
        return *found;
    const QString path = QStringLiteral(":/icons/states/%1.svg").arg(name);
    const QIcon made = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(name, made);
    return made;
}

void StateIconDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QIcon state = icon(index.data(NodeTableModel::StateIconRole).toString());
    if (state.isNull())
        return;
    option->icon = state;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace cd
