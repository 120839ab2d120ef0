#include "widgets/accounts/accountsdialog.h"

#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"
#include "providers/secrets/secretstore.h"
#include "widgets/accounts/accountform.h"
#include "widgets/wizard/guarded.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

AccountsDialog::AccountsDialog(ClusterRepository *repository,
                               SecretStore *secrets,
                               ClusterController *controller,
                               QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_controller(controller)
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Cloud accounts"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);

    auto *left = new QVBoxLayout;
    row->addLayout(left, 1);
    auto *listLabel = new QLabel(tr("&Accounts:"), this);
    left->addWidget(listLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"accountList"_s);
    m_list->setToolTip(tr("The clouds and machine pools clusters can use"));
    listLabel->setBuddy(m_list);
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    left->addLayout(listButtons);
    m_add = new QPushButton(tr("Ne&w"), this);
    m_add->setObjectName(u"addAccount"_s);
    m_add->setToolTip(tr("Fill in a new account"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(u"removeAccount"_s);
    m_remove->setToolTip(tr("Forget the selected account and delete its secrets from the "
                            "keychain"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);

    auto *right = new QVBoxLayout;
    row->addLayout(right, 2);
    m_form = new AccountForm(this);
    right->addWidget(m_form);
    auto *formButtons = new QHBoxLayout;
    right->addLayout(formButtons);
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(u"testAccount"_s);
    m_test->setToolTip(tr("Ask the cloud one cheap question with these settings"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveAccount"_s);
    m_save->setToolTip(tr("Store the account; secrets go to the keychain"));
    formButtons->addStretch();
    formButtons->addWidget(m_test);
    formButtons->addWidget(m_save);

    m_status = new QLabel(this);
    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::currentChanged);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::test);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::confirmRemove);
    connect(m_form, &AccountForm::changed, this, &AccountsDialog::updateButtons);
    if (m_repository)
        connect(m_repository, &ClusterRepository::configChanged, this, &AccountsDialog::reload);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    reload();
    if (m_list->count() == 0)
        startNew();
    resize(720, 420);
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::status() const
{
    return m_status->text();
}

void AccountsDialog::reload()
{
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const CloudAccount &a : m_repository ? m_repository->accounts() : QList<CloudAccount>{}) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(a.name, CloudAccount::typeName(a.type)),
                                         m_list);
        item->setData(Qt::UserRole, a.name);
        item->setToolTip(a.startable() ? a.endpoint
                                       : tr("Cannot be used: %1").arg(a.notStartableReason));
    }
    if (!current.isEmpty())
        selectAccount(current);
    updateButtons();
}

void AccountsDialog::selectAccount(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
        }
    currentChanged();
}

void AccountsDialog::currentChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    const auto account = item && m_repository
                             ? m_repository->account(item->data(Qt::UserRole).toString())
                             : std::nullopt;
    if (account)
        m_form->setAccount(*account);
    updateButtons();
}

void AccountsDialog::startNew()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    QStringList names;
    for (const CloudAccount &a : m_repository ? m_repository->accounts() : QList<CloudAccount>{})
        names << a.name;
    m_form->clear(names);
    m_form->nameEdit()->setFocus();
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool valid = m_form->problem().isEmpty();
    m_save->setEnabled(!m_busy && valid && m_repository && m_secrets);
    m_save->setToolTip(valid ? tr("Store the account; secrets go to the keychain")
                             : m_form->problem());
    m_test->setEnabled(!m_busy && valid && m_controller);
    m_remove->setEnabled(!m_busy && m_list->currentItem() != nullptr);
    m_add->setEnabled(!m_busy);
}

void AccountsDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (busy)
        setStatus(text, false);
    updateButtons();
}

void AccountsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c62828"_s : QString());
}

void AccountsDialog::save()
{
    if (!m_form->problem().isEmpty() || m_busy)
        return;
    const CloudAccount account = m_form->account();
    QList<QPair<QString, QByteArray>> pending;
    const QMap<QString, QByteArray> typed = m_form->typedSecrets();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        pending.append({it.key(), it.value()});
    setBusy(true, tr("Saving “%1”…").arg(account.name));
    storeSecrets(account, pending);
}

// One keychain write after another, each started from the event loop (never from inside the
// previous job's completion); the account is stored only once every secret is.
void AccountsDialog::storeSecrets(const CloudAccount &account,
                                  QList<QPair<QString, QByteArray>> pending)
{
    if (pending.isEmpty()) {
        const auto stored = m_repository->saveAccount(account);
        setBusy(false);
        if (!stored)
            return setStatus(stored.error(), true);
        setStatus(tr("Account “%1” saved.").arg(account.name), false);
        selectAccount(account.name);
        emit saved(account.name);
        return;
    }
    const auto [key, value] = pending.takeFirst();
    const QString ref = account.secretRefs.value(key);
    SecretStore *store = m_secrets;
    store->write(ref, value)
        .then(store, guarded(this, [this, account, pending, key](const SecretStatus &s) {
                  if (!s.ok()) {
                      setBusy(false);
                      return setStatus(tr("“%1” could not be stored in the keychain, so the "
                                          "account was not saved. "
                                          "%2\nClusterDeck keeps passwords and keys only in the "
                                          "system keychain (the "
                                          "Secret Service: gnome-keyring, KWallet …), never in its "
                                          "own files. Start or "
                                          "unlock the keychain, then save again.")
                                           .arg(key, SecretStore::describe(s.error())),
                                       true);
                  }
                  QTimer::singleShot(0, this,
                                     [this, account, pending] { storeSecrets(account, pending); });
              }));
}

} // namespace cd
