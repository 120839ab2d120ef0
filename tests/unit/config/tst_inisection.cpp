// IniSection: keys keep their first place and take the last value, whether the section is
// small (searched in order) or large (indexed once it grows past its threshold).
#include "model/config/inireader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstIniSection : public QObject
{
    Q_OBJECT

private slots:
    void repeatedKeysReplaceInPlace_data()
    {
        QTest::addColumn<int>("keys");
        QTest::newRow("small") << 5;
        QTest::newRow("at the threshold") << 24;
        QTest::newRow("large") << 200;
    }

    void repeatedKeysReplaceInPlace()
    {
        QFETCH(int, keys);
        cd::IniSection section;
        for (int i = 0; i < keys; ++i)
            QVERIFY(!section.set({u"k%1"_s.arg(i), u"first %1"_s.arg(i), u"a.conf"_s, i + 1}));
        for (int i = 0; i < keys; i += 2) {
            const std::optional<cd::IniEntry> old
                = section.set({u"k%1"_s.arg(i), u"second %1"_s.arg(i), u"a.conf"_s, 1000 + i});
            QVERIFY(old);
            QCOMPARE(old->value, u"first %1"_s.arg(i));
            QCOMPARE(section.lastKey(), u"k%1"_s.arg(i));
        }
        QCOMPARE(section.entries().size(), keys);
        for (int i = 0; i < keys; ++i) {
            const QString key = u"k%1"_s.arg(i);
            QCOMPARE(section.entries().at(i).key, key);
            QVERIFY(section.contains(key));
            QCOMPARE(section.value(key), (i % 2 ? u"first %1"_s : u"second %1"_s).arg(i));
        }
        QVERIFY(!section.contains(u"K0"_s)); // keys are case-sensitive
        QVERIFY(!section.find(u"missing"_s));
    }

    void readerMergesRepeatedSectionsAndHandsThemOver()
    {
        cd::IniReader reader;
        QList<cd::ImportIssue> issues;
        QByteArray text = "[s]\n";
        for (int i = 0; i < 40; ++i)
            text += "key" + QByteArray::number(i) + " = v" + QByteArray::number(i) + "\n";
        text += "[t]\nx = 1\n[s]\nkey39 = last\nkey40 = new\n";
        reader.read(u"a.conf"_s, text, issues);
        // The repeated [s] is merged, and its repeated key found in the large section's index.
        QCOMPARE(issues.size(), 2);
        QVERIFY(issues.at(0).message.contains(u"[s] appears again"_s));
        QVERIFY(issues.at(1).message.contains(u"`key39` again (first at line 41)"_s));
        QList<cd::IniSection> sections = reader.takeSections();
        QCOMPARE(sections.size(), 2);
        QVERIFY(reader.sections().isEmpty());
        QVERIFY(!reader.find(u"s"_s));
        const cd::IniSection &s = sections.at(0);
        QCOMPARE(s.entries().size(), 41);
        QCOMPARE(s.value(u"key39"_s), u"last"_s);
        QCOMPARE(s.value(u"key40"_s), u"new"_s);
        QCOMPARE(s.value(u"key0"_s), u"v0"_s);
    }
};

QTEST_GUILESS_MAIN(TstIniSection)
#include "tst_inisection.moc"
