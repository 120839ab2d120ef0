#include "widgets/wizard/wizardkindeditor.h"

#include "widgets/wizard/fielderror.h"
#include "widgets/wizard/wizardcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace cd {

WizardKindEditor::WizardKindEditor(const NodeKindSpec &kind,
                                   CloudType cloud,
                                   WizardCatalog *catalog,
                                   QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_cloud(cloud)
    , m_catalog(catalog)
    , m_filtered(new QSortFilterProxyModel(this))
{
    setObjectName(u"kind_"_s + kind.name);
    auto *form = new QFormLayout(this);

    auto *counts = new QHBoxLayout;
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"count"_s);
    m_count->setRange(0, 1000);
    m_count->setValue(kind.count);
    m_count->setToolTip(tr("How many %1 nodes to start").arg(kind.name));
    m_minCount = new QSpinBox(this);
    m_minCount->setObjectName(u"minCount"_s);
    m_minCount->setRange(0, 1000);
    m_minCount->setValue(kind.minCount);
    m_minCount->setToolTip(tr("The start fails (and cleans up) if fewer than this many come up"));
    auto *minLabel = new QLabel(tr("at &least:"), this);
    minLabel->setBuddy(m_minCount);
    counts->addWidget(m_count);
    counts->addWidget(minLabel);
    counts->addWidget(m_minCount);
    counts->addStretch();
    auto *countLabel = new QLabel(tr("N&odes:"), this); // a row layout takes no buddy
    countLabel->setBuddy(m_count);
    form->addRow(countLabel, counts);
    m_countError = makeErrorLabel(u"countError"_s, this);
    form->addRow(QString(), m_countError);

    const bool cloudNodes = cloud != CloudType::Static;
    m_image = new QLineEdit(kind.image, this);
    m_image->setObjectName(u"image"_s);
    m_image->setToolTip(tr("The image (AMI, Glance image…) the nodes boot; pick it below or "
                           "type its id"));
    m_imageError = makeErrorLabel(u"imageError"_s, this);
    auto *search = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"imageFilter"_s);
    m_filter->setPlaceholderText(tr("Filter, or search the cloud with Enter"));
    m_filter->setToolTip(tr("Narrows the list as you type; Enter asks the cloud for images "
                            "with this in their name"));
    m_filter->setClearButtonEnabled(true);
    m_search = new QPushButton(tr("Searc&h"), this);
    m_search->setObjectName(u"imageSearch"_s);
    m_search->setToolTip(tr("Ask the cloud for images named like the filter"));
    search->addWidget(m_filter);
    search->addWidget(m_search);
    m_loading = new QProgressBar(this);
    m_loading->setObjectName(u"imagesLoading"_s);
    m_loading->setRange(0, 0); // busy
    m_loading->setTextVisible(false);
    m_loading->setMaximumHeight(8);
    m_imageStatus = new QLabel(this);
    m_imageStatus->setObjectName(u"imageStatus"_s);
    m_imageStatus->setWordWrap(true);
    m_imageList = new QListView(this);
    m_imageList->setObjectName(u"imageList"_s);
    m_imageList->setToolTip(tr("Images of the account; select one to use it"));
    m_imageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imageList->setMinimumHeight(90);
    m_filtered->setSourceModel(catalog->images());
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_imageList->setModel(m_filtered);
    m_flavor = new QComboBox(this);
    m_flavor->setObjectName(u"flavor"_s);
    m_flavor->setEditable(true);
    m_flavor->setInsertPolicy(QComboBox::NoInsert);
    m_flavor->setCurrentText(kind.flavor);
    m_flavor->setToolTip(tr("The size of each node (instance type, flavor, machine type)"));
    m_flavorError = makeErrorLabel(u"flavorError"_s, this);
    m_spot = new QCheckBox(tr("&Spot instances, at most:"), this);
    m_spot->setObjectName(u"spot"_s);
    m_spot->setToolTip(tr("Cheaper, but the cloud may take them back at any time"));
    m_spot->setChecked(!kind.spotPrice.isEmpty());
    m_spotPrice = new QLineEdit(kind.spotPrice, this);
    m_spotPrice->setObjectName(u"spotPrice"_s);
    m_spotPrice->setPlaceholderText(tr("0.05"));
    m_spotPrice->setToolTip(tr("The highest price per hour you pay, in dollars"));
    m_preemptible = new QCheckBox(tr("&Preemptible"), this);
    m_preemptible->setObjectName(u"preemptible"_s);
    m_preemptible->setToolTip(tr("Cheaper, but stopped within 24 hours or when the cloud needs "
                                 "the capacity"));
    m_preemptible->setChecked(kind.preemptible);
    m_spotError = makeErrorLabel(u"spotError"_s, this);
    if (cloudNodes) {
        form->addRow(tr("&Image:"), m_image);
        form->addRow(QString(), m_imageError);
        form->addRow(QString(), search);
        form->addRow(QString(), m_loading);
        form->addRow(QString(), m_imageStatus);
        form->addRow(QString(), m_imageList);
        form->addRow(tr("&Flavor:"), m_flavor);
        form->addRow(QString(), m_flavorError);
        auto *spot = new QHBoxLayout;
        spot->addWidget(m_spot);
        spot->addWidget(m_spotPrice);
        spot->addWidget(m_preemptible);
        spot->addStretch();
        form->addRow(QString(), spot);
        form->addRow(QString(), m_spotError);
        m_spot->setVisible(cloud == CloudType::Ec2);
        m_spotPrice->setVisible(cloud == CloudType::Ec2);
        m_preemptible->setVisible(cloud == CloudType::Gce);
    } else {
        const QList<QWidget *> cloudOnly{m_image,       m_filter,     m_search, m_loading,
                                         m_imageList,   m_flavor,     m_spot,   m_spotPrice,
                                         m_preemptible, m_imageStatus};
        for (QWidget *w : cloudOnly)
            w->hide();
        auto *note = new QLabel(tr("Existing machines keep their own system and size."), this);
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }
    setTabOrder(m_count, m_minCount);
    setTabOrder(m_minCount, m_image);
    setTabOrder(m_image, m_filter);
    setTabOrder(m_filter, m_search);
    setTabOrder(m_search, m_imageList);
    setTabOrder(m_imageList, m_flavor);
    setTabOrder(m_flavor, m_spot);
    setTabOrder(m_spot, m_spotPrice);

    for (QSpinBox *box : {m_count, m_minCount})
        connect(box, &QSpinBox::valueChanged, this, &WizardKindEditor::validate);
    for (QLineEdit *edit : {m_image, m_spotPrice})
        connect(edit, &QLineEdit::textChanged, this, &WizardKindEditor::validate);
    connect(m_flavor, &QComboBox::currentTextChanged, this, &WizardKindEditor::validate);
    connect(m_spot, &QCheckBox::toggled, this, &WizardKindEditor::validate);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this,
            [this] { m_catalog->searchImages(m_filter->text()); });
    connect(m_search, &QPushButton::clicked, this,
            [this] { m_catalog->searchImages(m_filter->text()); });
    connect(m_imageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WizardKindEditor::imagePicked);
    connect(catalog, &WizardCatalog::changed, this, &WizardKindEditor::catalogChanged);
    catalogChanged();
    validate();
}

