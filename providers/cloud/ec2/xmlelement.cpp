#include "providers/cloud/ec2/xmlelement.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kMaxDepth = 64;

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(XmlElement)
};

} // namespace

const XmlElement *XmlElement::child(QStringView childName) const
{
    for (const XmlElement &element : children) {
        if (element.name == childName)
            return &element;
    }
    return nullptr;
}

QString XmlElement::textAt(std::initializer_list<QStringView> path) const
{
    const XmlElement *element = this;
    for (QStringView step : path) {
        element = element->child(step);
        if (!element)
            return {};
    }
    return element->text;
}

std::vector<const XmlElement *> XmlElement::items(QStringView setName) const
{
    std::vector<const XmlElement *> result;
    if (const XmlElement *set = child(setName)) {
        result.reserve(set->children.size());
        for (const XmlElement &element : set->children) {
            if (element.name == u"item")
                result.push_back(&element);
        }
    }
    return result;
}

Result<XmlElement, XmlParseError> parseXml(const QByteArray &document)
{
    QXmlStreamReader reader(document);
    std::vector<XmlElement> stack;
    XmlElement root;
    bool haveRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return XmlParseError{false, Tr::tr("XML with a document type declaration refused.")};
        case QXmlStreamReader::StartElement:
            if (haveRoot && stack.empty())
                return XmlParseError{false, Tr::tr("More than one root element.")};
            if (stack.size() >= kMaxDepth)
                return XmlParseError{false, Tr::tr("XML nested too deeply.")};
            stack.push_back(XmlElement{reader.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty() && !reader.isWhitespace())
                stack.back().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = std::move(stack.back());
            stack.pop_back();
            done.text = done.text.trimmed();
            if (stack.empty()) {
                root = std::move(done);
                haveRoot = true;
            } else {
                stack.back().children.push_back(std::move(done));
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError()) {
        const bool truncated = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        return XmlParseError{truncated, Tr::tr("%1 (line %2, column %3)")
                                            .arg(reader.errorString())
                                            .arg(reader.lineNumber())
                                            .arg(reader.columnNumber())};
    }
    if (!haveRoot)
        return XmlParseError{true, Tr::tr("The answer contains no XML element.")};
    return root;
}

bool looksComplete(const QByteArray &document)
{
    // The root's name: the first element start that is not <?…?> or <!…>.
    qsizetype at = 0;
    while ((at = document.indexOf('<', at)) >= 0 && at + 1 < document.size()
           && (document.at(at + 1) == '?' || document.at(at + 1) == '!'))
        ++at;
    if (at < 0 || at + 1 >= document.size())
        return false;
    qsizetype end = at + 1;
    while (end < document.size() && !QByteArrayView(" \t\r\n/>").contains(document.at(end)))
        ++end;
    const QByteArray closing = "</" + document.mid(at + 1, end - at - 1) + '>';
    return document.trimmed().endsWith(closing);
}

} // namespace cd
