#include "widgets/terminal/sftppane.h"

#include "providers/ssh/sftplisting.h"
#include "providers/ssh/sftptransfer.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int IsDirRole = Qt::UserRole + 1;

QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(u'/') ? QString(dir + name) : QString(dir + u'/' + name);
}

} // namespace

SftpPane::SftpPane(QString node, SshTarget target, QWidget *parent)
    : QWidget(parent)
    , m_node(std::move(node))
    , m_target(std::move(target))
    , m_pathEdit(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_uploadButton(new QPushButton(tr("U&pload…"), this))
    , m_downloadButton(new QPushButton(tr("&Download…"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"sftpPane"_s);
    setWindowTitle(tr("Files on %1").arg(m_node));
    setAcceptDrops(true);
    m_pathEdit->setObjectName(u"sftpPath"_s);
    m_list->setObjectName(u"sftpList"_s);
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Modified")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress->setObjectName(u"sftpProgress"_s);
    m_status->setObjectName(u"sftpStatus"_s);
    m_cancel->setObjectName(u"sftpCancel"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_up);
    top->addWidget(m_pathEdit, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_uploadButton);
    bottom->addWidget(m_downloadButton);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);
    m_status->setText(tr("Drop files here to upload them into the folder shown."));
    setBusy(false);

    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this] { browse(m_pathEdit->text()); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int slash = m_path.lastIndexOf(u'/');
        browse(slash > 0 ? m_path.left(slash) : u"/"_s);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &SftpPane::onActivated);
    connect(m_uploadButton, &QPushButton::clicked, this, &SftpPane::chooseUpload);
    connect(m_downloadButton, &QPushButton::clicked, this, &SftpPane::chooseDownload);
    connect(m_cancel, &QPushButton::clicked, this, &SftpPane::cancel);
    browse({});
}

SftpPane::~SftpPane() = default; // a running transfer is cancelled with its object

void SftpPane::browse(const QString &path)
{
    const int request = ++m_listing;
    m_status->setText(tr("Reading %1…").arg(path.isEmpty() ? tr("the login folder") : path));
    SftpListing::list(m_target, path)
        .then(this, [this, request](const Result<SftpDirectory, SshError> &result) {
            if (request != m_listing)
                return;
            if (!result) {
                m_status->setText(result.error().message);
                emit message(result.error().message);
                return;
            }
            m_path = result.value().path;
            m_pathEdit->setText(m_path);
            m_list->clear();
            const QLocale locale;
            for (const SftpEntry &e : result.value().entries) {
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(0, e.isDirectory ? e.name + u'/' : e.name);
                item->setData(0, Qt::UserRole, e.name);
                item->setData(0, IsDirRole, e.isDirectory);
                item->setText(1, e.isDirectory ? QString() : locale.formattedDataSize(e.size));
                item->setText(2, locale.toString(e.modified, QLocale::ShortFormat));
            }
            m_status->setText(
                tr("%n item(s) in %1", "", int(result.value().entries.size())).arg(m_path));
            emit listed(m_path);
        });
}

void SftpPane::onActivated(QTreeWidgetItem *item)
{
    if (item->data(0, IsDirRole).toBool())
        browse(joinPath(m_path, item->data(0, Qt::UserRole).toString()));
}

void SftpPane::upload(const QStringList &localPaths)
{
    for (const QString &local : localPaths) {
        if (QFileInfo(local).isFile())
            m_queue.append({true, local, joinPath(m_path, QFileInfo(local).fileName())});
    }
    startNext();
}

void SftpPane::download(const QString &remoteName, const QString &localPath)
{
    m_queue.append({false, localPath, joinPath(m_path, remoteName)});
    startNext();
}

void SftpPane::cancel()
{
    m_queue.clear();
    if (m_transfer)
        m_transfer->cancel();
}

void SftpPane::startNext()
{
    if (m_transfer || m_queue.isEmpty())
        return;
    const Pending next = m_queue.takeFirst();
    auto *transfer = new SftpTransfer(
        m_target, next.upload ? SftpTransfer::Direction::Upload : SftpTransfer::Direction::Download,
        next.local, next.remote, this);
    m_transfer = transfer;
    const QString name = QFileInfo(next.remote).fileName();
    setBusy(true, next.upload ? tr("Uploading %1…").arg(name) : tr("Downloading %1…").arg(name));
    connect(transfer, &SftpTransfer::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    const auto end = [this, transfer, next, name](bool ok, const QString &text) {
        transfer->deleteLater();
        m_transfer = nullptr;
        setBusy(false, text);
        emit message(text);
        emit transferFinished(next.local, ok);
        if (ok && next.upload)
            browse(m_path);
        startNext();
    };
    connect(transfer, &SftpTransfer::finished, this, [end, next, name] {
        end(true, next.upload ? tr("Uploaded %1.").arg(name) : tr("Downloaded %1.").arg(name));
    });
    connect(transfer, &SftpTransfer::failed, this,
            [end](const SshError &error) { end(false, error.message); });
    transfer->start();
}

void SftpPane::setBusy(bool busy, const QString &text)
{
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    if (!text.isEmpty())
        m_status->setText(text);
}

void SftpPane::chooseUpload()
{
    auto *dialog = new QFileDialog(this, tr("Upload to %1").arg(m_path));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &SftpPane::upload);
    dialog->open();
}

void SftpPane::chooseDownload()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, IsDirRole).toBool())
        return;
    const QString name = item->data(0, Qt::UserRole).toString();
    auto *dialog = new QFileDialog(this, tr("Download %1 to").arg(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, name](const QString &local) { download(name, local); });
    dialog->open();
}

void SftpPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void SftpPane::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files += url.toLocalFile();
    }
    upload(files);
    event->acceptProposedAction();
}

} // namespace cd
