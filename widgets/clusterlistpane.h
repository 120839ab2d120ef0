#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTreeView;

namespace cd {

class ClusterFilterModel;
class ClusterListModel;

// The cluster list with its filter box: typing narrows the rows to clusters whose name,
// template or cloud contains the text; Esc in the box clears it; the Find action (Ctrl+F)
// puts the cursor there. The view shows the filter model, so its indexes are mapped before
// anything asks which cluster is current.
class ClusterListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListPane)

public:
    explicit ClusterListPane(ClusterListModel *clusters, QWidget *parent = nullptr);
    ~ClusterListPane() override;

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ClusterFilterModel *filterModel() const { return m_proxy; }
    // Focuses the filter box (Ctrl+F); for the window's menus.
    QAction *findAction() const { return m_find; }

    // The selected cluster's name, or empty.
    QString currentCluster() const;
    // Selects the named cluster, clearing the filter when it hides it.
    void selectCluster(const QString &name);
    // Selects the first shown cluster when none is selected.
    void selectFirstIfNone();

signals:
    void currentClusterChanged(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void updateNoMatch();

    ClusterListModel *m_clusters;
    ClusterFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_noMatch;
    QAction *m_find;
};

} // namespace cd
