// FakeGce: the compute v1 routes (instances, zone operations, machine types, networks, images,
// regions) over an in-memory project.
#include "tests/integration/gce/fakegce.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

const QString kGoogle = u"https://www.googleapis.com/compute/v1/projects/"_s;

QString zoneUrl()
{
    return kGoogle + QLatin1StringView(FakeGce::Project) + u"/zones/"_s
           + QLatin1StringView(FakeGce::Zone);
}

QString now()
{
    return QDateTime::currentDateTime().toOffsetFromUtc(-8 * 3600).toString(Qt::ISODateWithMs);
}

// A list answer: the sample list's envelope (kind, id, selfLink) around our items.
QJsonObject listOf(const QString &kind, const QString &path, const QJsonArray &items)
{
    return {{u"kind"_s, kind},
            {u"id"_s, u"projects/%1/%2"_s.arg(QLatin1StringView(FakeGce::Project), path)},
            {u"items"_s, items},
            {u"selfLink"_s, QString(kGoogle + QLatin1StringView(FakeGce::Project) + u'/' + path)}};
}

} // namespace

FakeGce::Answer FakeGce::compute(const Request &request, const QString &rest)
{
    const QStringList parts = rest.split(u'/');
    const QString zonePrefix = u"zones/"_s + QLatin1StringView(Zone);
    if (rest.startsWith(u"zones/") && !rest.startsWith(zonePrefix))
        return googleError(
            400, u"invalid"_s,
            u"Invalid value for field 'zone': '%1'. Unknown zone."_s.arg(parts.value(1)));
    if (rest == zonePrefix + u"/instances") {
        if (request.method == "POST")
            return insert(request);
        return list(request);
    }
    if (parts.size() >= 4 && parts[2] == u"instances") {
        const QString name = parts[3];
        bool exists = false;
        for (const QJsonObject &i : std::as_const(m_instances))
            exists = exists || i.value(u"name"_s).toString() == name;
        if (!exists)
            return googleError(
                404, u"notFound"_s,
                u"The resource 'projects/%1/zones/%2/instances/%3' was not found"_s.arg(
                    QLatin1StringView(Project), QLatin1StringView(Zone), name));
        if (parts.size() == 4 && request.method == "DELETE")
            return startOperation(u"delete"_s, name, request);
        if (parts.size() == 5 && request.method == "POST"
            && (parts[4] == u"stop" || parts[4] == u"start"))
            return startOperation(parts[4], name, request);
        if (parts.size() == 4 && request.method == "GET") {
            for (const QJsonObject &i : std::as_const(m_instances))
                if (i.value(u"name"_s).toString() == name)
                    return json(i);
        }
        return googleError(400, u"invalid"_s, u"Unsupported request"_s);
    }
    if (parts.size() == 4 && parts[2] == u"operations")
        return operationGet(parts[3]);
    if (parts.size() == 3 && parts[0] == u"global" && parts[1] == u"operations")
        return operationGet(parts[2]);
    if (parts.value(0) == u"global" && parts.value(1) == u"firewalls")
        return firewalls(request, parts);
    if (rest == zonePrefix + u"/machineTypes")
        return {200, sample(u"libcloud/zones_us-central1-a_machineTypes.json"_s)};
    if (rest == u"global/networks") {
        // No networks.list sample: the envelope follows the NetworkList schema around the
        // gcpdiag network sample.
        const QJsonObject network
            = QJsonDocument::fromJson(sample(u"gcpdiag/gce1/compute-network-default.json"_s))
                  .object();
        return json(listOf(u"compute#networkList"_s, rest, QJsonArray{network}));
    }
    if (rest == u"global/images") {
        // No images.list sample: ImageList envelope around the jclouds and libcloud images.
        QJsonArray images;
        for (const QString &file :
             {u"jclouds/image_get.json"_s,
              u"libcloud/projects_coreos-cloud_global_images_family_coreos_stable.json"_s,
              u"libcloud/projects_coreos-cloud_global_images_family_coreos_beta.json"_s})
            images.append(QJsonDocument::fromJson(sample(file)).object());
        return json(listOf(u"compute#imageList"_s, rest, images));
    }
    if (parts.size() == 2 && parts[0] == u"regions") {
        // No regions.get sample: built from the Region schema (quotas[] of metric/limit/usage).
        const QJsonArray quotas{
            QJsonObject{{u"metric"_s, u"CPUS"_s}, {u"limit"_s, 24.0}, {u"usage"_s, 4.0}},
            QJsonObject{{u"metric"_s, u"INSTANCES"_s}, {u"limit"_s, 240.0}, {u"usage"_s, 2.0}},
            QJsonObject{{u"metric"_s, u"SSD_TOTAL_GB"_s}, {u"limit"_s, 500.0}, {u"usage"_s, 0.0}}};
        return json({{u"kind"_s, u"compute#region"_s},
                     {u"name"_s, parts[1]},
                     {u"status"_s, u"UP"_s},
                     {u"quotas"_s, quotas}});
    }
    return googleError(404, u"notFound"_s, u"The requested URL was not found."_s);
}

