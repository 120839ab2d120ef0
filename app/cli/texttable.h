#pragma once

#include <QStringList>

namespace cd {

// Left-aligned columns separated by two spaces, for human-readable CLI listings.
inline QString textTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    const auto measure = [&](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    QString text;
    const auto line = [&](const QStringList &row) {
        QString out;
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            out += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        text += out + u'\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return text;
}

} // namespace cd
