#include "widgets/wizard/wizardcommit.h"

#include "model/lifecycle/clustercontroller.h"
#include "model/repository/clusterrepository.h"
#include "widgets/wizard/wizardkeygen.h"

#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

template<typename T>
QStringList namesOf(const QList<T> &items)
{
    QStringList names;
    for (const T &item : items)
        names << item.name;
    return names;
}

// Equal but for the bookkeeping fields, i.e. storing `a` again would say nothing new.
bool sameLogin(LoginProfile a, LoginProfile b)
{
    a.updated = b.updated = {};
    a.name = b.name;
    a.sourceFile = b.sourceFile;
    return a == b;
}

bool sameTemplate(ClusterTemplate a, ClusterTemplate b)
{
    a.updated = b.updated = {};
    a.sourceFile = b.sourceFile;
    return a == b;
}

} // namespace

WizardCommit::WizardCommit(ClusterRepository *repository,
                           ClusterController *controller,
                           WizardDraft draft,
                           QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_controller(controller)
    , m_draft(std::move(draft))
{}

WizardCommit::~WizardCommit() = default;

LoginProfile WizardCommit::loginFor(const WizardDraft &draft, const ClusterRepository &repository)
{
    LoginProfile login;
    if (const auto base = repository.login(draft.base.login))
        login = *base; // keeps sudo, user data … of an imported login
    login.imageUser = draft.user;
    login.userKeyPrivate = draft.privateKey;
    login.passphraseRef.clear();
    const QString pub = draft.privateKey.isEmpty() ? QString() : draft.privateKey + u".pub"_s;
    const bool hasPublic = draft.keyMode == WizardDraft::KeyMode::Generate
                           || (!pub.isEmpty() && QFileInfo::exists(pub));
    login.userKeyPublic = hasPublic ? pub : QString();
    if (const auto base = repository.login(draft.base.login); base && sameLogin(login, *base))
        return *base;
    login.name = uniqueName(draft.clusterName, namesOf(repository.logins()));
    // The cloud's key pair: named after the login, so a cluster's key is found again.
    login.userKeyName = hasPublic ? u"clusterdeck-"_s + login.name : QString();
    login.sourceFile.clear();
    login.updated = QDateTime::currentDateTimeUtc();
    return login;
}

ClusterTemplate WizardCommit::templateFor(const WizardDraft &draft,
                                          const LoginProfile &login,
                                          const ClusterRepository &repository)
{
    ClusterTemplate t = draft.base;
    t.cloud = draft.account.name;
    t.login = login.name;
    t.kinds = draft.kinds;
    t.notStartableReason.clear(); // what it lacked (account, login) is supplied now
    t.unresolved.clear();
    if (draft.baseIsStored && sameTemplate(t, draft.base))
        return draft.base;
    t.name = uniqueName(draft.clusterName, namesOf(repository.templates()));
    t.sourceFile.clear();
    t.updated = QDateTime::currentDateTimeUtc();
    return t;
}

void WizardCommit::start()
{
    if (m_draft.keyMode != WizardDraft::KeyMode::Generate)
        return QTimer::singleShot(0, this, &WizardCommit::store);
    m_keyGen = new WizardKeyGen(this);
    connect(m_keyGen, &WizardKeyGen::finished, this, [this](bool ok, const QString &error) {
        if (!ok)
            return emit finished(m_draft.clusterName, error);
        store();
    });
    m_keyGen->start(m_draft.privateKey, u"clusterdeck-"_s + m_draft.clusterName);
}

void WizardCommit::store()
{
    if (!m_repository || !m_controller)
        return emit finished(m_draft.clusterName, tr("ClusterDeck is shutting down."));
    const auto fail = [this](const QString &error) { emit finished(m_draft.clusterName, error); };
    if (m_draft.presetSetup && !m_repository->setup(m_draft.presetSetup->name)) {
        if (auto saved = m_repository->saveSetup(*m_draft.presetSetup); !saved)
            return fail(saved.error());
    }
    const LoginProfile login = loginFor(m_draft, *m_repository);
    if (!m_repository->login(login.name) || *m_repository->login(login.name) != login) {
        if (auto saved = m_repository->saveLogin(login); !saved)
            return fail(saved.error());
    }
    const ClusterTemplate tmpl = templateFor(m_draft, login, *m_repository);
    if (!m_repository->clusterTemplate(tmpl.name)) {
        if (auto saved = m_repository->saveTemplate(tmpl); !saved)
            return fail(saved.error());
    }
    auto created = m_controller->createCluster(tmpl.name, m_draft.clusterName, m_draft.counts());
    if (!created)
        return fail(created.error());
    emit finished(m_draft.clusterName, {});
}

} // namespace cd
