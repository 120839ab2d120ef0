#pragma once

// Helpers the accounts dialog tests share.
#include "widgets/accounts/accountform.h"

#include <QFile>
#include <QLineEdit>
#include <QTest>

namespace cd::test {

using namespace Qt::StringLiterals;

inline constexpr auto Secret = "s3cr3t-VALUE-7f2c9a";

// Every byte SQLite may have written (the database and its WAL).
inline QByteArray databaseBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

inline void fillEc2(AccountForm *form, const QString &name)
{
    form->setType(u"ec2"_s);
    form->nameEdit()->setText(name);
    form->field(u"ec2_region"_s)->setText(u"eu-west-1"_s);
    form->field(u"ec2_access_key"_s)->setText(u"AKIDEXAMPLE"_s);
    QTest::keyClicks(form->field(u"ec2_secret_key"_s), QString::fromLatin1(Secret));
}

} // namespace cd::test
