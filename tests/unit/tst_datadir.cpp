#include "model/core/datadir.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using cd::DataDir;
using namespace Qt::StringLiterals;

class TestDataDir final : public QObject
{
    Q_OBJECT

private slots:
    void createsMissingDirectory();
    void refusesAFile();
    void refusesUnwritable();
    void defaultIsTheStandardLocation();
};

void TestDataDir::createsMissingDirectory()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString wanted = tmp.path() + u"/a/b/../c"_s;
    auto dir = DataDir::open(wanted);
    QVERIFY2(dir.ok(), qPrintable(dir.ok() ? QString() : dir.error()));
    QCOMPARE(dir.value().path(), tmp.path() + u"/a/c"_s);
    QVERIFY(QFileInfo(dir.value().path()).isDir());
    QCOMPARE(dir.value().databasePath(), tmp.path() + u"/a/c/clusterdeck.sqlite"_s);
    QCOMPARE(dir.value().settingsPath(), tmp.path() + u"/a/c/settings.ini"_s);
}

void TestDataDir::refusesAFile()
{
    QTemporaryDir tmp;
    QFile file(tmp.filePath(u"plain"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto dir = DataDir::open(file.fileName());
    QVERIFY(!dir.ok());
    QVERIFY2(dir.error().contains(file.fileName()), qPrintable(dir.error()));
    QVERIFY2(dir.error().contains(u"not a directory"), qPrintable(dir.error()));
}

void TestDataDir::refusesUnwritable()
{
    // /proc cannot hold a data directory, whoever we are (root ignores file modes).
    auto dir = DataDir::open(u"/proc/clusterdeck-data"_s);
    QVERIFY(!dir.ok());
    QVERIFY2(dir.error().contains(u"/proc/clusterdeck-data"), qPrintable(dir.error()));
}

void TestDataDir::defaultIsTheStandardLocation()
{
    QCoreApplication::setApplicationName(u"clusterdeck"_s);
    QVERIFY(DataDir::defaultPath().endsWith(u"/clusterdeck"_s));
}

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