QJsonObject FakeGce::newInstance(const QJsonObject &body)
{
    // The gcpdiag RUNNING instance, renamed and re-addressed for this insert.
    QJsonObject i
        = QJsonDocument::fromJson(sample(u"extracted/instance-get-RUNNING-natIP.json"_s)).object();
    const QString name = body.value(u"name"_s).toString();
    const int n = ++m_serial;
    i.insert(u"name"_s, name);
    i.insert(u"id"_s, QString::number(4912196469396322285LL + n));
    i.insert(u"status"_s, u"PROVISIONING"_s);
    i.insert(u"creationTimestamp"_s, now());
    i.insert(u"zone"_s, zoneUrl());
    i.insert(u"selfLink"_s, QString(zoneUrl() + u"/instances/"_s + name));
    i.insert(u"machineType"_s, QString(kGoogle + QLatin1StringView(Project) + u'/'
                                       + body.value(u"machineType"_s).toString()));
    i.insert(u"labels"_s, body.value(u"labels"_s));
    QJsonObject metadata = i.value(u"metadata"_s).toObject();
    metadata.insert(u"items"_s, body.value(u"metadata"_s).toObject().value(u"items"_s));
    i.insert(u"metadata"_s, metadata);
    if (body.contains(u"tags"_s)) {
        QJsonObject tags = i.value(u"tags"_s).toObject();
        tags.insert(u"items"_s, body.value(u"tags"_s).toObject().value(u"items"_s));
        i.insert(u"tags"_s, tags);
    }
    if (body.contains(u"scheduling"_s))
        i.insert(u"scheduling"_s, body.value(u"scheduling"_s));
    QJsonArray nics = i.value(u"networkInterfaces"_s).toArray();
    QJsonObject nic = nics.first().toObject();
    QJsonArray configs = nic.value(u"accessConfigs"_s).toArray();
    QJsonObject config = configs.first().toObject();
    config.insert(u"natIP"_s, u"35.210.%1.%2"_s.arg(n / 250).arg(n % 250 + 1));
    configs[0] = config;
    nic.insert(u"accessConfigs"_s, configs);
    nic.insert(u"networkIP"_s, u"10.132.%1.%2"_s.arg(n / 250).arg(n % 250 + 2));
    nics[0] = nic;
    i.insert(u"networkInterfaces"_s, nics);
    return i;
}

FakeGce::Answer FakeGce::insert(const Request &request)
{
    const QJsonObject body = request.json();
    const QString name = body.value(u"name"_s).toString();
    const QString requestId = request.query.queryItemValue(u"requestId"_s);
    // A repeated requestId gets the first insert's operation back, as GCE does.
    if (!requestId.isEmpty() && m_requestIds.contains(requestId))
        return json(m_operations.value(m_requestIds.value(requestId)).json);
    for (const QJsonObject &i : std::as_const(m_instances)) {
        if (i.value(u"name"_s).toString() == name)
            return googleError(
                409, u"alreadyExists"_s,
                u"The resource 'projects/%1/zones/%2/instances/%3' already exists"_s.arg(
                    QLatin1StringView(Project), QLatin1StringView(Zone), name));
    }
    if (name.isEmpty() || !body.value(u"machineType"_s).isString()
        || body.value(u"disks"_s).toArray().isEmpty())
        return googleError(400, u"required"_s, u"Required field 'resource.name' not specified"_s);
    if (!m_operationErrors.contains(u"insert"_s))
        m_instances.append(newInstance(body));
    Answer answer = startOperation(u"insert"_s, name, request);
    if (!requestId.isEmpty())
        m_requestIds.insert(
            requestId, QJsonDocument::fromJson(answer.body).object().value(u"name"_s).toString());
    return answer;
}

