#pragma once

#include <QMainWindow>

namespace azimuth::app {

/// Installs the runners of the subcommands that render with Qt Gui.
void provideGuiSubcommands();

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    bool openFile(const QString& path);
};

} // namespace azimuth::app
