#pragma once

#include "providers/net/httprequest.h"

#include <QObject>

namespace cd {

// One attempt in flight. Emits finished() exactly once, never from inside
// HttpTransport::start(), unless abort() was called first (then never).
class HttpExchange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    virtual void abort() = 0;

signals:
    void finished(const cd::HttpResponse &response);
};

// What actually moves bytes: a QNetworkAccessManager in the product, a fault-injecting layer in
// tests. A transport does one attempt; timeouts, retries and logging belong to HttpClient. It
// should stop reading once request.maxResponseBytes is exceeded and report TooLarge.
class HttpTransport
{
public:
    virtual ~HttpTransport();
    // The exchange is a child of `parent`; the caller deletes it once finished or aborted.
    virtual HttpExchange *start(const HttpRequest &request, QObject *parent) = 0;
};

} // namespace cd
