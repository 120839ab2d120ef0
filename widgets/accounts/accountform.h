#pragma once

#include "model/domain/cloudaccount.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace cd {

struct AccountType;

// Edits one cloud account: its name, its type, and the fields that type asks for (built from
// accountTypes()). Secrets typed here are handed out by typedSecrets() for the keychain and
// never put into account(). Each invalid field is named in a label right below it.
class AccountForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountForm)

public:
    explicit AccountForm(QWidget *parent = nullptr);
    ~AccountForm() override;

    // A new account (name editable; `taken` names are refused) …
    void clear(const QStringList &taken);
    // … or an existing one (name fixed; its stored secrets are kept unless retyped).
    void setAccount(const CloudAccount &account);
    bool isEditing() const { return m_editing; }

    // The account as the form shows it (secretRefs for every secret field that has one).
    CloudAccount account() const;
    // Setting name → value of each secret typed in.
    QMap<QString, QByteArray> typedSecrets() const;
    // The first problem that blocks Save, or empty.
    QString problem() const { return m_problem; }

    QLineEdit *field(const QString &key) const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    void setType(const QString &type);

    static QString secretRef(const QString &account, const QString &key);

signals:
    void changed();

private:
    struct Row
    {
        QString key;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };

    void rebuildFields();
    void validate();
    const AccountType *currentType() const;

    QComboBox *m_type = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_fields = nullptr;
    int m_fixedRows = 0; // name, type, description; the type's fields follow
    QList<Row> m_rows;
    CloudAccount m_original;
    QStringList m_taken;
    bool m_editing = false;
    QString m_problem;
};

} // namespace cd
