#include "widgets/wizard/wizardreviewpage.h"

#include "model/repository/clusterrepository.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/fielderror.h"
#include "widgets/wizard/guarded.h"
#include "widgets/wizard/wizardcatalog.h"
#include "widgets/wizard/wizardcommit.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

WizardReviewPage::WizardReviewPage(CreateClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Review"));
    setSubTitle(tr("Nothing has been stored or started yet. Create stores this and starts the "
                   "nodes."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_quotaLoading = new QProgressBar(this);
    m_quotaLoading->setObjectName(u"quotaLoading"_s);
    m_quotaLoading->setRange(0, 0);
    m_quotaLoading->setTextVisible(false);
    m_quotaLoading->setMaximumHeight(8);
    m_quotaLoading->hide();
    layout->addWidget(m_quotaLoading);
    m_quota = new QLabel(this);
    m_quota->setObjectName(u"quotaStatus"_s);
    m_quota->setWordWrap(true);
    layout->addWidget(m_quota);
    m_createStatus = new QLabel(this);
    m_createStatus->setObjectName(u"createStatus"_s);
    layout->addWidget(m_createStatus);
    m_createError = makeErrorLabel(u"createError"_s, this);
    layout->addWidget(m_createError);
    layout->addStretch();
}

WizardReviewPage::~WizardReviewPage() = default;

void WizardReviewPage::initializePage()
{
    const WizardDraft draft = m_wizard->draft();
    const ClusterRepository &repo = *m_wizard->repository();
    const LoginProfile login = WizardCommit::loginFor(draft, repo);
    const ClusterTemplate tmpl = WizardCommit::templateFor(draft, login, repo);
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html
        = tr("<p>Cluster <b>%1</b> on <b>%2</b> (%3), %n node(s):</p>", nullptr, draft.totalCount())
              .arg(esc(draft.clusterName), esc(draft.account.name),
                   esc(CloudAccount::typeName(draft.account.type)));
    html += u"<ul>"_s;
    for (const NodeKindSpec &k : draft.kinds) {
        QStringList facts{
            tr("%1 × %2 (at least %3)").arg(esc(k.name)).arg(k.count).arg(k.minCount)};
        if (!k.image.isEmpty())
            facts << tr("image %1").arg(esc(k.image));
        if (!k.flavor.isEmpty()) {
            const QString known = m_wizard->catalog()->flavorText(k.flavor);
            facts << tr("flavor %1").arg(esc(known.isEmpty() ? k.flavor : known));
        }
        if (!k.spotPrice.isEmpty())
            facts << tr("spot, at most $%1/h").arg(esc(k.spotPrice));
        if (k.preemptible)
            facts << tr("preemptible");
        html += u"<li>"_s + facts.join(u", "_s) + u"</li>"_s;
    }
    html += u"</ul>"_s;
    const QString key
        = draft.keyMode == WizardDraft::KeyMode::Agent ? tr("the ssh-agent's keys")
          : draft.keyMode == WizardDraft::KeyMode::Generate
              ? tr("a new ed25519 key, %1").arg(esc(QDir::toNativeSeparators(draft.privateKey)))
              : esc(QDir::toNativeSeparators(draft.privateKey));
    html += tr("<p>Login as <b>%1</b> with %2.</p>").arg(esc(draft.user), key);
    QStringList stored;
    if (draft.presetSetup && !repo.setup(draft.presetSetup->name))
        stored << tr("setup “%1”").arg(esc(draft.presetSetup->name));
    if (!repo.login(login.name))
        stored << tr("login “%1”").arg(esc(login.name));
    if (!repo.clusterTemplate(tmpl.name))
        stored << tr("template “%1”").arg(esc(tmpl.name));
    html += stored.isEmpty() ? tr("<p>Uses the stored template “%1”.</p>").arg(esc(tmpl.name))
                             : tr("<p>Create stores: %1.</p>").arg(stored.join(u", "_s));
    if (!tmpl.setup.isEmpty())
        html
            += tr("<p>Once the nodes answer, setup “%1” configures them.</p>").arg(esc(tmpl.setup));
    m_summary->setText(html);
    setCreating(false);
    checkQuota();
}

void WizardReviewPage::checkQuota()
{
    const quint64 generation = ++m_generation;
    m_quotaBlocks = false;
    m_quotaLoading->show();
    m_quota->setText(tr("Checking the quota…"));
    emit completeChanged();
    const WizardDraft draft = m_wizard->draft();
    m_wizard->withProvider(this, [this, generation,
                                  draft](const ClusterController::ProviderResult &made) {
        if (generation != m_generation)
            return;
        const auto done = [this](const QString &text, bool blocks) {
            m_quotaLoading->hide();
            m_quota->setText(text);
            m_quota->setStyleSheet(blocks ? u"color: #c62828"_s : QString());
            m_quotaBlocks = blocks;
            emit completeChanged();
        };
        if (!made.ok())
            return done(tr("The cloud could not be asked: %1").arg(made.error()), false);
        std::shared_ptr<CloudProvider> provider = made.value();
        if (!provider->supports(CloudProvider::Operation::Quota))
            return done(tr("This cloud does not tell its quota."), false);
        CloudProvider *context = provider.get(); // alive while the continuation holds it
        provider->quota().then(
            context, guarded(this, [this, generation, draft, done,
                                    provider](const CloudResult<QuotaInfo> &q) {
                if (generation != m_generation)
                    return;
                if (!q.ok())
                    return done(tr("The quota could not be checked: %1").arg(q.error().describe()),
                                false);
                const QuotaInfo &info = q.value();
                if (info.maxInstances < 0)
                    return done(tr("The cloud answered but does not limit instances."), false);
                const int used = qMax(0, info.usedInstances);
                const int free = info.maxInstances - used;
                const QString facts = tr("Quota: %1 of %2 instances in use, %3 free.")
                                          .arg(used)
                                          .arg(info.maxInstances)
                                          .arg(free);
                if (draft.totalMinCount() > free)
                    return done(facts + u' '
                                    + tr("Not even the minimum of %1 nodes fits: lower the counts "
                                         "or free some instances.")
                                          .arg(draft.totalMinCount()),
                                true);
                if (draft.totalCount() > free)
                    return done(facts + u' '
                                    + tr("Only %1 of the %2 nodes fit; the start keeps at least "
                                         "the minimum.")
                                          .arg(free)
                                          .arg(draft.totalCount()),
                                false);
                done(facts + u' ' + tr("The %n node(s) fit.", nullptr, draft.totalCount()), false);
            }));
    });
}

bool WizardReviewPage::isComplete() const
{
    return !m_quotaBlocks && !m_creating;
}

void WizardReviewPage::setCreating(bool creating, const QString &error)
{
    m_creating = creating;
    m_createStatus->setText(creating ? tr("Creating…") : QString());
    showError(m_createError, error);
    emit completeChanged();
}

QString WizardReviewPage::summary() const
{
    return m_summary->text();
}

QString WizardReviewPage::quotaText() const
{
    return m_quota->text();
}

} // namespace cd
