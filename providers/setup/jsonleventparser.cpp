#include "providers/setup/jsonleventparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    // "2026-11-25T19:55:01.123456Z": Qt reads at most milliseconds, so cut the rest.
    QString text = value.toString();
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0 && text.size() > dot + 4)
        text = text.left(dot + 4) + u'Z';
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

// Why a task failed, in one short line: the module's msg, else its stderr; for a loop, the
// first failing item's.
QString failureMessage(const QJsonObject &result)
{
    QString message = result.value(u"msg"_s).toString();
    if (message.isEmpty() || message.startsWith(u"One or more items failed")) {
        const QJsonArray items = result.value(u"results"_s).toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            if (o.value(u"failed"_s).toBool() || o.value(u"unreachable"_s).toBool()) {
                const QString inner = failureMessage(o);
                if (!inner.isEmpty()) {
                    message = inner;
                    break;
                }
            }
        }
    }
    // A command's "non-zero return code" says little: add what it printed.
    const bool generic = message.isEmpty() || message == u"non-zero return code";
    for (const char *key : {"stderr", "module_stderr", "stdout"}) {
        const QString output = result.value(QLatin1StringView(key)).toString().trimmed();
        if (generic && !output.isEmpty()) {
            message = message.isEmpty() ? output : message + u": "_s + output;
            break;
        }
    }
    message = message.simplified();
    constexpr int limit = 500;
    if (message.size() > limit)
        message = message.left(limit) + u'…';
    return message;
}

SetupEvent::Type hostEventType(const QString &name, const QJsonObject &result)
{
    if (name == u"v2_runner_on_failed")
        return SetupEvent::Type::HostFailed;
    if (name == u"v2_runner_on_unreachable")
        return SetupEvent::Type::HostUnreachable;
    if (name == u"v2_runner_on_skipped")
        return SetupEvent::Type::HostSkipped;
    return result.value(u"changed"_s).toBool() ? SetupEvent::Type::HostChanged
                                               : SetupEvent::Type::HostOk;
}

SetupHostStats statsFrom(const QJsonObject &o)
{
    SetupHostStats s;
    s.ok = o.value(u"ok"_s).toInt();
    s.changed = o.value(u"changed"_s).toInt();
    s.failures = o.value(u"failures"_s).toInt();
    s.unreachable = o.value(u"unreachable"_s).toInt();
    s.skipped = o.value(u"skipped"_s).toInt();
    s.rescued = o.value(u"rescued"_s).toInt();
    s.ignored = o.value(u"ignored"_s).toInt();
    return s;
}

} // namespace

QList<SetupEvent> JsonlEventParser::parseObject(const QJsonObject &object)
{
    const QString name = object.value(u"_event"_s).toString();
    SetupEvent base;
    base.time = parseTime(object.value(u"_timestamp"_s));
    if (name == u"v2_playbook_on_play_start") {
        base.type = SetupEvent::Type::PlayStarted;
        base.play = object.value(u"play"_s).toObject().value(u"name"_s).toString();
        return {base};
    }
    if (name == u"v2_stats" || name == u"v2_playbook_on_stats") {
        base.type = SetupEvent::Type::Stats;
        const QJsonObject stats = object.value(u"stats"_s).toObject();
        for (auto it = stats.begin(); it != stats.end(); ++it)
            base.stats.insert(it.key(), statsFrom(it.value().toObject()));
        return {base};
    }
    const QJsonObject task = object.value(u"task"_s).toObject();
    base.task = task.value(u"name"_s).toString();
    base.taskId = task.value(u"id"_s).toString();
    if (name == u"v2_playbook_on_task_start" || name == u"v2_playbook_on_handler_task_start"
        || name == u"v2_runner_on_start") {
        base.type = SetupEvent::Type::TaskStarted;
        const QJsonObject hosts = object.value(u"hosts"_s).toObject();
        if (name == u"v2_runner_on_start" && !hosts.isEmpty())
            base.host = hosts.begin().key();
        return {base};
    }
    if (!name.startsWith(u"v2_runner_on_"))
        return {};
    const QJsonObject duration = task.value(u"duration"_s).toObject();
    const QDateTime start = parseTime(duration.value(u"start"_s));
    const QDateTime end = parseTime(duration.value(u"end"_s));
    QList<SetupEvent> out;
    const QJsonObject hosts = object.value(u"hosts"_s).toObject();
    for (auto it = hosts.begin(); it != hosts.end(); ++it) {
        const QJsonObject result = it.value().toObject();
        SetupEvent e = base;
        e.host = it.key();
        e.type = hostEventType(name, result);
        if (start.isValid() && end.isValid())
            e.durationSec = double(start.msecsTo(end)) / 1000.0;
        if (e.type == SetupEvent::Type::HostFailed || e.type == SetupEvent::Type::HostUnreachable)
            e.message = failureMessage(result);
        out << e;
    }
    return out;
}

void JsonlEventParser::takeLine(QByteArrayView line, QList<SetupEvent> *out, bool last)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (last && line.startsWith('{'))
            ++m_truncated;
        else
            m_other << line.toByteArray();
        return;
    }
    QList<SetupEvent> events = parseObject(doc.object());
    for (SetupEvent &e : events) {
        if (e.type == SetupEvent::Type::PlayStarted)
            m_play = e.play;
        else
            e.play = m_play;
    }
    *out << events;
}

QList<SetupEvent> JsonlEventParser::feed(QByteArrayView chunk)
{
    QList<SetupEvent> out;
    qsizetype from = 0;
    while (true) {
        const qsizetype newline = chunk.indexOf('\n', from);
        if (newline < 0)
            break;
        const QByteArrayView piece = chunk.sliced(from, newline - from);
        if (m_partial.isEmpty()) {
            takeLine(piece, &out, false);
        } else {
            m_partial += piece;
            takeLine(m_partial, &out, false);
            m_partial.clear();
        }
        from = newline + 1;
    }
    m_partial += chunk.sliced(from);
    return out;
}

QList<SetupEvent> JsonlEventParser::finish()
{
    QList<SetupEvent> out;
    if (!m_partial.isEmpty())
        takeLine(m_partial, &out, true);
    m_partial.clear();
    return out;
}

} // namespace cd
