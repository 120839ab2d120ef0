#include "app/cli/accountcommand.h"

#include "app/cli/texttable.h"
#include "model/cloud/providerconfigloader.h"
#include "model/domain/domainjson.h"
#include "model/repository/clusterrepository.h"
#include "providers/cloud/cloudproviderfactory.h"
#include "providers/secrets/secretstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

bool validName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    return re.match(name).hasMatch();
}

} // namespace

AccountCommand::~AccountCommand() = default;

void AccountCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    setObjectName(u"account "_s + action);
    if (action == u"add")
        return add(rest);
    if (action == u"list")
        return list(rest);
    if (action == u"remove")
        return remove(rest);
    if (action == u"test")
        return test(rest);
    failUsage(tr("account: say add, list, remove or test (e.g. `account list`)."));
}

void AccountCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"type"_s, tr("ec2, openstack, gce or static."), u"TYPE"_s},
        {u"endpoint"_s, tr("API endpoint URL (ec2_url, auth_url)."), u"URL"_s},
        {u"region"_s, tr("Region."), u"REGION"_s},
        {u"zone"_s, tr("Availability zone."), u"ZONE"_s},
        {u"project"_s, tr("Project (OpenStack, GCE)."), u"PROJECT"_s},
        {u"set"_s, tr("Any other setting, e.g. ec2_access_key=AKID or hosts=a,b:2222."),
         u"KEY=VALUE"_s},
        {u"secret"_s,
         tr("A secret setting whose value is read from stdin, one line each (a JSON "
            "object, such as a GCE service account key file, to its end)."),
         u"KEY"_s},
        {u"secret-env"_s, tr("A secret setting taken from an environment variable."), u"KEY=VAR"_s},
        {u"replace"_s, tr("Replace an account of the same name.")},
    });
    parser.addPositionalArgument(u"NAME"_s, tr("The account's name."));
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return failUsage(tr("account add: give exactly one account name."));
    const QString name = parser.positionalArguments().first();
    if (!validName(name))
        return failUsage(
            tr("account add: “%1” is not a usable name (letters, digits, _ . -).").arg(name));
    CloudAccount account;
    account.name = name;
    account.provider = parser.value(u"type"_s);
    account.type = CloudAccount::typeFromProvider(account.provider);
    if (account.type == CloudType::Unsupported)
        return failUsage(tr("account add: --type must be ec2, openstack, gce or static."));
    account.endpoint = parser.value(u"endpoint"_s);
    account.region = parser.value(u"region"_s);
    account.zone = parser.value(u"zone"_s);
    account.project = parser.value(u"project"_s);
    account.updated = QDateTime::currentDateTimeUtc();
    for (const QString &pair : parser.values(u"set"_s)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return failUsage(tr("account add: --set wants KEY=VALUE, not “%1”.").arg(pair));
        account.settings.insert(pair.left(eq), pair.mid(eq + 1));
    }

    QList<QPair<QString, QByteArray>> secrets;
    QFile in;
    for (const QString &key : parser.values(u"secret"_s)) {
        if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
            return fail(tr("account add: cannot read secrets from stdin."));
        QByteArray line = in.readLine();
        if (line.isEmpty())
            return failUsage(tr("account add: no line on stdin for the secret “%1”.").arg(key));
        // A JSON secret (a GCE service account key file) spans lines: read to its end.
        if (line.trimmed().startsWith('{')) {
            // readLine waits for more (a pipe may deliver late) and is empty only at the end.
            for (QByteArray more; QJsonDocument::fromJson(line).isNull();) {
                if ((more = in.readLine()).isEmpty())
                    break;
                line += more;
            }
            line = line.trimmed();
        }
        line.chop(line.endsWith("\r\n") ? 2 : (line.endsWith('\n') ? 1 : 0));
        secrets.append({key, line});
    }
    for (const QString &pair : parser.values(u"secret-env"_s)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QByteArray var = eq > 0 ? pair.mid(eq + 1).toLocal8Bit() : QByteArray();
        if (var.isEmpty() || !qEnvironmentVariableIsSet(var.constData()))
            return failUsage(
                tr("account add: --secret-env wants KEY=VAR with VAR set, not “%1”.").arg(pair));
        secrets.append({pair.left(eq), qgetenv(var.constData())});
    }
    for (const auto &[key, value] : secrets)
        account.secretRefs.insert(key, u"account/%1/%2"_s.arg(name, key));

    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);
    if (repo->account(name) && !parser.isSet(u"replace"_s))
        return fail(
            tr("An account named “%1” already exists; pass --replace to replace it.").arg(name));
    storeSecretsThenSave(account, secrets);
}

