#include "widgets/wizard/fielderror.h"

#include <QLabel>

namespace cd {

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Red text plus the words themselves: the colour is never the only signal.
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace cd
