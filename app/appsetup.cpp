#include "app/appsetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("clusterdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUSTERDECK_VERSION));
    // No organization: data goes to ~/.local/share/clusterdeck, not .../Org/clusterdeck.
    QCoreApplication::setOrganizationName(QString());

    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, QStringLiteral("clusterdeck"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslator);
}

} // namespace cd
