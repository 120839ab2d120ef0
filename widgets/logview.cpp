#include "widgets/logview.h"

#include <QDateTime>
#include <QFontDatabase>

namespace cd {

LogView::LogView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setMaximumBlockCount(MaxLines);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setToolTip(tr("Messages from ClusterDeck and its running jobs"));
}

LogView::~LogView() = default;

void LogView::appendMessage(const QString &text)
{
    appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) + u"  "
                    + text);
}

} // namespace cd
