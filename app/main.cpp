// One executable: with a subcommand it runs headless (cli.md); without, it opens the
// designer.

#include "app/cli/Cli.h"
#include "app/export/GuiCommands.h"
#include "app/recovery/RecoveryStore.h"
#include "app/window/MainWindow.h"
#include "app/window/RecoveryDialog.h"

#include <QApplication>
#include <QGuiApplication>
#include <iostream>
#include <memory>

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!azimuth::cli::isGuiInvocation(args)) {
        const auto* sub = args.empty() ? nullptr : azimuth::cli::findSubcommand(args.front());
        std::unique_ptr<QGuiApplication> gui;
        if (sub && sub->needsGui) {
            // Rendering needs Qt Gui, never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            gui = std::make_unique<QApplication>(argc, argv); // the canvas scene needs QApplication
        }
        azimuth::app::provideGuiSubcommands();
        return azimuth::cli::runCli(args, {std::cout, std::cerr});
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName("Azimuth");
    QApplication::setOrganizationName("Azimuth");
    QApplication::setApplicationVersion(AZIMUTH_VERSION);
    auto* window = new azimuth::app::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    const QStringList qtArgs = QApplication::arguments();
    for (int i = 1; i < qtArgs.size(); ++i)
        if (!qtArgs[i].startsWith('-')) {
            window->openFile(qtArgs[i]);
            break;
        }
    azimuth::app::offerRecovery(*window);
    return app.exec();
}
