#include "app/cli/scanorphanscommand.h"

#include "app/cli/texttable.h"
#include "model/cloud/providerconfigloader.h"
#include "model/lifecycle/orphanadoption.h"
#include "model/lifecycle/orphanscan.h"
#include "model/repository/clusterrepository.h"
#include "providers/cloud/cloudproviderfactory.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd {

ScanOrphansCommand::~ScanOrphansCommand() = default;

void ScanOrphansCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"account"_s, tr("Scan only this cloud account."), u"NAME"_s},
        {u"terminate"_s, tr("Terminate the orphaned instances found.")},
        {u"adopt"_s, tr("Make each orphaned instance the node of its cluster again, where its "
                        "tags name a stored cluster.")},
        {u"json"_s, tr("Print JSON.")},
    });
    if (!parse(parser, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return failUsage(tr("scan-orphans: unexpected argument “%1”.")
                             .arg(parser.positionalArguments().first()));
    m_terminate = parser.isSet(u"terminate"_s);
    m_adopt = parser.isSet(u"adopt"_s);
    if (m_terminate && m_adopt)
        return failUsage(tr("scan-orphans: --terminate and --adopt exclude each other."));
    m_json = parser.isSet(u"json"_s);
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);
    if (parser.isSet(u"account"_s)) {
        const auto account = repo->account(parser.value(u"account"_s));
        if (!account)
            return fail(tr("There is no account named “%1”.").arg(parser.value(u"account"_s)));
        m_named = true;
        m_queue = {*account};
    } else {
        m_queue = repo->accounts();
    }
    next();
}

void ScanOrphansCommand::next()
{
    if (m_queue.isEmpty())
        return report();
    const CloudAccount account = m_queue.takeFirst();
    if (!account.startable()) {
        if (m_named) {
            ++m_problems;
            err() << tr("Account “%1” cannot be used: %2")
                         .arg(account.name, account.notStartableReason)
                  << Qt::endl;
        }
        return next();
    }
    ProviderConfigLoader::load(account, secrets())
        .then(this, [this, account](const ProviderConfigLoader::Loaded &loaded) {
            if (!loaded.ok()) {
                ++m_problems;
                err() << tr("Account “%1”: %2").arg(account.name, loaded.error()) << Qt::endl;
                return next();
            }
            QString error;
            std::shared_ptr<CloudProvider> provider
                = cloudProviders().create(loaded.value(), providerContext(), &error);
            if (!provider) {
                ++m_problems;
                err() << tr("Account “%1”: %2").arg(account.name, error) << Qt::endl;
                return next();
            }
            scan(account, std::move(provider));
        });
}

void ScanOrphansCommand::scan(const CloudAccount &account, std::shared_ptr<CloudProvider> provider)
{
    if (!provider->supports(CloudProvider::Operation::FindByTag)) {
        m_problems += m_named;
        err() << tr("Account “%1”: its cloud cannot search instances by tag; skipped.")
                     .arg(account.name)
              << Qt::endl;
        return next();
    }
    provider->findInstancesByTag(QString()).then(
        this, [this, account, provider](const CloudResult<QList<InstanceInfo>> &r) {
            found(account, provider, r);
        });
}

void ScanOrphansCommand::found(const CloudAccount &account,
                               std::shared_ptr<CloudProvider> provider,
                               const CloudResult<QList<InstanceInfo>> &result)
{
    if (!result.ok()) {
        ++m_problems;
        err() << tr("Account “%1”: %2").arg(account.name, result.error().describe()) << Qt::endl;
        return next();
    }
    // Read the clusters only now, as late as possible.
    QStringList ids;
    const qsizetype first = m_orphans.size();
    const QList<Orphan> orphans
        = OrphanScan::classify(account.name, result.value(), repository()->clusters());
    if (m_adopt) {
        for (const OrphanAdoption::Outcome &o : OrphanAdoption::adopt(*repository(), orphans)) {
            m_problems += o.node.isEmpty();
            m_orphans.append({o.orphan, o.node.isEmpty() ? o.error : o.node, !o.node.isEmpty()});
        }
        return next();
    }
    for (const Orphan &orphan : orphans) {
        m_orphans.append({orphan, {}, false});
        ids << orphan.info.id;
    }
    if (!m_terminate || ids.isEmpty())
        return next();
    err() << tr("Account “%1”: terminating %n orphaned instance(s).", nullptr, int(ids.size()))
                 .arg(account.name)
          << Qt::endl;
    provider->terminateInstances(ids).then(
        this, [this, provider, first](const CloudResult<Done> &r) {
            if (!r.ok())
                ++m_problems;
            const QString outcome = r.ok() ? u"terminated"_s : r.error().describe();
            for (qsizetype i = first; i < m_orphans.size(); ++i) {
                m_orphans[i].outcome = outcome;
                m_orphans[i].done = r.ok();
            }
            next();
        });
}

void ScanOrphansCommand::report()
{
    if (m_json) {
        QJsonArray array;
        for (const Listed &o : std::as_const(m_orphans)) {
            QJsonObject object{
                {u"account"_s, o.orphan.account},
                {u"id"_s, o.orphan.info.id},
                {u"cluster"_s, o.orphan.info.cluster},
                {u"node"_s, o.orphan.info.node},
                {u"state"_s, InstanceInfo::stateName(o.orphan.info.state)},
                {u"public_ip"_s, o.orphan.info.publicIp},
                {u"private_ip"_s, o.orphan.info.privateIp},
                {u"reason"_s, o.orphan.reason},
            };
            if (m_terminate)
                object.insert(u"terminated"_s, o.done);
            if (m_adopt && o.done)
                object.insert(u"adopted_as"_s, o.outcome);
            if ((m_terminate || m_adopt) && !o.done)
                object.insert(u"error"_s, o.outcome);
            array.append(object);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (m_orphans.isEmpty()) {
        out() << tr("No orphaned instances found.") << '\n';
    } else {
        QStringList header{tr("ACCOUNT"), tr("INSTANCE"), tr("CLUSTER"), tr("NODE"),
                           tr("STATE"),   tr("ADDRESS"),  tr("WHY")};
        if (m_terminate)
            header << tr("TERMINATED");
        else if (m_adopt)
            header << tr("ADOPTED AS");
        QList<QStringList> rows;
        for (const Listed &o : std::as_const(m_orphans)) {
            QStringList row{o.orphan.account,
                            o.orphan.info.id,
                            o.orphan.info.cluster,
                            o.orphan.info.node,
                            InstanceInfo::stateName(o.orphan.info.state),
                            o.orphan.info.publicIp.isEmpty() ? o.orphan.info.privateIp
                                                             : o.orphan.info.publicIp,
                            o.orphan.reason};
            if (m_terminate || m_adopt)
                row << (o.done || m_terminate ? o.outcome : tr("not adopted: %1").arg(o.outcome));
            rows << row;
        }
        out() << textTable(header, rows);
        if (!m_terminate && !m_adopt)
            out() << tr("Adopt those of stored clusters with `clusterdeck-cli scan-orphans "
                        "--adopt`, or terminate them with `clusterdeck-cli scan-orphans "
                        "--terminate`.")
                  << '\n';
    }
    finishLater(m_problems > 0 ? ExitFailed : ExitOk);
}

} // namespace cd
