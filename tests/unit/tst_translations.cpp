// Translations: the German catalogue is built into the application and complete (no
// unfinished message in translations/clusterdeck_de.ts), and the language can be chosen
// over the system locale (ui/language in the settings) and switched back.
#include "app/appsetup.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void chosenLanguageWins();
    void germanIsComplete();
};

void TestTranslations::chosenLanguageWins()
{
    auto &app = *QCoreApplication::instance();
    cd::installTranslations(app, u"de"_s);
    QCOMPARE(QCoreApplication::translate("cd::MainWindow", "&File"), u"&Datei"_s);
    QCOMPARE(QCoreApplication::translate("cd::ClusterActions", "&Pause…"), u"&Pausieren…"_s);
    cd::installTranslations(app, u"en"_s); // replaces, does not stack
    QCOMPARE(QCoreApplication::translate("cd::MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QString::fromLatin1(cd::languageSettingKey()), u"ui/language"_s);
}

void TestTranslations::germanIsComplete()
{
    QFile ts(cd::test::sourceDir() + u"/translations/clusterdeck_de.ts"_s);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.count("<message") > 1000);
    QCOMPARE(text.count("type=\"unfinished\""), 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
