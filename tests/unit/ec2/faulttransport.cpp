#include "tests/unit/ec2/faulttransport.h"

#include <QPointer>
#include <QTimer>

namespace cd::test {

namespace {

// Answers with a fixed response on the next event-loop turn (or never, for Hang).
class CannedExchange final : public HttpExchange
{
public:
    CannedExchange(std::optional<HttpResponse> response, QObject *parent)
        : HttpExchange(parent)
    {
        if (response)
            QTimer::singleShot(0, this, [this, response = *response] {
                if (!m_aborted)
                    emit finished(response);
            });
    }
    void abort() override { m_aborted = true; }

private:
    bool m_aborted = false;
};

// Forwards an inner exchange, optionally cutting the body.
class PassExchange final : public HttpExchange
{
public:
    PassExchange(HttpTransport *inner, const HttpRequest &request, bool truncate, QObject *parent)
        : HttpExchange(parent)
        , m_inner(inner->start(request, this))
    {
        connect(m_inner, &HttpExchange::finished, this, [this, truncate](const HttpResponse &r) {
            HttpResponse response = r;
            if (truncate)
                response.body.truncate(response.body.size() / 2);
            emit finished(response);
        });
    }
    void abort() override
    {
        if (m_inner) {
            m_inner->disconnect(this);
            m_inner->abort();
        }
    }

private:
    QPointer<HttpExchange> m_inner;
};

HttpResponse status(int code, QByteArray body, HttpHeaders headers = {})
{
    HttpResponse response;
    response.status = code;
    response.body = std::move(body);
    response.headers = std::move(headers);
    return response;
}

HttpResponse failure(HttpResponse::Error error, const QString &text)
{
    HttpResponse response;
    response.error = error;
    response.errorString = text;
    return response;
}

} // namespace

FaultTransport::FaultTransport(HttpTransport *inner)
    : m_inner(inner)
{
    m_canned
        = status(200, "<?xml version=\"1.0\"?>\n<OkResponse><return>true</return></OkResponse>",
                 {{"Content-Type", "text/xml"}});
}

FaultTransport::~FaultTransport() = default;

void FaultTransport::setCannedAnswer(int code, QByteArray body, HttpHeaders headers)
{
    m_canned = status(code, std::move(body), std::move(headers));
}

QByteArray FaultTransport::ec2ErrorBody(const QByteArray &code, const QByteArray &message)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code
           + "</Code><Message>" + message
           + "</Message></Error></Errors><RequestID>fault-layer</RequestID></Response>";
}

HttpExchange *FaultTransport::start(const HttpRequest &request, QObject *parent)
{
    m_seen.append(request);
    Fault fault = Fault::None;
    if (!m_faults.isEmpty() && (!m_applies || m_applies(request)))
        fault = m_faults.takeFirst();

    const HttpHeaders xml{{"Content-Type", "text/xml"}};
    std::optional<HttpResponse> answer;
    switch (fault) {
    case Fault::None:
    case Fault::Truncate:
        if (m_inner)
            return new PassExchange(m_inner, request, fault == Fault::Truncate, parent);
        answer = m_canned;
        if (fault == Fault::Truncate)
            answer->body.truncate(answer->body.size() / 2);
        break;
    case Fault::Status500:
        answer = status(500, ec2ErrorBody("InternalError", "An internal error has occurred."), xml);
        break;
    case Fault::Status503:
        answer = status(503, ec2ErrorBody("Unavailable", "The service is unavailable."), xml);
        break;
    case Fault::Throttle:
        answer = status(503, ec2ErrorBody("RequestLimitExceeded", "Request limit exceeded."), xml);
        break;
    case Fault::Status429:
        answer = status(429, "Too Many Requests", {{"Retry-After", "1"}});
        break;
    case Fault::Hang:
        break;
    case Fault::Reset:
        answer = failure(HttpResponse::Error::ConnectionClosed, QStringLiteral("Connection reset"));
        break;
    case Fault::Quota:
        answer = status(400,
                        ec2ErrorBody("InstanceLimitExceeded",
                                     "You have requested more instances than your current "
                                     "instance limit allows for the specified instance type."),
                        xml);
        break;
    case Fault::Refuse:
        answer
            = failure(HttpResponse::Error::ConnectionRefused, QStringLiteral("Connection refused"));
        break;
    }
    return new CannedExchange(answer, parent);
}

} // namespace cd::test
