// FakeOpenStack: Keystone tokens, Glance images, and list paging as the services do it.
#include "tests/integration/openstack/fakeopenstack.h"

using namespace Qt::StringLiterals;

namespace cd::test {

FakeOpenStack::Reply FakeOpenStack::keystone(const Recorded &request)
{
    const QJsonObject identity
        = request.json().value(u"auth").toObject().value(u"identity").toObject();
    const QString method = identity.value(u"methods").toArray().first().toString();
    bool ok = false;
    if (method == u"password") {
        const QJsonObject user = identity.value(u"password").toObject().value(u"user").toObject();
        ok = user.value(u"name").toString() == QLatin1StringView(UserName)
             && user.value(u"password").toString() == QLatin1StringView(Password);
    } else if (method == u"application_credential") {
        const QJsonObject credential = identity.value(u"application_credential").toObject();
        ok = credential.value(u"id").toString() == QLatin1StringView(AppCredentialId)
             && credential.value(u"secret").toString() == QLatin1StringView(AppCredentialSecret);
    }
    if (!ok)
        return json(
            {{u"error"_s, QJsonObject{{u"code"_s, 401},
                                      {u"title"_s, u"Unauthorized"_s},
                                      {u"message"_s,
                                       u"The request you have made requires authentication."_s}}}},
            401);
    QJsonObject body = sample(u"keystone/admin/auth-password-project-scoped-response.json"_s);
    QJsonObject token = body.value(u"token").toObject();
    const QString base = baseUrl().toString();
    QJsonArray catalog;
    for (const QJsonValue &value : token.value(u"catalog").toArray()) {
        QJsonObject service = value.toObject();
        QJsonArray endpoints;
        for (const QJsonValue &e : service.value(u"endpoints").toArray()) {
            QJsonObject endpoint = e.toObject();
            QString url = endpoint.value(u"url").toString();
            url.replace(u"http://23.253.248.171:8774"_s, base + u"/compute"_s);
            url.replace(u"http://23.253.248.171:9696"_s, base + u"/network"_s);
            url.replace(u"http://23.253.248.171:9292"_s, base + u"/image"_s);
            url.replace(u"http://23.253.248.171:"_s, base + u"/unused"_s);
            url.replace(u"http://example.com/"_s, base + u"/"_s);
            endpoint.insert(u"url"_s, url);
            endpoints.append(endpoint);
        }
        service.insert(u"endpoints"_s, endpoints);
        catalog.append(service);
    }
    token.insert(u"catalog"_s, catalog);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_tokenLifetime);
    // Microseconds and a Z, as in the sample ("2015-11-07T02:58:43.578887Z").
    const QString format = u"yyyy-MM-dd'T'HH:mm:ss.zzz'123Z'"_s;
    token.insert(u"issued_at"_s, now.toString(format));
    token.insert(u"expires_at"_s, expires.toString(format));
    token.insert(u"methods"_s, QJsonArray{method});
    body.insert(u"token"_s, token);
    const QByteArray id = "fake-token-" + QByteArray::number(++m_tokensIssued);
    m_tokens.insert(id, expires);
    Reply reply = json(body, 201);
    reply.headers.append({"X-Subject-Token", id});
    return reply;
}

QJsonObject FakeOpenStack::page(const QJsonArray &all,
                                const QUrlQuery &query,
                                const QString &collection,
                                const QString &path)
{
    const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt()
                                                     : int(all.size());
    const QString marker = query.queryItemValue(u"marker"_s);
    int from = 0;
    if (!marker.isEmpty()) {
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).toObject().value(u"id").toString() == marker)
                from = i + 1;
        }
    }
    QJsonArray items;
    for (int i = from; i < all.size() && items.size() < limit; ++i)
        items.append(all.at(i));
    QJsonObject body{{collection, items}};
    if (from + items.size() < all.size() && !items.isEmpty()) {
        const QString last = items.last().toObject().value(u"id").toString();
        const QString next = u"%1?limit=%2&marker=%3"_s.arg(path).arg(limit).arg(last);
        if (collection == u"images")
            body.insert(u"next"_s, next); // Glance: a relative link (images-list schema)
        else
            body.insert(collection + u"_links"_s,
                        QJsonArray{QJsonObject{{u"rel"_s, u"next"_s},
                                               {u"href"_s, QString(baseUrl().toString() + next)}}});
    }
    return body;
}

FakeOpenStack::Reply FakeOpenStack::glance(const Recorded &request, const QString &path)
{
    if (request.method != "GET" || path != u"/images")
        return novaError(404, u"itemNotFound"_s, u"No such image path"_s);
    const QJsonObject body = sample(u"glance/images-list-response.json"_s);
    QJsonArray images;
    const QString status = request.query.queryItemValue(u"status"_s);
    for (const QJsonValue &image : body.value(u"images").toArray()) {
        if (status.isEmpty() || image.toObject().value(u"status").toString() == status)
            images.append(image);
    }
    QJsonObject answer = page(images, request.query, u"images"_s, u"/v2/images"_s);
    answer.insert(u"first"_s, body.value(u"first"));
    answer.insert(u"schema"_s, body.value(u"schema"));
    return json(answer);
}

} // namespace cd::test
