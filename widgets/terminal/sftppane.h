#pragma once

#include "providers/ssh/sftptransfer.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {

// Files of one node over SFTP: browse folders, download the selected file, upload files
// (a button or dropped from the desktop) into the folder shown, one transfer at a time with
// progress and Cancel. Everything runs on worker threads; the pane only waits for signals.
class SftpPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SftpPane)

public:
    SftpPane(QString node, SshTarget target, QWidget *parent = nullptr);
    ~SftpPane() override;

    QString node() const { return m_node; }
    QString currentPath() const { return m_path; }
    bool isBusy() const { return m_transfer != nullptr; }

    // Shows `path` ("" = the login folder); listed() follows.
    void browse(const QString &path);
    // Queue local files for upload into the folder shown.
    void upload(const QStringList &localPaths);
    void download(const QString &remoteName, const QString &localPath);
    void cancel();

signals:
    void listed(const QString &path);
    void transferFinished(const QString &localPath, bool ok);
    void message(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onActivated(QTreeWidgetItem *item);
    void chooseUpload();
    void chooseDownload();
    void startNext();
    void setBusy(bool busy, const QString &text = {});

    struct Pending
    {
        bool upload = true;
        QString local;
        QString remote;
    };

    QString m_node;
    SshTarget m_target;
    QString m_path;
    QLineEdit *m_pathEdit;
    QTreeWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_uploadButton;
    QPushButton *m_downloadButton;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QList<Pending> m_queue;
    QPointer<SftpTransfer> m_transfer;
    int m_listing = 0; // the latest request; older answers are dropped
};

} // namespace cd
