#pragma once

class QCoreApplication;

namespace cd {

// Names, version and translations shared by the GUI and the CLI.
void setUpApplication(QCoreApplication &app);

} // namespace cd
