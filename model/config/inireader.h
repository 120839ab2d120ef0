#pragma once

#include "model/config/importresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// One `key = value` line (plus its continuation lines) and where it was written.
struct IniEntry final
{
    QString key;
    QString value; // continuation lines joined with '\n'
    QString file;
    int line = 0;
    bool fromSecret = false; // set by ValueExpander: the value took in a secret key's value
    bool referenced = false; // set by ValueExpander: another value uses it as %(key)s
};

// One [section], merged over all its occurrences in all files read.
class IniSection final
{
public:
    QString name; // between the brackets, trimmed
    QString file; // where it first appeared
    int line = 0;

    const QList<IniEntry> &entries() const { return m_entries; }
    const IniEntry *find(const QString &key) const;
    QString value(const QString &key) const;
    bool contains(const QString &key) const { return find(key) != nullptr; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QString lastKey() const { return m_last < 0 ? QString() : m_entries.at(m_last).key; }

    // A key seen again keeps its place (like Python's dict) and takes the new value and line;
    // returns the entry it replaced, if any.
    std::optional<IniEntry> set(IniEntry entry);
    void appendToLast(const QString &text) { m_entries[m_last].value += text; }

private:
    qsizetype indexOf(const QString &key) const;

    // Sections hold a dozen keys or so: they are searched in order, and only a section that
    // grows past kIndexFrom keys gets a hash index (an empty QHash costs nothing, a filled one
    // about 1.5 KB; a 10 MB file has tens of thousands of sections).
    static constexpr qsizetype kIndexFrom = 24;
    QList<IniEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    qsizetype m_last = -1;
};

// Reads INI text the way ElastiCluster's Python ConfigParser(strict=False) does: `key = value`
// and `key: value`, `#`/`;` comment lines, indented continuation lines, blank lines kept inside
// a continued value, key case preserved, repeated sections and keys merged (later wins). Unlike
// Python it never gives up: a broken line or section is reported and skipped, the rest is read.
class IniReader final
{
    Q_DECLARE_TR_FUNCTIONS(ElastiClusterImporter)

public:
    // Adds one file's sections to those already read (files are merged like ConfigParser.read).
    void read(const QString &fileName, const QByteArray &content, QList<ImportIssue> &issues);

    const QList<IniSection> &sections() const { return m_sections; }
    // Hands the sections over and leaves the reader empty, so that a caller can release each
    // section once it has used it.
    QList<IniSection> takeSections();
    const IniSection *find(const QString &name) const;

private:
    QList<IniSection> m_sections;
    QHash<QString, qsizetype> m_index;
};

} // namespace cd