WizardKindEditor::~WizardKindEditor() = default;

void WizardKindEditor::catalogChanged()
{
    if (m_cloud == CloudType::Static)
        return;
    const WizardCatalog::State state = m_catalog->imageState();
    m_loading->setVisible(state == WizardCatalog::State::Loading);
    m_imageList->setVisible(state == WizardCatalog::State::Ready);
    m_filter->setEnabled(state != WizardCatalog::State::Unsupported);
    m_search->setEnabled(state == WizardCatalog::State::Ready
                         || state == WizardCatalog::State::Failed);
    m_imageStatus->setText(m_catalog->imageMessage());
    fillFlavors();
    validate();
}

// Listed flavors show their facts; what was chosen or typed so far stays.
void WizardKindEditor::fillFlavors()
{
    const QString chosen = flavorName();
    const QSignalBlocker blocker(m_flavor);
    m_flavor->clear();
    const QStandardItemModel *flavors = m_catalog->flavors();
    for (int row = 0; row < flavors->rowCount(); ++row)
        m_flavor->addItem(flavors->item(row)->text(),
                          flavors->item(row)->data(WizardCatalog::IdRole));
    const int index = m_flavor->findData(chosen);
    if (index >= 0)
        m_flavor->setCurrentIndex(index);
    else
        m_flavor->setCurrentText(chosen);
}

void WizardKindEditor::imagePicked()
{
    const QModelIndex current = m_imageList->currentIndex();
    if (current.isValid())
        m_image->setText(current.data(WizardCatalog::IdRole).toString());
}

QString WizardKindEditor::flavorName() const
{
    // A listed flavor shows its facts ("m5.large — 2 vCPU…"); a typed one is taken as it is.
    const int row = m_flavor->findText(m_flavor->currentText());
    if (row >= 0)
        return m_flavor->itemData(row).toString();
    return m_flavor->currentText().trimmed();
}

void WizardKindEditor::validate()
{
    m_problem.clear();
    const auto note = [this](QLabel *label, const QString &problem) {
        showError(label, problem);
        if (m_problem.isEmpty() && !problem.isEmpty())
            m_problem = tr("%1: %2").arg(m_kind.name, problem);
    };
    note(m_countError, m_minCount->value() > m_count->value()
                           ? tr("At least %1 cannot be more than the %2 asked for.")
                                 .arg(m_minCount->value())
                                 .arg(m_count->value())
                           : QString());
    if (m_cloud == CloudType::Static)
        return emit changed();
    static const QRegularExpression spaces(u"\\s"_s);
    const QString image = m_image->text().trimmed();
    note(m_imageError, image.isEmpty()          ? tr("Choose an image or type its id.")
                       : image.contains(spaces) ? tr("An image id has no spaces.")
                                                : QString());
    const QString flavor = flavorName();
    note(m_flavorError, flavor.isEmpty()          ? tr("Choose a flavor or type one.")
                        : flavor.contains(spaces) ? tr("A flavor name has no spaces.")
                                                  : QString());
    QString spotProblem;
    if (m_spot->isChecked()) {
        bool ok = false;
        const double price = m_spotPrice->text().trimmed().toDouble(&ok);
        if (!ok || price <= 0)
            spotProblem = tr("Give the highest price per hour as a number, e.g. 0.05.");
    }
    note(m_spotError, spotProblem);
    emit changed();
}

NodeKindSpec WizardKindEditor::spec() const
{
    NodeKindSpec k = m_kind;
    k.count = m_count->value();
    k.minCount = m_minCount->value();
    if (m_cloud != CloudType::Static) {
        k.image = m_image->text().trimmed();
        k.flavor = flavorName();
        k.spotPrice = m_spot->isChecked() ? m_spotPrice->text().trimmed() : QString();
        k.preemptible = m_cloud == CloudType::Gce && m_preemptible->isChecked();
    }
    return k;
}

} // namespace cd
