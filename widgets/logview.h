#pragma once

#include <QPlainTextEdit>

namespace cd {

// The application log shown in the log dock: read-only, capped so it never grows without bound.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    static constexpr int MaxLines = 5000;

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

public slots:
    void appendMessage(const QString &text);
};

} // namespace cd
