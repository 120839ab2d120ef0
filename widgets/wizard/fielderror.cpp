#include "widgets/wizard/fielderror.h"

#include <QFormLayout>
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
    const bool visible = !problem.isEmpty();
    // In a form, the whole row goes, so a hidden error leaves no gap between fields.
    QWidget *parent = label->parentWidget();
    QList<QFormLayout *> forms
        = parent ? parent->findChildren<QFormLayout *>() : QList<QFormLayout *>{};
    if (parent)
        if (auto *own = qobject_cast<QFormLayout *>(parent->layout()))
            forms.prepend(own);
    for (QFormLayout *form : std::as_const(forms))
        if (form->indexOf(label) >= 0) {
            form->setRowVisible(label, visible);
            break;
        }
    label->setVisible(visible);
}

} // namespace cd
