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
    bool contains(const QString &key) const { return m_index.contains(key); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QString lastKey() const { return m_last < 0 ? QString() : m_entries.at(m_last).key; }

    // A key seen again keeps its place (like Python's dict) and takes the new value and line;
    // returns the entry it replaced, if any.
    std::optional<IniEntry> set(IniEntry entry);
    void appendToLast(const QString &text) { m_entries[m_last].value += text; }

private:
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
    const IniSection *find(const QString &name) const;

private:
    QList<IniSection> m_sections;
    QHash<QString, qsizetype> m_index;
};

} // namespace cd
