#pragma once

#include "providers/net/httptransport.h"

class QNetworkAccessManager;

namespace cd {

// The product's transport: one attempt = one QNetworkReply on the injected manager (the one
// manager of the process). No redirects are followed (a redirect would lose the signature and
// could leak the request elsewhere) and no cookies are sent or stored.
class NetworkTransport final : public HttpTransport
{
public:
    explicit NetworkTransport(QNetworkAccessManager *network);
    ~NetworkTransport() override;

    HttpExchange *start(const HttpRequest &request, QObject *parent) override;

private:
    QNetworkAccessManager *m_network;
};

} // namespace cd
