#pragma once

#include "providers/core/result.h"

#include <QString>

#include <initializer_list>
#include <vector>

namespace cd {

// A small read-only element tree built with QXmlStreamReader, enough for the EC2 Query API's
// answers (no attributes, no mixed content). Lookups return empty values instead of failing.
struct XmlElement final
{
    QString name; // local name, namespace dropped
    QString text; // character data directly inside, trimmed
    std::vector<XmlElement> children;

    const XmlElement *child(QStringView childName) const;
    // Text of the element at `path` below this one ({"instanceState", "name"}), or empty.
    QString textAt(std::initializer_list<QStringView> path) const;
    QString childText(QStringView childName) const { return textAt({childName}); }
    // The <item> children of the child `setName` (EC2's list shape: <xSet><item>…</item>).
    std::vector<const XmlElement *> items(QStringView setName) const;
};

struct XmlParseError final
{
    bool truncated = false; // the document ended early (a cut answer), rather than malformed
    QString message;
};

// Rejects DTDs (no entity expansion) and nesting deeper than 64 levels.
Result<XmlElement, XmlParseError> parseXml(const QByteArray &document);

// Cheap check that an answer is not cut off: it ends with the closing tag of its root
// element. parseXml() is the full check.
bool looksComplete(const QByteArray &document);

} // namespace cd
