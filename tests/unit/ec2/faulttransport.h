#pragma once

#include "providers/net/httptransport.h"

#include <QList>

#include <functional>

namespace cd::test {

// A transport for tests that injects failures in front of a real one (or answers on its own
// with a canned answer when there is none): one fault per attempt from a queue, then pass-through.
// It also keeps every request it was handed, exactly as HttpClient prepared (signed) it.
class FaultTransport final : public HttpTransport
{
public:
    enum class Fault {
        None,      // pass to the inner transport (or the canned answer)
        Status500, // HTTP 500 InternalError
        Status503, // HTTP 503 Unavailable
        Throttle,  // HTTP 503 with EC2's RequestLimitExceeded error body
        Status429, // HTTP 429 Too Many Requests (Retry-After: 1)
        Hang,      // never answers: HttpClient's timeout has to end it
        Truncate,  // passes through, then cuts the answer's body in half (framing intact)
        Reset,     // the connection closes before an answer
        Refuse,    // nothing listens
        Quota,     // HTTP 400 with EC2's InstanceLimitExceeded error body
    };

    explicit FaultTransport(HttpTransport *inner = nullptr);
    ~FaultTransport() override;

    // Faults for the next attempts, in order; only attempts `applies` accepts consume one.
    void setFaults(QList<Fault> faults) { m_faults = std::move(faults); }
    void setFilter(std::function<bool(const HttpRequest &)> applies)
    {
        m_applies = std::move(applies);
    }
    void setCannedAnswer(int status, QByteArray body, HttpHeaders headers = {});

    const QList<HttpRequest> &seen() const { return m_seen; }
    void clearSeen() { m_seen.clear(); }
    int faultsLeft() const { return int(m_faults.size()); }

    HttpExchange *start(const HttpRequest &request, QObject *parent) override;

    // The body of an EC2 error as the API documents it (no recorded throttling sample exists
    // in compat/ec2, so this follows the shape of the recorded error samples there).
    static QByteArray ec2ErrorBody(const QByteArray &code, const QByteArray &message);

private:
    HttpTransport *m_inner;
    QList<Fault> m_faults;
    std::function<bool(const HttpRequest &)> m_applies;
    QList<HttpRequest> m_seen;
    HttpResponse m_canned;
};

} // namespace cd::test