void AccountCommand::storeSecretsThenSave(const CloudAccount &account,
                                          QList<QPair<QString, QByteArray>> pending)
{
    if (pending.isEmpty()) {
        if (auto saved = repository()->saveAccount(account); !saved)
            return fail(saved.error());
        out() << tr("Account “%1” (%2) saved.")
                     .arg(account.name, CloudAccount::typeName(account.type))
              << '\n';
        return finishLater(ExitOk);
    }
    const auto [key, value] = pending.takeFirst();
    const QString ref = account.secretRefs.value(key);
    secrets()->write(ref, value).then(this, [this, account, pending, ref](const SecretStatus &s) {
        if (!s.ok())
            return fail(tr("The secret %1 could not be stored in the keychain, so the account "
                           "was not saved. %2")
                            .arg(ref, SecretStore::describe(s.error())));
        QTimer::singleShot(0, this,
                           [this, account, pending] { storeSecretsThenSave(account, pending); });
    });
}

void AccountCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print JSON.")});
    if (!parse(parser, arguments))
        return;
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);
    const QList<CloudAccount> accounts = repo->accounts();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const CloudAccount &a : accounts) {
            QJsonObject o = json::toJson(a);
            o.insert(u"startable"_s, a.startable());
            array.append(o);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return finishLater(ExitOk);
    }
    QList<QStringList> rows;
    for (const CloudAccount &a : accounts)
        rows << QStringList{a.name,
                            CloudAccount::typeName(a.type),
                            a.endpoint.isEmpty() ? a.settings.value(u"hosts"_s) : a.endpoint,
                            a.region,
                            a.secretRefs.keys().join(u", "_s),
                            a.startable() ? tr("ok") : a.notStartableReason};
    out() << textTable(
        {tr("NAME"), tr("TYPE"), tr("ENDPOINT"), tr("REGION"), tr("SECRETS"), tr("STATUS")}, rows);
    finishLater(ExitOk);
}

void AccountCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"force"_s, tr("Remove even if templates or clusters use it.")});
    parser.addPositionalArgument(u"NAME"_s, tr("The account."));
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return failUsage(tr("account remove: give exactly one account name."));
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);
    const QString name = parser.positionalArguments().first();
    const auto account = repo->account(name);
    if (!account)
        return fail(tr("There is no account named “%1”.").arg(name));
    QStringList users;
    for (const Cluster &c : repo->clusters())
        if (c.cloud == name)
            users << tr("cluster %1").arg(c.name);
    for (const ClusterTemplate &t : repo->templates())
        if (t.cloud == name)
            users << tr("template %1").arg(t.name);
    if (!users.isEmpty() && !parser.isSet(u"force"_s))
        return fail(tr("The account “%1” is used by %2; pass --force to remove it anyway.")
                        .arg(name, users.join(u", "_s)));
    if (auto removed = repo->removeAccount(name); !removed)
        return fail(removed.error());
    out() << tr("Account “%1” removed.").arg(name) << '\n';
    removeSecretsThenFinish(account->secretRefs.values());
}

// The keychain entries go too, one after another; one that is already gone is fine.
void AccountCommand::removeSecretsThenFinish(QStringList refs)
{
    if (refs.isEmpty())
        return finishLater(ExitOk);
    const QString ref = refs.takeFirst();
    secrets()->remove(ref).then(this, [this, refs](const SecretStatus &) {
        QTimer::singleShot(0, this, [this, refs] { removeSecretsThenFinish(refs); });
    });
}

void AccountCommand::test(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, tr("The account."));
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return failUsage(tr("account test: give exactly one account name."));
    ClusterRepository *repo = repository();
    if (!repo)
        return finishLater(ExitFailed);
    const auto account = repo->account(parser.positionalArguments().first());
    if (!account)
        return fail(
            tr("There is no account named “%1”.").arg(parser.positionalArguments().first()));
    ProviderConfigLoader::load(*account, secrets())
        .then(this, [this](const ProviderConfigLoader::Loaded &loaded) {
            if (!loaded.ok())
                return fail(loaded.error());
            QString error;
            std::shared_ptr<CloudProvider> provider
                = cloudProviders().create(loaded.value(), providerContext(), &error);
            if (!provider)
                return fail(error);
            // One cheap, authenticated call.
            provider->quota().then(this, [this, provider, name = loaded.value().name](
                                             const CloudResult<QuotaInfo> &quota) {
                if (!quota.ok())
                    return fail(tr("Account “%1”: %2").arg(name, quota.error().describe()));
                const QuotaInfo &q = quota.value();
                out() << tr("Account “%1” works.").arg(name);
                if (q.maxInstances >= 0)
                    out() << ' '
                          << tr("Instances: %1 in use of %2.")
                                 .arg(q.usedInstances >= 0 ? QString::number(q.usedInstances)
                                                           : tr("?"))
                                 .arg(q.maxInstances);
                out() << '\n';
                finishLater(ExitOk);
            });
        });
}

} // namespace cd
