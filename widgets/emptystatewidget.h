#pragma once

#include <QWidget>

class QAction;

namespace cd {

// What the cluster list shows while there is no cluster: a short explanation and the actions
// that get the user started. Buttons mirror their QAction (text, enabled state, tooltip).
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    EmptyStateWidget(QAction *createCluster, QAction *importConfig, QWidget *parent = nullptr);
    ~EmptyStateWidget() override;
};

} // namespace cd
