#include "widgets/emptystatewidget.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(32);
    return button;
}

} // namespace

EmptyStateWidget::EmptyStateWidget(QAction *createCluster, QAction *importConfig, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/cluster-empty.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("No clusters yet"), this);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto *text = new QLabel(tr("Create a cluster on a cloud or on machines you already have, "
                               "or bring your ElastiCluster configuration along."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    layout->addWidget(text);

    layout->addSpacing(12);
    layout->addWidget(buttonFor(createCluster, this));
    layout->addWidget(buttonFor(importConfig, this));
    layout->addStretch(2);
}

EmptyStateWidget::~EmptyStateWidget() = default;

} // namespace cd
