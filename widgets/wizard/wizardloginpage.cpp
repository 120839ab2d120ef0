#include "widgets/wizard/wizardloginpage.h"

#include "model/repository/clusterrepository.h"
#include "widgets/wizard/createclusterwizard.h"
#include "widgets/wizard/fielderror.h"
#include "widgets/wizard/wizardaccountpage.h"
#include "widgets/wizard/wizardtemplatepage.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString expandedPath(const QString &typed)
{
    QString path = QDir::fromNativeSeparators(typed.trimmed());
    if (path == u"~" || path.startsWith(u"~/"))
        path.replace(0, 1, QDir::homePath());
    return path;
}

} // namespace

WizardLoginPage::WizardLoginPage(CreateClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"loginPage"_s);
    setTitle(tr("Login"));
    setSubTitle(tr("Who logs in to the nodes, and with which SSH key."));
    auto *form = new QFormLayout(this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"loginUser"_s);
    m_user->setToolTip(tr("The user the image lets in (ubuntu, ec2-user, centos, root …)"));
    form->addRow(tr("&User:"), m_user);
    m_userError = makeErrorLabel(u"userError"_s, this);
    form->addRow(QString(), m_userError);

    auto *group = new QButtonGroup(this);
    m_file = new QRadioButton(tr("Use a key &file:"), this);
    m_file->setObjectName(u"keyFile"_s);
    m_file->setToolTip(tr("A private key you have; its .pub file next to it goes to the cloud"));
    m_keyPath = new QLineEdit(this);
    m_keyPath->setObjectName(u"keyPath"_s);
    m_keyPath->setToolTip(tr("The private key file, e.g. ~/.ssh/id_ed25519"));
    m_browse = new QPushButton(tr("Br&owse…"), this);
    m_browse->setObjectName(u"browseKey"_s);
    m_browse->setToolTip(tr("Choose the private key file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_keyPath, 1);
    fileRow->addWidget(m_browse);
    form->addRow(m_file, fileRow);
    m_generate = new QRadioButton(tr("&Generate a new ed25519 key"), this);
    m_generate->setObjectName(u"keyGenerate"_s);
    m_generate->setToolTip(tr("ssh-keygen makes a key without a passphrase in ClusterDeck's "
                              "keys folder when you press Create"));
    form->addRow(m_generate);
    m_agent = new QRadioButton(tr("Use the ssh-&agent"), this);
    m_agent->setObjectName(u"keyAgent"_s);
    m_agent->setToolTip(tr("Keys held by your running ssh-agent; the image must already accept "
                           "one of them"));
    form->addRow(m_agent);
    for (QRadioButton *b : {m_file, m_generate, m_agent})
        group->addButton(b);
    m_keyNote = new QLabel(this);
    m_keyNote->setObjectName(u"keyNote"_s);
    m_keyNote->setWordWrap(true);
    form->addRow(QString(), m_keyNote);
    m_keyError = makeErrorLabel(u"keyError"_s, this);
    form->addRow(QString(), m_keyError);
    m_file->setChecked(true);
    setTabOrder(m_user, m_file);
    setTabOrder(m_file, m_keyPath);
    setTabOrder(m_keyPath, m_browse);
    setTabOrder(m_browse, m_generate);
    setTabOrder(m_generate, m_agent);

    connect(m_user, &QLineEdit::textChanged, this, &WizardLoginPage::validate);
    connect(m_keyPath, &QLineEdit::textChanged, this, &WizardLoginPage::validate);
    connect(group, &QButtonGroup::buttonToggled, this, &WizardLoginPage::validate);
    connect(m_browse, &QPushButton::clicked, this, &WizardLoginPage::browse);
    validate();
}

WizardLoginPage::~WizardLoginPage() = default;

void WizardLoginPage::initializePage()
{
    // The template's own login, where it has one, fills the page the first time.
    if (!m_initialized) {
        m_initialized = true;
        WizardDraft draft;
        m_wizard->templatePage()->fill(draft);
        if (const auto login = m_wizard->repository()->login(draft.base.login)) {
            m_user->setText(login->imageUser);
            if (!login->userKeyPrivate.isEmpty())
                m_keyPath->setText(login->userKeyPrivate);
        }
        if (m_keyPath->text().isEmpty()) {
            const QString home = QDir::homePath() + u"/.ssh/id_ed25519"_s;
            if (QFileInfo::exists(home))
                m_keyPath->setText(home);
            else
                m_generate->setChecked(true);
        }
    }
    validate();
}

QString WizardLoginPage::generatedKeyPath() const
{
    const QString dir = m_wizard->keysDir();
    const QString base = m_wizard->accountPage()->clusterName() + u"_ed25519"_s;
    QString path = QDir(dir).filePath(base);
    for (int i = 2; QFileInfo::exists(path) || QFileInfo::exists(path + u".pub"_s); ++i)
        path = QDir(dir).filePath(u"%1-%2"_s.arg(base).arg(i));
    return path;
}

void WizardLoginPage::browse()
{
    // Opened, not exec()'d: the event loop keeps running.
    auto *dialog
        = new QFileDialog(this, tr("Choose the private key"), QDir::homePath() + u"/.ssh"_s);
    dialog->setObjectName(u"keyFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_keyPath, &QLineEdit::setText);
    dialog->open();
}

void WizardLoginPage::validate()
{
    static const QRegularExpression userRe(u"^[a-z_][a-z0-9_-]{0,31}$"_s);
    m_keyPath->setEnabled(m_file->isChecked());
    m_browse->setEnabled(m_file->isChecked());
    const QString user = m_user->text().trimmed();
    const QString userProblem = user.isEmpty() ? tr("Name the user that logs in.")
                                : !userRe.match(user).hasMatch()
                                    ? tr("A user name is lower-case letters, digits, _ and -.")
                                    : QString();
    showError(m_userError, userProblem);

    const auto account = m_wizard->accountPage()->account();
    const bool keyPairs = account && account->type != CloudType::Static;
    QString keyProblem;
    QString note;
    if (m_file->isChecked()) {
        const QFileInfo key(expandedPath(m_keyPath->text()));
        if (m_keyPath->text().trimmed().isEmpty())
            keyProblem = tr("Choose the private key file.");
        else if (!key.isFile() || !key.isReadable())
            keyProblem = tr("There is no readable file at %1.").arg(key.filePath());
        else if (keyPairs && !QFileInfo::exists(key.filePath() + u".pub"_s))
            keyProblem
                = tr("The public key %1.pub is missing; the cloud needs it.").arg(key.filePath());
    } else if (m_generate->isChecked()) {
        note = tr("A new key will be made at %1 when you press Create.")
                   .arg(QDir::toNativeSeparators(generatedKeyPath()));
        if (account && account->type == CloudType::Static)
            note += u' ' + tr("Existing machines must be told to accept it (authorized_keys).");
    } else if (m_agent->isChecked()) {
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
            keyProblem = tr("No ssh-agent is running here (SSH_AUTH_SOCK is not set).");
        else if (keyPairs)
            note = tr("The cloud gets no key pair: the image must already accept a key of "
                      "your agent.");
    }
    m_keyNote->setText(note);
    m_keyNote->setVisible(!note.isEmpty());
    showError(m_keyError, keyProblem);
    m_problem = userProblem.isEmpty() ? keyProblem : userProblem;
    emit completeChanged();
}

bool WizardLoginPage::isComplete() const
{
    return m_problem.isEmpty();
}

void WizardLoginPage::fill(WizardDraft &draft) const
{
    draft.user = m_user->text().trimmed();
    if (m_generate->isChecked()) {
        draft.keyMode = WizardDraft::KeyMode::Generate;
        draft.privateKey = generatedKeyPath();
    } else if (m_agent->isChecked()) {
        draft.keyMode = WizardDraft::KeyMode::Agent;
        draft.privateKey.clear();
    } else {
        draft.keyMode = WizardDraft::KeyMode::File;
        draft.privateKey = expandedPath(m_keyPath->text());
    }
}

} // namespace cd
