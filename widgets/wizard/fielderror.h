#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace cd {

// The label under a field that names what is wrong with it (hidden while nothing is).
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
void showError(QLabel *label, const QString &problem);

} // namespace cd