FakeGce::Answer FakeGce::list(const Request &request)
{
    const QString filter = request.query.queryItemValue(u"filter"_s, QUrl::FullyDecoded).trimmed();
    // Only `labels.KEY = "VALUE"`, the form the discovery document's filter description
    // promises; anything else is refused, so the provider cannot rely on more.
    QString key;
    QString value;
    static const QRegularExpression equals(uR"re(^labels\.([a-z0-9_-]+)\s*=\s*"([^"]*)"$)re"_s);
    if (const auto m = equals.match(filter); m.hasMatch()) {
        key = m.captured(1);
        value = m.captured(2);
    } else if (!filter.isEmpty()) {
        return googleError(400, u"invalid"_s,
                           u"Invalid value for field 'filter': '%1'."_s.arg(filter));
    }
    QJsonArray matching;
    for (const QJsonObject &i : std::as_const(m_instances)) {
        const QJsonObject labels = i.value(u"labels"_s).toObject();
        if (filter.isEmpty() || (labels.contains(key) && labels.value(key).toString() == value))
            matching.append(i);
    }
    const int offset = request.query.queryItemValue(u"pageToken"_s).section(u'-', 1).toInt();
    const int wanted = request.query.queryItemValue(u"maxResults"_s).toInt();
    const int size = std::min(m_pageLimit, wanted > 0 ? wanted : 500);
    QJsonObject answer
        = listOf(u"compute#instanceList"_s, u"zones/"_s + QLatin1StringView(Zone) + u"/instances"_s,
                 QJsonArray());
    QJsonArray page;
    for (int i = offset; i < std::min(offset + size, int(matching.size())); ++i)
        page.append(matching.at(i));
    answer.insert(u"items"_s, page);
    if (offset + size < matching.size())
        answer.insert(u"nextPageToken"_s, u"page-%1"_s.arg(offset + size));
    return json(answer);
}

FakeGce::Answer
FakeGce::startOperation(const QString &type, const QString &target, const Request &request)
{
    Q_UNUSED(request)
    // The gcpdiag DONE insert operation, renamed and set back to RUNNING.
    Operation operation;
    operation.json
        = QJsonDocument::fromJson(sample(u"extracted/operation-insert-instance-DONE.json"_s))
              .object();
    const QString name
        = u"operation-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_serial);
    operation.json.insert(u"name"_s, name);
    operation.json.insert(u"id"_s, QString::number(7299878937969987832LL + m_serial));
    if (type == u"insertFirewall") {
        // A global operation (no zone), as firewalls.insert answers.
        const QString global = kGoogle + QLatin1StringView(Project) + u"/global"_s;
        operation.json.remove(u"zone"_s);
        operation.json.insert(u"operationType"_s, u"insert"_s);
        operation.json.insert(u"targetLink"_s, QString(global + u"/firewalls/"_s + target));
        operation.json.insert(u"selfLink"_s, QString(global + u"/operations/"_s + name));
    } else {
        operation.json.insert(u"zone"_s, zoneUrl());
        operation.json.insert(u"operationType"_s, type);
        operation.json.insert(u"targetLink"_s, QString(zoneUrl() + u"/instances/"_s + target));
        operation.json.insert(u"selfLink"_s, QString(zoneUrl() + u"/operations/"_s + name));
    }
    operation.json.insert(u"user"_s, QLatin1StringView(ClientEmail));
    operation.json.insert(u"insertTime"_s, now());
    operation.json.insert(u"startTime"_s, now());
    operation.json.remove(u"endTime"_s);
    operation.json.insert(u"status"_s, u"RUNNING"_s);
    operation.json.insert(u"progress"_s, 0);
    operation.instance = target;
    operation.type = type;
    operation.pollsLeft = m_pollsUntilDone;
    if (const auto error = m_operationErrors.take(type); !error.first.isEmpty()) {
        operation.error = error.first;
        operation.errorStatus = error.second;
    }
    if (type == u"stop")
        for (QJsonObject &i : m_instances)
            if (i.value(u"name"_s).toString() == target && operation.error.isEmpty())
                i.insert(u"status"_s, u"STOPPING"_s);
    if (operation.pollsLeft <= 0)
        finishOperation(operation);
    m_operations.insert(name, operation);
    return json(operation.json);
}

FakeGce::Answer FakeGce::operationGet(const QString &name)
{
    if (!m_operations.contains(name))
        return googleError(404, u"notFound"_s,
                           u"The resource 'projects/%1/zones/%2/operations/%3' was not found"_s.arg(
                               QLatin1StringView(Project), QLatin1StringView(Zone), name));
    Operation &operation = m_operations[name];
    if (operation.json.value(u"status"_s).toString() != u"DONE" && --operation.pollsLeft <= 0)
        finishOperation(operation);
    return json(operation.json);
}

void FakeGce::finishOperation(Operation &operation)
{
    operation.json.insert(u"status"_s, u"DONE"_s);
    operation.json.insert(u"progress"_s, 100);
    operation.json.insert(u"endTime"_s, now());
    if (!operation.error.isEmpty()) {
        // As compat/gce/extracted/operation-stop-DONE-error-404.json carries it.
        operation.json.insert(u"error"_s, operation.error);
        operation.json.insert(u"httpErrorStatusCode"_s, operation.errorStatus);
        operation.json.insert(u"httpErrorMessage"_s,
                              operation.errorStatus == 403 ? u"FORBIDDEN"_s : u"NOT FOUND"_s);
        return;
    }
    for (qsizetype k = 0; k < m_instances.size(); ++k) {
        QJsonObject &i = m_instances[k];
        if (i.value(u"name"_s).toString() != operation.instance)
            continue;
        if (operation.type == u"delete") {
            m_instances.removeAt(k);
            return;
        }
        i.insert(u"status"_s, operation.type == u"stop" ? u"TERMINATED"_s : u"RUNNING"_s);
        if (operation.type == u"start" || operation.type == u"insert")
            i.insert(u"lastStartTimestamp"_s, now());
        return;
    }
}

FakeGce::Answer FakeGce::firewalls(const Request &request, const QStringList &parts)
{
    if (parts.size() == 3 && request.method == "GET") {
        if (!m_firewalls.contains(parts[2]))
            return googleError(
                404, u"notFound"_s,
                u"The resource 'projects/%1/global/firewalls/%2' was not found"_s.arg(
                    QLatin1StringView(Project), parts[2]));
        return json(m_firewalls.value(parts[2]));
    }
    if (parts.size() != 2 || request.method != "POST")
        return googleError(400, u"invalid"_s, u"Unsupported request"_s);
    // The request body as in console-equivalent-rest/firewalls-insert-request-http.json, with
    // the output-only fields the Firewall schema adds.
    QJsonObject rule = request.json();
    const QString name = rule.value(u"name"_s).toString();
    if (m_firewalls.contains(name))
        return googleError(409, u"alreadyExists"_s,
                           u"The resource 'projects/%1/global/firewalls/%2' already exists"_s.arg(
                               QLatin1StringView(Project), name));
    rule.insert(u"kind"_s, u"compute#firewall"_s);
    rule.insert(u"id"_s, QString::number(1705778614467146592LL + ++m_serial));
    rule.insert(u"creationTimestamp"_s, now());
    rule.insert(u"selfLink"_s,
                QString(kGoogle + QLatin1StringView(Project) + u"/global/firewalls/"_s + name));
    m_firewalls.insert(name, rule);
    return startOperation(u"insertFirewall"_s, name, request);
}

} // namespace cd::test
