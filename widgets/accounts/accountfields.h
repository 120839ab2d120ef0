#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

// One input of an account form. Where the value goes in a CloudAccount is `target`; a Secret
// is never stored in the account, only a reference to it in the SecretStore.
struct AccountField final
{
    enum class Target { Endpoint, Region, Zone, Project, Setting, Secret };

    QString key; // the config key (ec2_access_key, hosts …), also the secret's setting name
    Target target = Target::Setting;
    QString label; // with a mnemonic
    QString toolTip;
    QString placeholder;
    bool required = false;
    // The problem with a non-empty value, or an empty string.
    std::function<QString(const QString &value)> check;
};

// An account type the form can edit: "ec2", "static" … Adding a cloud to the dialog is adding
// one entry to accountTypes(), nothing else.
struct AccountType final
{
    QString type; // CloudAccount::typeName()
    QString title;
    QString description;
    QList<AccountField> fields;
};

struct AccountFieldsTr final
{
    Q_DECLARE_TR_FUNCTIONS(AccountFields)
};

QList<AccountType> accountTypes();
const AccountType *accountType(const QString &type);

} // namespace cd
