#pragma once

#include "providers/setup/setupevent.h"

#include <QByteArray>
#include <QList>

class QJsonObject;

namespace cd {

// Turns the output of Ansible's ansible.posix.jsonl callback (one JSON object per line, as the
// run goes) into SetupEvents. Bytes arrive in arbitrary chunks: a partial line is carried
// over to the next feed(); finish() takes what is left (a truncated last line is counted, not
// parsed). Lines that are not JSON objects (warnings some modules print) are kept apart.
class JsonlEventParser final
{
public:
    QList<SetupEvent> feed(QByteArrayView chunk);
    // End of stream: parses a complete last line without newline; a broken one is truncated.
    QList<SetupEvent> finish();

    int truncatedLines() const { return m_truncated; }
    QList<QByteArray> otherLines() const { return m_other; }

    // One parsed line (empty for events we do not use, e.g. unknown callbacks).
    static QList<SetupEvent> parseObject(const QJsonObject &object);

private:
    void takeLine(QByteArrayView line, QList<SetupEvent> *out, bool last);

    QByteArray m_partial;
    QList<QByteArray> m_other;
    int m_truncated = 0;
    QString m_play;
};

} // namespace cd
