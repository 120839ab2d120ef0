#pragma once

#include "model/domain/cluster.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cd {

// "Resize cluster X": per node kind, how many nodes to add and how many of the highest-numbered
// to remove (never below the kind's minimum). Removing terminates machines, so it needs a tick
// in "terminate N node(s)"; Cancel is the default button.
class ResizeClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResizeClusterDialog)

public:
    explicit ResizeClusterDialog(const Cluster &cluster, QWidget *parent = nullptr);
    ~ResizeClusterDialog() override;

    QMap<QString, int> additions() const;
    QMap<QString, int> removals() const;
    QSpinBox *addBox(const QString &kind) const { return m_add.value(kind); }
    QSpinBox *removeBox(const QString &kind) const { return m_remove.value(kind); }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *resizeButton() const { return m_resize; }
    QString summary() const;

private:
    void update();

    QMap<QString, QSpinBox *> m_add;
    QMap<QString, QSpinBox *> m_remove;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_resize = nullptr;
};

} // namespace cd
