#include "tests/integration/ec2/ec2fixture.h"

#include "providers/cloud/ec2/sigv4signer.h"

#include <QNetworkProxy>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cd::test {

Ec2Fixture::Ec2Fixture()
    : m_moto(std::make_unique<MotoServer>())
    , m_http(std::make_unique<HttpClient>(&m_network))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

Ec2Fixture::~Ec2Fixture() = default;

bool Ec2Fixture::start(QString *error, const QList<std::pair<QString, QString>> &environment)
{
    for (const auto &[name, value] : environment)
        m_moto->setEnvironment(name, value);
    if (!m_moto->start()) {
        *error = m_moto->errorString();
        return false;
    }
    return true;
}

bool Ec2Fixture::reset()
{
    return m_moto->reset() && m_moto->startRecording();
}

void Ec2Fixture::useTransport(HttpTransport *transport)
{
    m_http = transport ? std::make_unique<HttpClient>(transport)
                       : std::make_unique<HttpClient>(&m_network);
}

ProviderConfig Ec2Fixture::config(const QMap<QString, QString> &settings) const
{
    ProviderConfig config;
    config.type = u"ec2"_s;
    config.name = u"moto"_s;
    config.endpoint = m_moto->endpoint().toString();
    config.region = QString::fromLatin1(Region);
    config.settings = settings;
    config.settings.insert(u"ec2_access_key"_s, QString::fromLatin1(AccessKey));
    config.secrets.insert(u"ec2_secret_key"_s, SecretKey);
    return config;
}

std::unique_ptr<Ec2Provider> Ec2Fixture::provider(const QMap<QString, QString> &settings)
{
    QMap<QString, QString> all{{u"ec2_retry_attempts"_s, u"4"_s},
                               {u"ec2_retry_base_ms"_s, u"2"_s},
                               {u"ec2_retry_max_ms"_s, u"20"_s}};
    all.insert(settings);
    CloudProviderFactory factory;
    CloudProviderFactory::registerBuiltins(factory);
    ProviderContext context;
    context.http = m_http.get();
    QString error;
    std::unique_ptr<CloudProvider> made = factory.create(config(all), context, &error);
    if (!made)
        qFatal("cannot make the EC2 provider: %s", qPrintable(error));
    return std::unique_ptr<Ec2Provider>(static_cast<Ec2Provider *>(made.release()));
}

QList<QJsonObject> Ec2Fixture::recording()
{
    return m_moto->recording();
}

QByteArray Ec2Fixture::body(const QJsonObject &entry)
{
    const QByteArray text = entry.value(u"body").toString().toUtf8();
    return entry.value(u"body_encoded").toBool() ? QByteArray::fromBase64(text) : text;
}

QString Ec2Fixture::action(const QJsonObject &entry)
{
    const QUrlQuery form(QString::fromUtf8(body(entry)));
    return form.queryItemValue(u"Action"_s);
}

QMap<QString, int> Ec2Fixture::actionCounts()
{
    QMap<QString, int> counts;
    for (const QJsonObject &entry : recording())
        ++counts[action(entry)];
    return counts;
}

QString Ec2Fixture::signatureProblem(const QJsonObject &entry)
{
    const QJsonObject headers = entry.value(u"headers").toObject();
    const auto header = [&headers](const QString &name) {
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value().toString().toUtf8();
        }
        return QByteArray();
    };
    const QByteArray authorization = header(u"Authorization"_s);
    static const QRegularExpression shape(
        u"^AWS4-HMAC-SHA256 Credential=%1/(\\d{8})/%2/ec2/aws4_request, "
        u"SignedHeaders=([a-z0-9;-]+), "
        "Signature=[0-9a-f]{64}$"_s.arg(QLatin1StringView(AccessKey), QLatin1StringView(Region)));
    const auto match = shape.match(QString::fromUtf8(authorization));
    if (!match.hasMatch())
        return u"Authorization is not SigV4 for ec2: "_s + QString::fromUtf8(authorization);
    const QStringList signedNames = match.captured(2).split(u';');
    if (!signedNames.contains(u"host"_s) || !signedNames.contains(u"x-amz-date"_s))
        return u"host or x-amz-date not signed"_s;
    SigV4Request request;
    request.method = entry.value(u"method").toString().toUtf8();
    const QUrl url(entry.value(u"url").toString());
    request.path = url.path(QUrl::FullyEncoded).toUtf8();
    request.query = url.query(QUrl::FullyEncoded).toUtf8();
    for (const QString &name : signedNames)
        request.headers.append({name.toUtf8(), header(name)});
    request.body = body(entry);
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(header(u"X-Amz-Date"_s)),
                                                 u"yyyyMMdd'T'HHmmss'Z'"_s);
    const SigV4Signer signer({QString::fromLatin1(AccessKey), SecretKey, {}},
                             QString::fromLatin1(Region), u"ec2"_s);
    const QByteArray expected
        = signer.authorization(request, QDateTime(time.date(), time.time(), Qt::UTC));
    if (expected != authorization)
        return u"signature does not match what moto received: "_s
               + QString::fromUtf8(authorization);
    return {};
}

QString Ec2Fixture::instanceOfAddressCommand()
{
    // moto routes by the credential scope and does not check the signature.
    const QString auth = u"Authorization: AWS4-HMAC-SHA256 Credential=%1/20200101/%2/ec2/"
                         u"aws4_request, SignedHeaders=host, Signature=0"_s.arg(
                             QString::fromLatin1(AccessKey), QString::fromLatin1(Region));
    return uR"(for f in ip-address private-ip-address; do curl -sf -X POST '%1' -H '%2' )"
           uR"(--data "Action=DescribeInstances&Version=2016-11-15&Filter.1.Name=$f)"
           uR"(&Filter.1.Value.1=$1"; done | grep -o '<instanceId>i-[0-9a-f]*' | head -n 1 )"
           uR"(| cut -d'>' -f2)"_s.arg(moto().endpoint().toString(), auth);
}

} // namespace cd::test
