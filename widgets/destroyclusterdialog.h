#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace cd {

// "Destroy cluster X?": the user types the cluster's name to confirm. Cancel is the default;
// Enter does not destroy anything until the name matches.
class DestroyClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestroyClusterDialog)

public:
    DestroyClusterDialog(const QString &cluster, int nodes, QWidget *parent = nullptr);
    ~DestroyClusterDialog() override;

    QPushButton *destroyButton() const { return m_destroy; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    QString m_cluster;
    QLineEdit *m_name = nullptr;
    QPushButton *m_destroy = nullptr;
};

} // namespace cd
