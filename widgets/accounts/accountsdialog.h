#pragma once

#include "model/domain/cloudaccount.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace cd {

class AccountForm;
class ClusterController;
class ClusterRepository;
class SecretStore;

// Lists the cloud accounts and adds, edits, tests and removes them. Secrets typed into the
// form go straight to the SecretStore (the keychain); the repository only ever gets their
// references. Everything slow (keychain, the cloud's answer to a test) is asynchronous: the
// dialog shows what it waits for and never blocks. A keychain that fails is explained.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    // `controller` makes the providers a test talks to; without it Test is disabled.
    AccountsDialog(ClusterRepository *repository,
                   SecretStore *secrets,
                   ClusterController *controller,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    AccountForm *form() const { return m_form; }
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    // What the last save, test or removal said (also shown in the dialog).
    QString status() const;
    bool isBusy() const { return m_busy; }
    void selectAccount(const QString &name);

signals:
    void saved(const QString &account);
    void removed(const QString &account);

private:
    void reload();
    void currentChanged();
    void startNew();
    void save();
    void storeSecrets(const CloudAccount &account, QList<QPair<QString, QByteArray>> pending);
    void test();
    void confirmRemove();
    void remove(const QString &name);
    void removeSecrets(const QString &name, QStringList refs, QStringList failures);
    void setBusy(bool busy, const QString &text = {});
    void setStatus(const QString &text, bool error);
    void updateButtons();

    QPointer<ClusterRepository> m_repository;
    QPointer<SecretStore> m_secrets;
    QPointer<ClusterController> m_controller;
    QListWidget *m_list = nullptr;
    AccountForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_busy = false;
    quint64 m_generation = 0; // answers to an earlier test are ignored
};

} // namespace cd
