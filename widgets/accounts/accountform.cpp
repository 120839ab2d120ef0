#include "widgets/accounts/accountform.h"

#include "widgets/accounts/accountfields.h"
#include "widgets/wizard/fielderror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString fieldValue(const CloudAccount &a, const AccountField &f)
{
    switch (f.target) {
    case AccountField::Target::Endpoint:
        return a.endpoint;
    case AccountField::Target::Region:
        return a.region;
    case AccountField::Target::Zone:
        return a.zone;
    case AccountField::Target::Project:
        return a.project;
    case AccountField::Target::Setting:
        return a.settings.value(f.key);
    case AccountField::Target::Secret:
        break;
    }
    return {};
}

} // namespace

AccountForm::AccountForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"accountForm"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // One form for the fixed rows and the type's own, so the labels line up.
    auto *top = new QFormLayout;
    m_fields = top;
    layout->addLayout(top);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"accountName"_s);
    m_name->setToolTip(tr("How templates and clusters refer to this account: letters, digits, "
                          "_ . -"));
    top->addRow(tr("&Name:"), m_name);
    m_nameError = makeErrorLabel(u"accountNameError"_s, this);
    top->addRow(QString(), m_nameError);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"accountType"_s);
    m_type->setToolTip(tr("Where the nodes come from"));
    for (const AccountType &t : accountTypes())
        m_type->addItem(t.title, t.type);
    top->addRow(tr("T&ype:"), m_type);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    top->addRow(QString(), m_description);

    m_fixedRows = top->rowCount();
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &AccountForm::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AccountForm::rebuildFields);
    rebuildFields();
}

AccountForm::~AccountForm() = default;

QString AccountForm::secretRef(const QString &account, const QString &key)
{
    return u"account/%1/%2"_s.arg(account, key); // as `account add` names them
}

const AccountType *AccountForm::currentType() const
{
    return accountType(m_type->currentData().toString());
}

void AccountForm::setType(const QString &type)
{
    m_type->setCurrentIndex(m_type->findData(type));
}

QLineEdit *AccountForm::field(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.key == key)
            return row.edit;
    return nullptr;
}

void AccountForm::clear(const QStringList &taken)
{
    m_editing = false;
    m_taken = taken;
    m_original = CloudAccount{};
    m_name->setReadOnly(false);
    m_name->clear();
    m_type->setEnabled(true);
    if (m_type->currentIndex() < 0)
        m_type->setCurrentIndex(0);
    rebuildFields();
}

void AccountForm::setAccount(const CloudAccount &account)
{
    m_editing = true;
    m_taken.clear();
    m_original = account;
    m_name->setText(account.name);
    m_name->setReadOnly(true);
    m_type->setEnabled(false); // a cluster's nodes belong to the type they were made with
    const int index = m_type->findData(CloudAccount::typeName(account.type));
    if (index == m_type->currentIndex())
        rebuildFields();
    else
        m_type->setCurrentIndex(index);
}

void AccountForm::rebuildFields()
{
    while (m_fields->rowCount() > m_fixedRows)
        m_fields->removeRow(m_fixedRows);
    m_rows.clear();
    const AccountType *type = currentType();
    m_description->setText(type ? type->description : QString());
    QWidget *previous = m_type;
    for (const AccountField &f : type ? type->fields : QList<AccountField>{}) {
        Row row{f.key, new QLineEdit(this), makeErrorLabel(u"error_"_s + f.key, this)};
        row.edit->setObjectName(u"field_"_s + f.key);
        row.edit->setToolTip(f.toolTip);
        row.edit->setPlaceholderText(f.placeholder);
        if (f.target == AccountField::Target::Secret) {
            row.edit->setEchoMode(QLineEdit::Password);
            if (m_original.secretRefs.contains(f.key))
                row.edit->setPlaceholderText(tr("(in the keychain; type to replace)"));
        } else {
            row.edit->setText(fieldValue(m_original, f));
        }
        m_fields->addRow(f.label, row.edit);
        m_fields->addRow(QString(), row.error);
        setTabOrder(previous, row.edit);
        previous = row.edit;
        connect(row.edit, &QLineEdit::textChanged, this, &AccountForm::validate);
        m_rows.append(row);
    }
    validate();
}

void AccountForm::validate()
{
    static const QRegularExpression nameRe(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    m_problem.clear();
    const auto note = [this](QLabel *label, const QString &problem) {
        showError(label, problem);
        if (m_problem.isEmpty())
            m_problem = problem;
    };
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        note(m_nameError, tr("Give the account a name."));
    else if (!nameRe.match(name).hasMatch())
        note(m_nameError, tr("Use letters, digits, _ . and -, starting with a letter or digit."));
    else if (!m_editing && m_taken.contains(name))
        note(m_nameError, tr("An account with this name exists."));
    else
        note(m_nameError, {});
    const AccountType *type = currentType();
    if (!type) {
        // e.g. an imported OpenStack account before its form exists: shown, not edited.
        note(m_nameError, {});
        m_problem = tr("Accounts of type “%1” cannot be edited here yet; use "
                       "`clusterdeck-cli account add --replace`.")
                        .arg(m_original.provider.isEmpty() ? CloudAccount::typeName(m_original.type)
                                                           : m_original.provider);
        m_description->setText(m_problem);
        emit changed();
        return;
    }
    for (const Row &row : std::as_const(m_rows)) {
        const auto f = std::find_if(type->fields.cbegin(), type->fields.cend(),
                                    [&row](const AccountField &f) { return f.key == row.key; });
        const QString value = row.edit->text().trimmed();
        const bool stored = m_original.secretRefs.contains(row.key);
        if (value.isEmpty())
            note(row.error, f->required && !stored ? tr("Required.") : QString());
        else
            note(row.error, f->check ? f->check(value) : QString());
    }
    emit changed();
}

CloudAccount AccountForm::account() const
{
    CloudAccount a = m_original;
    a.name = m_name->text().trimmed();
    if (currentType()) {
        a.provider = m_type->currentData().toString();
        a.type = CloudAccount::typeFromProvider(a.provider);
    }
    a.updated = QDateTime::currentDateTimeUtc();
    const AccountType *type = currentType();
    for (const AccountField &f : type ? type->fields : QList<AccountField>{}) {
        const QString value = field(f.key)->text().trimmed();
        switch (f.target) {
        case AccountField::Target::Endpoint:
            a.endpoint = value;
            break;
        case AccountField::Target::Region:
            a.region = value;
            break;
        case AccountField::Target::Zone:
            a.zone = value;
            break;
        case AccountField::Target::Project:
            a.project = value;
            break;
        case AccountField::Target::Setting:
            if (value.isEmpty())
                a.settings.remove(f.key);
            else
                a.settings.insert(f.key, value);
            break;
        case AccountField::Target::Secret:
            // A retyped secret replaces the stored one under its reference (imported accounts
            // may use another naming), so no keychain entry is left behind.
            if (!value.isEmpty())
                a.secretRefs.insert(f.key,
                                    m_original.secretRefs.value(f.key, secretRef(a.name, f.key)));
            break;
        }
    }
    return a;
}

QMap<QString, QByteArray> AccountForm::typedSecrets() const
{
    QMap<QString, QByteArray> secrets;
    const AccountType *type = currentType();
    for (const AccountField &f : type ? type->fields : QList<AccountField>{})
        if (f.target == AccountField::Target::Secret && !field(f.key)->text().isEmpty())
            secrets.insert(f.key, field(f.key)->text().toUtf8());
    return secrets;
}

} // namespace cd
