#pragma once

#include "providers/ssh/sshtypes.h"

#include <QDialog>

class QPushButton;

namespace cd {

// "The host key of node N changed": both fingerprints side by side and what a change can mean
// (a reinstalled machine, or someone in between). Refuse is the default button and Escape
// refuses; only an explicit click on "Trust New Key" accepts.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    HostKeyDialog(const QString &cluster,
                  const QString &node,
                  const HostKey &expected,
                  const HostKey &presented,
                  QWidget *parent = nullptr);
    ~HostKeyDialog() override;

    QString cluster() const { return m_cluster; }
    QString node() const { return m_node; }
    HostKey presented() const { return m_presented; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *trustButton() const { return m_trust; }

private:
    QString m_cluster;
    QString m_node;
    HostKey m_presented;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_trust = nullptr;
};

} // namespace cd
