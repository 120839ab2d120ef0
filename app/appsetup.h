#pragma once

#include <QString>

class QCoreApplication;

namespace cd {

// Names, version and translations shared by the GUI and the CLI.
void setUpApplication(QCoreApplication &app);

// Installs Qt's and ClusterDeck's translations for `language` ("de", "en" …; empty: the
// system locale), replacing those installed before.
void installTranslations(QCoreApplication &app, const QString &language = {});

// The settings key that overrides the system locale for the desktop ("ui/language").
const char *languageSettingKey();

} // namespace cd
