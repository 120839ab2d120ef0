#include "widgets/wizard/wizardcatalog.h"

#include "widgets/wizard/guarded.h"

#include <QLocale>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace cd {

WizardCatalog::WizardCatalog(QObject *parent)
    : QObject(parent)
    , m_images(new QStandardItemModel(this))
    , m_flavors(new QStandardItemModel(this))
{}

WizardCatalog::~WizardCatalog() = default;

void WizardCatalog::reset(const QString &account)
{
    ++m_generation;
    m_account = account;
    m_provider.reset();
    m_images->clear();
    m_flavors->clear();
    m_imageState = m_flavorState = State::Loading;
    m_imageMessage = tr("Loading images…");
    m_flavorMessage = tr("Loading flavors…");
    emit changed();
}

void WizardCatalog::setProvider(const ClusterController::ProviderResult &made)
{
    if (!made.ok()) {
        m_imageState = m_flavorState = State::Failed;
        m_imageMessage = m_flavorMessage
            = tr("The cloud cannot be asked (%1); type the values.").arg(made.error());
        emit changed();
        return;
    }
    m_provider = made.value();
    searchImages({});
    loadFlavors();
}

void WizardCatalog::searchImages(const QString &text)
{
    if (!m_provider)
        return;
    if (!m_provider->supports(CloudProvider::Operation::ListImages)) {
        m_imageState = State::Unsupported;
        m_imageMessage = tr("This cloud cannot list images; type the image's id.");
        emit changed();
        return;
    }
    m_imageState = State::Loading;
    m_imageMessage = text.isEmpty() ? tr("Loading images…")
                                    : tr("Searching images named like “%1”…").arg(text);
    emit changed();
    ImageQuery query;
    query.nameFilter = text.trimmed();
    const quint64 generation = m_generation;
    m_provider->listImages(query).then(
        this, [this, generation, text](const CloudResult<QList<ImageInfo>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_imageState = State::Failed;
                m_imageMessage = tr("Images could not be listed (%1); type the image's id.")
                                     .arg(result.error().describe());
                return emit changed();
            }
            m_images->clear();
            for (const ImageInfo &image : result.value()) {
                auto *item = new QStandardItem(
                    image.name.isEmpty() ? image.id : u"%1 (%2)"_s.arg(image.name, image.id));
                item->setData(image.id, IdRole);
                item->setToolTip(image.description);
                item->setEditable(false);
                m_images->appendRow(item);
            }
            m_imageState = State::Ready;
            m_imageMessage = result.value().isEmpty()
                                 ? (text.isEmpty() ? tr("The account has no images of its own; "
                                                        "search by name or type an id.")
                                                   : tr("No image is named like “%1”.").arg(text))
                                 : tr("%n image(s).", nullptr, int(result.value().size()));
            emit changed();
        });
}

void WizardCatalog::loadFlavors()
{
    if (!m_provider->supports(CloudProvider::Operation::ListFlavors)) {
        m_flavorState = State::Unsupported;
        m_flavorMessage = tr("This cloud cannot list flavors; type one.");
        emit changed();
        return;
    }
    const quint64 generation = m_generation;
    m_provider->listFlavors().then(this, [this, generation](
                                             const CloudResult<QList<FlavorInfo>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_flavorState = State::Failed;
            m_flavorMessage
                = tr("Flavors could not be listed (%1); type one.").arg(result.error().describe());
            return emit changed();
        }
        m_flavors->clear();
        const QLocale locale;
        for (const FlavorInfo &f : result.value()) {
            QStringList facts;
            if (f.vcpus > 0)
                facts << tr("%n vCPU(s)", nullptr, f.vcpus);
            if (f.memoryMiB > 0)
                facts << tr("%1 RAM").arg(locale.formattedDataSize(
                    f.memoryMiB * 1024 * 1024, 1, QLocale::DataSizeTraditionalFormat));
            auto *item = new QStandardItem(
                facts.isEmpty() ? f.name : u"%1 — %2"_s.arg(f.name, facts.join(u", "_s)));
            item->setData(f.name, IdRole);
            item->setEditable(false);
            m_flavors->appendRow(item);
        }
        m_flavorState = State::Ready;
        m_flavorMessage.clear();
        emit changed();
    });
}

QString WizardCatalog::flavorText(const QString &name) const
{
    for (int row = 0; row < m_flavors->rowCount(); ++row)
        if (m_flavors->item(row)->data(IdRole).toString() == name)
            return m_flavors->item(row)->text();
    return {};
}

} // namespace cd
