#include "model/config/inireader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Python's ConfigParser measures indentation up to the first non-whitespace character.
int indentOf(QStringView line)
{
    int i = 0;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    return i;
}

bool isComment(QStringView stripped)
{
    return stripped.startsWith(u'#') || stripped.startsWith(u';');
}

// Where something was written, short enough for a message: "line 4" in the same file,
// "other.conf line 4" otherwise.
QString place(const QString &file, int line, const QString &currentFile)
{
    if (file == currentFile)
        return QCoreApplication::translate("ElastiClusterImporter", "line %1").arg(line);
    return QCoreApplication::translate("ElastiClusterImporter", "%1 line %2")
        .arg(QFileInfo(file).fileName())
        .arg(line);
}

// A line quoted in a message: trimmed and cut short, so a pasted blob stays readable.
QString quoted(QStringView text)
{
    constexpr qsizetype max = 60;
    return text.size() <= max ? text.toString() : text.left(max).toString() + u"…"_s;
}

} // namespace

qsizetype IniSection::indexOf(const QString &key) const
{
    if (!m_index.isEmpty())
        return m_index.value(key, -1);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

const IniEntry *IniSection::find(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_entries.at(i);
}

QString IniSection::value(const QString &key) const
{
    const IniEntry *entry = find(key);
    return entry ? entry->value : QString();
}

std::optional<IniEntry> IniSection::set(IniEntry entry)
{
    const qsizetype i = indexOf(entry.key);
    if (i < 0) {
        m_last = m_entries.size();
        if (!m_index.isEmpty()) {
            m_index.insert(entry.key, m_last);
        } else if (m_last + 1 >= kIndexFrom) {
            for (qsizetype k = 0; k < m_last; ++k)
                m_index.insert(m_entries.at(k).key, k);
            m_index.insert(entry.key, m_last);
        }
        m_entries.append(std::move(entry));
        return std::nullopt;
    }
    m_last = i;
    IniEntry old = std::exchange(m_entries[m_last], std::move(entry));
    return old;
}

QList<IniSection> IniReader::takeSections()
{
    m_index.clear();
    return std::exchange(m_sections, {});
}

const IniSection *IniReader::find(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_sections.at(*it);
}

void IniReader::read(const QString &fileName, const QByteArray &content, QList<ImportIssue> &issues)
{
    const auto report = [&](ImportIssue::Severity severity, int line, const QString &message) {
        issues.append({fileName, line, severity, message});
    };
    constexpr auto Error = ImportIssue::Severity::Error;
    constexpr auto Warning = ImportIssue::Severity::Warning;

    enum class Skip {
        None,
        UntilHeader,  // a broken header, or lines before any header
        Continuations // the lines indented below a skipped line belong to it
    };
    Skip skip = Skip::None;
    qsizetype current = -1; // index of the section being read
    bool haveKey = false;   // Python's `optname`: continuation lines extend the last key
    int indentLevel = 0;
    int pendingBlanks = 0; // blank lines inside a value, kept if a continuation follows

    const QByteArrayView data(content);
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int lineNo = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView raw = data.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (raw.endsWith('\r'))
            raw.chop(1);

        const QString line = QString::fromUtf8(raw);
        const QStringView stripped = QStringView(line).trimmed();
        const int indent = indentOf(line);

        if (!raw.isValidUtf8()) {
            if (haveKey && indent > indentLevel) {
                report(Error, lineNo,
                       tr("Line %1 is not valid UTF-8 text and was left out of the value of `%2`. "
                          "Save the file as UTF-8.")
                           .arg(lineNo)
                           .arg(m_sections.at(current).lastKey()));
                continue;
            }
            haveKey = false;
            pendingBlanks = 0;
            indentLevel = indent;
            if (stripped.startsWith(u'[')) {
                report(Error, lineNo,
                       tr("Line %1 is not valid UTF-8 text; it looks like a section header, so it "
                          "and the keys up to the next section header were skipped. Save the "
                          "file as UTF-8.")
                           .arg(lineNo));
                skip = Skip::UntilHeader;
                current = -1;
            } else {
                report(
                    Error, lineNo,
                    tr("Line %1 is not valid UTF-8 text and was skipped. Save the file as UTF-8.")
                        .arg(lineNo));
                if (skip != Skip::UntilHeader)
                    skip = Skip::Continuations;
            }
            continue;
        }

        if (stripped.isEmpty() || isComment(stripped)) {
            // Python keeps blank lines inside a continued value, but not comment lines.
            if (stripped.isEmpty() && haveKey)
                ++pendingBlanks;
            continue;
        }

        if (skip == Skip::Continuations) {
            if (indent > indentLevel)
                continue;
            skip = Skip::None;
        }

        if (haveKey && indent > indentLevel) {
            m_sections[current].appendToLast(QString(pendingBlanks + 1, u'\n') + stripped);
            pendingBlanks = 0;
            continue;
        }
        haveKey = false;
        pendingBlanks = 0;
        indentLevel = indent;

        if (stripped.startsWith(u'[')) {
            const qsizetype close = stripped.lastIndexOf(u']');
            const QString name
                = close > 0 ? stripped.sliced(1, close - 1).trimmed().toString() : QString();
            if (close < 0) {
                report(Error, lineNo,
                       tr("Line %1 starts a section header but has no closing `]`: %2. The keys "
                          "up to the next section header were skipped.")
                           .arg(lineNo)
                           .arg(quoted(stripped)));
                skip = Skip::UntilHeader;
                current = -1;
                continue;
            }
            if (name.isEmpty()) {
                report(Error, lineNo,
                       tr("Line %1 is a section header without a name. The keys up to the next "
                          "section header were skipped.")
                           .arg(lineNo));
                skip = Skip::UntilHeader;
                current = -1;
                continue;
            }
            const QStringView trailing = stripped.sliced(close + 1).trimmed();
            if (!trailing.isEmpty() && !isComment(trailing))
                report(Warning, lineNo,
                       tr("The text after `]` in the header of [%1] was ignored: %2.")
                           .arg(name, quoted(trailing)));
            skip = Skip::None;
            const auto it = m_index.constFind(name);
            if (it == m_index.cend()) {
                current = m_sections.size();
                m_index.insert(name, current);
                IniSection section;
                section.name = name;
                section.file = fileName;
                section.line = lineNo;
                m_sections.append(std::move(section));
            } else {
                current = *it;
                const IniSection &first = m_sections.at(current);
                report(Warning, lineNo,
                       tr("Section [%1] appears again (first at %2); its keys are merged into the "
                          "first one, and a key set in both takes the later value.")
                           .arg(name, place(first.file, first.line, fileName)));
            }
            continue;
        }

        if (skip == Skip::UntilHeader)
            continue;
        if (current < 0) {
            report(Error, lineNo,
                   tr("Line %1 comes before any section header such as [cluster/NAME]; it and "
                      "the lines up to the first section header were skipped.")
                       .arg(lineNo));
            skip = Skip::UntilHeader;
            continue;
        }

        IniSection &section = m_sections[current];
        qsizetype separator = -1;
        for (qsizetype i = 0; i < stripped.size(); ++i) {
            if (stripped.at(i) == u'=' || stripped.at(i) == u':') {
                separator = i;
                break;
            }
        }
        const QString key
            = separator < 0 ? QString() : stripped.first(separator).trimmed().toString();
        if (key.isEmpty()) {
            report(Error, lineNo,
                   separator < 0 ? tr("Line %1 in [%2] is neither `key = value`, a comment nor a "
                                      "section header, and was skipped: %3.")
                                       .arg(lineNo)
                                       .arg(section.name, quoted(stripped))
                                 : tr("Line %1 in [%2] has no key before `%3` and was skipped.")
                                       .arg(lineNo)
                                       .arg(section.name, QString(stripped.at(separator))));
            skip = Skip::Continuations;
            continue;
        }
        IniEntry entry{key, stripped.sliced(separator + 1).trimmed().toString(), fileName, lineNo};
        const std::optional<IniEntry> old = section.set(std::move(entry));
        if (old && old->value != section.find(key)->value)
            report(Warning, lineNo,
                   tr("[%1] sets `%2` again (first at %3); the later value is used.")
                       .arg(section.name, key, place(old->file, old->line, fileName)));
        haveKey = true;
    }
}

} // namespace cd
