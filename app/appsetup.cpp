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

    installTranslations(app);
}

const char *languageSettingKey()
{
    return "ui/language";
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    static const QString marker = QStringLiteral("clusterdeck-translator");
    for (QTranslator *old : app.findChildren<QTranslator *>(marker, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const auto install = [&app, &locale](const QString &name, const QString &dir) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(marker);
        if (translator->load(locale, name, QStringLiteral("_"), dir))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("clusterdeck"), QStringLiteral(":/i18n"));
}

} // namespace cd
