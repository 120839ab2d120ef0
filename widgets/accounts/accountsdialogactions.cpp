// AccountsDialog: Test and Remove (both asynchronous).
#include "widgets/accounts/accountsdialog.h"

#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"
#include "providers/secrets/secretstore.h"
#include "widgets/accounts/accountform.h"
#include "widgets/wizard/guarded.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

void AccountsDialog::test()
{
    if (!m_controller || !m_form->problem().isEmpty() || m_busy)
        return;
    const CloudAccount account = m_form->account();
    const quint64 generation = ++m_generation;
    setBusy(true, tr("Testing “%1”…").arg(account.name));
    const auto answer = [this, generation, name = account.name](const QString &text, bool ok) {
        if (generation != m_generation)
            return;
        setBusy(false);
        setStatus(ok ? tr("Account “%1” works. %2").arg(name, text)
                     : tr("Account “%1” does not work: %2").arg(name, text),
                  !ok);
    };
    ClusterController *controller = m_controller;
    controller->providerForAccount(account, m_form->typedSecrets())
        .then(controller,
              guarded(this, [this, answer](const ClusterController::ProviderResult &made) {
                  if (!made.ok())
                      return answer(made.error(), false);
                  std::shared_ptr<CloudProvider> provider = made.value();
                  if (!provider->supports(CloudProvider::Operation::Quota))
                      return answer(tr("(This kind of account has nothing to ask.)"), true);
                  // One cheap, authenticated call; the continuation keeps the provider (its
                  // context) alive until it answered.
                  CloudProvider *context = provider.get();
                  provider->quota().then(
                      context, guarded(this, [answer, provider](const CloudResult<QuotaInfo> &q) {
                          if (!q.ok())
                              return answer(q.error().describe(), false);
                          const QuotaInfo &info = q.value();
                          if (info.maxInstances < 0)
                              return answer(tr("The cloud answered."), true);
                          answer(tr("Instances: %1 in use of %2.")
                                     .arg(info.usedInstances >= 0
                                              ? QString::number(info.usedInstances)
                                              : tr("?"))
                                     .arg(info.maxInstances),
                                 true);
                      }));
              }));
}

void AccountsDialog::confirmRemove()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || m_busy)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    QStringList users;
    for (const Cluster &c : m_repository->clusters())
        if (c.cloud == name)
            users << tr("cluster %1").arg(c.name);
    for (const ClusterTemplate &t : m_repository->templates())
        if (t.cloud == name)
            users << tr("template %1").arg(t.name);
    QString text
        = tr("Remove the account “%1” and delete its secrets from the keychain?").arg(name);
    if (!users.isEmpty())
        text += u"\n\n"_s
                + tr("It is used by %1; they cannot start or destroy nodes without it.")
                      .arg(users.join(u", "_s));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove account"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoveAccount"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes)
            remove(name);
    });
    box->open();
}

void AccountsDialog::remove(const QString &name)
{
    const auto account = m_repository->account(name);
    if (!account)
        return;
    if (auto removed = m_repository->removeAccount(name); !removed)
        return setStatus(removed.error(), true);
    startNew();
    setBusy(true, tr("Deleting the secrets of “%1”…").arg(name));
    emit removed(name);
    removeSecrets(name, account->secretRefs.values(), {});
}

// The keychain entries go one after another; an entry that is already gone is fine.
void AccountsDialog::removeSecrets(const QString &name, QStringList refs, QStringList failures)
{
    if (refs.isEmpty() || !m_secrets) {
        setBusy(false);
        if (failures.isEmpty())
            return setStatus(tr("Account “%1” removed.").arg(name), false);
        return setStatus(tr("Account “%1” removed, but the keychain kept some of its secrets: "
                            "%2 Delete them with your keychain manager.")
                             .arg(name, failures.join(u' ')),
                         true);
    }
    const QString ref = refs.takeFirst();
    SecretStore *store = m_secrets;
    store->remove(ref).then(
        store, guarded(this, [this, name, refs, failures, ref](const SecretStatus &s) mutable {
            if (!s.ok() && s.error().kind != SecretError::Kind::NotFound)
                failures << tr("%1: %2").arg(ref, SecretStore::describe(s.error()));
            QTimer::singleShot(
                0, this, [this, name, refs, failures] { removeSecrets(name, refs, failures); });
        }));
}

} // namespace cd
