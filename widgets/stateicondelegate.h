#pragma once

#include <QStyledItemDelegate>

namespace cd {

// Draws a node state cell with its own icon (StatePalette::iconName → the SVG under
// :/icons/states/), so states differ by shape and not only by colour; the text stays. Cells
// without an icon name keep the model's decoration.
class StateIconDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateIconDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~StateIconDelegate() override;

    // The icon for an icon name (cached; null when there is no such icon).
    static QIcon icon(const QString &name);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cd
