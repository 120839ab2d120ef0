#pragma once

#include "model/lifecycle/orphanscan.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace cd {

// Cluster → Scan for Orphans…: asks every usable cloud account for the instances that carry
// ClusterDeck's tags but belong to no stored cluster (they cost money and nothing manages
// them), without blocking, then lists them with the reason in a summary and in the log. Those
// whose tags name a stored cluster can be adopted from the summary (OrphanAdoption), and their
// cluster is refreshed so they become reachable. Nothing is terminated from here.
class OrphanScanFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanScanFlow)

public:
    // `controller` may be null: the action stays disabled.
    OrphanScanFlow(ClusterRepository *repository, ClusterController *controller, QWidget *window);
    ~OrphanScanFlow() override;

    QAction *action() const { return m_action; }
    OrphanScan *scan() const { return m_scan; }

signals:
    void message(const QString &text);       // for the log
    void busy(const QString &text, bool on); // for the status bar

private:
    void start();
    void showSummary(const QList<Orphan> &orphans, const QStringList &notes);
    // The orphans whose tags name a stored cluster that can take them.
    QList<Orphan> adoptable(const QList<Orphan> &orphans) const;
    void adopt(const QList<Orphan> &orphans);

    QPointer<ClusterRepository> m_repository;
    QPointer<ClusterController> m_controller;
    OrphanScan *m_scan;
    QWidget *m_window;
    QAction *m_action;
};

} // namespace cd
