#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace cd {

class ClusterRepository;
struct Cluster;

// The line above a cluster's node table: how many nodes are ready of how many, the cluster's
// state, and the address to log in to (the ssh_to kind or node, else the frontend) with a
// button that copies it. Follows the repository as nodes change.
class ClusterSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSummary)

public:
    explicit ClusterSummary(ClusterRepository *repository, QWidget *parent = nullptr);
    ~ClusterSummary() override;

    void setCluster(const QString &name);
    QString text() const;
    QString address() const { return m_address; }
    QToolButton *copyButton() const { return m_copy; }

    // The address one logs in to (NodeLogin::defaultNode's); empty when it has none yet.
    static QString loginAddress(const Cluster &cluster);

private:
    void update();

    QPointer<ClusterRepository> m_repository;
    QString m_cluster;
    QString m_address;
    QLabel *m_label;
    QToolButton *m_copy;
};

} // namespace cd
