#pragma once

#include "providers/cloud/cloudtypes.h"
#include "providers/cloud/ec2/xmlelement.h"

#include <optional>

namespace cd::ec2 {

// The EC2 Query API's answers as value types. Each parser takes the root element of one
// answer and ignores what it does not know (the API grows; moto and real EC2 differ).

// <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>
// (also the <ErrorResponse> shape of the IAM/STS-style endpoints some clones use).
struct ErrorBody final
{
    QString code;
    QString message;
    QString requestId;
};
std::optional<ErrorBody> parseError(const XmlElement &root);

InstanceInfo::State parseState(const QString &name);
InstanceInfo parseInstance(const XmlElement &item);

// RunInstances (instancesSet) or DescribeInstances (reservationSet/…/instancesSet).
struct InstancePage final
{
    QList<InstanceInfo> instances;
    QString reservationId; // RunInstances only
    QString nextToken;
};
InstancePage parseInstances(const XmlElement &root);

// TerminateInstances / StopInstances / StartInstances: instance id → new state.
QList<std::pair<QString, InstanceInfo::State>> parseStateChanges(const XmlElement &root);

struct KeyPair final
{
    QString name;
    QString fingerprint;
    QString id;
};
// DescribeKeyPairs (keySet) or ImportKeyPair (the root itself).
QList<KeyPair> parseKeyPairs(const XmlElement &root);

struct SecurityGroup final
{
    struct Rule final
    {
        QString protocol; // "-1" for all, "tcp" …
        int fromPort = -1;
        int toPort = -1;
        QStringList cidrs;
        QStringList groupIds;
    };
    QString id;
    QString name;
    QString vpcId;
    QString description;
    QList<Rule> ingress;
};
QList<SecurityGroup> parseSecurityGroups(const XmlElement &root);

QList<ImageInfo> parseImages(const XmlElement &root);
QList<FlavorInfo> parseInstanceTypes(const XmlElement &root);
QList<NetworkInfo> parseSubnets(const XmlElement &root);
// max-instances → maxInstances; the rest stays -1 (vCPU quotas live in Service Quotas).
QuotaInfo parseAccountAttributes(const XmlElement &root);

QString nextToken(const XmlElement &root);
// <return>true</return> of the calls that answer only that.
bool parseReturn(const XmlElement &root);

} // namespace cd::ec2
