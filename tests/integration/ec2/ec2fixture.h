#pragma once

#include "providers/cloud/ec2/ec2provider.h"
#include "providers/net/httpclient.h"

#include "tests/support/motoserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace cd::test {

// A moto_server with recording on, an HttpClient (over a real QNetworkAccessManager, or any
// transport a test hands in) and EC2 providers made through the factory as the app makes them.
class Ec2Fixture final
{
public:
    static constexpr auto AccessKey = "AKIDCLUSTERDECK";
    static constexpr auto SecretKey = "moto-secret";
    static constexpr auto Region = "us-east-1";

    Ec2Fixture();
    ~Ec2Fixture();

    // Starts moto (with `environment` added); false with *error when it cannot.
    bool start(QString *error, const QList<std::pair<QString, QString>> &environment = {});
    // Forgets every resource and starts a fresh recording.
    bool reset();

    MotoServer &moto() { return *m_moto; }
    QNetworkAccessManager &network() { return m_network; }
    HttpClient &http() { return *m_http; }
    // Sends through `transport` from now on (nullptr: back to the network).
    void useTransport(HttpTransport *transport);

    ProviderConfig config(const QMap<QString, QString> &settings = {}) const;
    // A shell command printing the id of the instance that has the address "$1" (public or
    // private) in moto, for writeFarmProxyScript: moto gives a new public address on every
    // start, as EC2 does, and the instance id stays.
    QString instanceOfAddressCommand();
    // Through CloudProviderFactory::registerBuiltins; fast retries unless settings say otherwise.
    std::unique_ptr<Ec2Provider> provider(const QMap<QString, QString> &settings = {});

    // What moto received since reset(): the recorded requests, their actions, and counts.
    QList<QJsonObject> recording();
    static QByteArray body(const QJsonObject &entry);
    static QString action(const QJsonObject &entry);
    QMap<QString, int> actionCounts();
    // Empty when the entry carries a well-formed SigV4 Authorization for our key, region and
    // service whose signature is right for what moto received; otherwise what is wrong.
    static QString signatureProblem(const QJsonObject &entry);

private:
    std::unique_ptr<MotoServer> m_moto;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
};

} // namespace cd::test
